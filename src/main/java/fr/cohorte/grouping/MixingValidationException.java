package fr.cohorte.grouping;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import fr.cohorte.web.Refusal;
import org.springframework.context.MessageSource;

/**
 * A mixing request that cannot be solved, with every field at fault and why, kept as message codes
 * so that each reader gets the reasons in their language: the API's caller as its Accept-Language
 * asks, staff on the grouping page in theirs.
 */
public class MixingValidationException extends RuntimeException {

    /** A field of the request, as a JSON path such as {@code locks[2].participant}, and what is wrong with it, in words. */
    public record InvalidField(String field, String message) {
    }

    /**
     * A field at fault and the reason, a {@link Refusal} of the code {@code mixing.invalid.<code>} of the bundles and
     * its arguments (kept as text, so that ids and indexes are never formatted as numbers).
     */
    public record Refused(String field, Refusal reason) {

        public Refused(String field, String code, Object... arguments) {
            this(field, Refusal.invalid("mixing.invalid." + code, Arrays.stream(arguments).map(String::valueOf).toArray()));
        }

        public InvalidField in(MessageSource messages, Locale locale) {
            return new InvalidField(field, messages.getMessage(reason, locale));
        }
    }

    private final List<Refused> refusals;

    public MixingValidationException(List<Refused> refusals) {
        super(refusals.stream().map(refused -> refused.field() + ": " + refused.reason().code() + refused.reason().arguments())
                .reduce((a, b) -> a + "; " + b).orElse(""));
        this.refusals = List.copyOf(refusals);
    }

    /** Every field at fault, with its reason in {@code locale}'s language. */
    public List<InvalidField> errors(MessageSource messages, Locale locale) {
        return refusals.stream().map(refused -> refused.in(messages, locale)).toList();
    }

    public List<Refused> refusals() {
        return refusals;
    }
}
