package fr.cohorte.recruitment.internal;

/**
 * An application in the selection: its position in the request, its id, its combined jury score scaled
 * to an integer (see {@link ScoreScale}) and one value per {@link CandidateAttribute}, null when not given.
 */
record Application(int index, String id, long score, String[] values) {

    String value(CandidateAttribute attribute) {
        return values[attribute.ordinal()];
    }

    String organisation() {
        return value(CandidateAttribute.ORGANISATION);
    }

    boolean has(CandidateAttribute attribute, String value) {
        return value.equals(values[attribute.ordinal()]);
    }
}
