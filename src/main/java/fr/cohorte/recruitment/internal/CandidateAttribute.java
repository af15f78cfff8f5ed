package fr.cohorte.recruitment.internal;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

import fr.cohorte.recruitment.SelectionRequest.Candidate;

/** The candidate fields a quota may count, under the names the API uses. */
public enum CandidateAttribute {
    BACKGROUND("background", Candidate::background),
    GENDER("gender", Candidate::gender),
    ORGANISATION("organisation", Candidate::organisation),
    REGION("region", Candidate::region);

    private final String field;
    private final Function<Candidate, String> reader;

    CandidateAttribute(String field, Function<Candidate, String> reader) {
        this.field = field;
        this.reader = reader;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return "selection.attribute." + field;
    }

    String of(Candidate candidate) {
        String value = reader.apply(candidate);
        return value == null || value.isBlank() ? null : value.strip();
    }

    static Optional<CandidateAttribute> byField(String field) {
        return Arrays.stream(values()).filter(attribute -> attribute.field.equals(field)).findFirst();
    }

    static String fieldNames() {
        return String.join(", ", Arrays.stream(values()).map(CandidateAttribute::field).toList());
    }
}
