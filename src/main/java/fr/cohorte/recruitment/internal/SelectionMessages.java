package fr.cohorte.recruitment.internal;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

/** Renders {@link Reason}s in one language from the message bundles. */
public record SelectionMessages(MessageSource messages, Locale locale) {

    public String text(Reason reason) {
        Object[] arguments = reason.arguments().stream()
                .map(argument -> argument instanceof CandidateAttribute attribute
                        ? messages.getMessage(attribute.messageKey(), null, locale)
                        : argument)
                .toArray();
        return messages.getMessage(reason.code().messageKey(), arguments, locale);
    }

    /** Several reasons about one candidate read as one paragraph. */
    public String text(List<Reason> reasons) {
        return String.join(" ", reasons.stream().map(this::text).toList());
    }
}
