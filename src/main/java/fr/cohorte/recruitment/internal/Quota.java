package fr.cohorte.recruitment.internal;

/** Between {@code min} and {@code max} selected applications with {@code attribute} = {@code value}. */
record Quota(int position, CandidateAttribute attribute, String value, int min, int max) {

    static final int NO_MAXIMUM = Integer.MAX_VALUE;

    boolean hasMaximum() {
        return max != NO_MAXIMUM;
    }

    /** The quota's value as a sentence quotes it: by its label in the reader's language. */
    QuotedValue quoted() {
        return new QuotedValue(attribute, value);
    }

    boolean counts(Application application) {
        return application.has(attribute, value);
    }
}
