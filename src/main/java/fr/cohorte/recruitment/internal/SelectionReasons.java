package fr.cohorte.recruitment.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.cohorte.recruitment.SelectionResponse;
import fr.cohorte.recruitment.SelectionResponse.Conflict;

/**
 * A run's sentences as data, to be stored with it and rendered when someone reads it, in their language:
 * each candidate's reasons and each setting at fault, as codes with their arguments. Arguments keep what
 * they are (a number, words, a candidate field, a quota's value, candidates quoted by id), so that a
 * number reads with the reader's decimal separator and a horizon by its label in the reader's language.
 */
public record SelectionReasons(Map<String, List<Stored>> candidates, List<StoredConflict> conflicts) {

    public SelectionReasons {
        candidates = candidates == null ? Map.of() : candidates;
        conflicts = conflicts == null ? List.of() : conflicts;
    }

    /** One sentence: its code and arguments. */
    public record Stored(ReasonCode code, List<Argument> arguments) {

        static Stored of(Reason reason) {
            return new Stored(reason.code(), reason.arguments().stream().map(Argument::of).toList());
        }

        Reason reason() {
            return new Reason(code, arguments.stream().map(Argument::value).toList());
        }
    }

    /** A setting at fault, as {@link Conflict} names it, with its sentence. */
    public record StoredConflict(String attribute, String value, Stored reason) {
    }

    /** What an argument is, and so how it reads. */
    public enum Kind { NUMBER, TEXT, ATTRIBUTE, QUOTA_VALUE, NAMES, NAMES_AFTER_DE }

    /** One argument: {@code text} holds the number, the words or the quota's value; {@code ids} the candidates quoted. */
    public record Argument(Kind kind, String attribute, String text, List<String> ids) {

        static Argument of(Object argument) {
            return switch (argument) {
                case Number number -> new Argument(Kind.NUMBER, null, new BigDecimal(number.toString()).toPlainString(), null);
                case CandidateAttribute attribute -> new Argument(Kind.ATTRIBUTE, attribute.field(), null, null);
                case QuotedValue quoted -> new Argument(Kind.QUOTA_VALUE, quoted.attribute().field(), quoted.value(), null);
                case CandidateName quoted -> new Argument(quoted.afterDe() ? Kind.NAMES_AFTER_DE : Kind.NAMES, null, null, quoted.ids());
                default -> new Argument(Kind.TEXT, null, String.valueOf(argument), null);
            };
        }

        Object value() {
            return switch (kind) {
                case NUMBER -> new BigDecimal(text);
                case TEXT -> text;
                case ATTRIBUTE -> CandidateAttribute.byField(attribute).orElseThrow();
                case QUOTA_VALUE -> new QuotedValue(CandidateAttribute.byField(attribute).orElseThrow(), text);
                case NAMES -> CandidateName.all(ids);
                case NAMES_AFTER_DE -> CandidateName.afterDe(ids);
            };
        }
    }

    static SelectionReasons of(Map<String, List<Reason>> candidates, List<Clash> clashes) {
        Map<String, List<Stored>> stored = new LinkedHashMap<>();
        candidates.forEach((id, reasons) -> stored.put(id, reasons.stream().map(Stored::of).toList()));
        return new SelectionReasons(stored, clashes.stream()
                .map(clash -> new StoredConflict(clash.attribute(), clash.value(), Stored.of(clash.reason()))).toList());
    }

    /** The answer as it reads in {@code messages}' language: every explanation and every setting at fault, in words. */
    public SelectionResponse rendered(SelectionResponse answer, SelectionMessages messages) {
        Map<String, String> explanations = new LinkedHashMap<>();
        candidates.forEach((id, reasons) -> explanations.put(id, messages.text(reasons.stream().map(Stored::reason).toList())));
        List<Conflict> rendered = conflicts.stream()
                .map(c -> new Conflict(c.attribute(), c.value(), messages.text(c.reason().reason()))).toList();
        return new SelectionResponse(answer.status(), answer.selected(), answer.totalScore(), answer.waitlist(), explanations,
                rendered, answer.solveMillis());
    }
}
