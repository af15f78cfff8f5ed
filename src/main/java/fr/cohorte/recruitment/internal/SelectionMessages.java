package fr.cohorte.recruitment.internal;

import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.cohorte.recruitment.FrenchNames;
import org.springframework.context.MessageSource;

/**
 * Renders {@link Reason}s in one language from the message bundles. Candidates quoted by id are shown
 * through {@code names}: the API keeps the ids its client gave, the staff pages show people's names.
 * Quota values are shown through {@code labels} (the candidate field and the value, to the words of this
 * language): the API quotes its client's values as given, the staff pages name a horizon, region or
 * gender in the reader's language.
 */
public record SelectionMessages(MessageSource messages, Locale locale, Function<String, String> names,
                                BiFunction<String, String, String> labels) {

    /** Quota values as the request gave them. */
    public static final BiFunction<String, String, String> AS_GIVEN = (attribute, value) -> value;

    public SelectionMessages(MessageSource messages, Locale locale) {
        this(messages, locale, Function.identity());
    }

    public SelectionMessages(MessageSource messages, Locale locale, Function<String, String> names) {
        this(messages, locale, names, AS_GIVEN);
    }

    public String text(Reason reason) {
        Object[] arguments = reason.arguments().stream()
                .map(argument -> switch (argument) {
                    case CandidateAttribute attribute -> messages.getMessage(attribute.messageKey(), null, locale);
                    case CandidateName quoted -> name(quoted);
                    case QuotedValue quoted -> labels.apply(quoted.attribute().field(), quoted.value());
                    default -> argument;
                })
                .toArray();
        return messages.getMessage(reason.code().messageKey(), arguments, locale);
    }

    /** Several reasons about one candidate read as one paragraph. */
    public String text(List<Reason> reasons) {
        return String.join(" ", reasons.stream().map(this::text).toList());
    }

    private String name(CandidateName quoted) {
        String joined = quoted.ids().stream().map(names).collect(Collectors.joining(", "));
        if (!quoted.afterDe()) {
            return joined;
        }
        return "fr".equals(locale.getLanguage()) ? FrenchNames.de(joined) : joined;
    }
}
