package fr.cohorte.recruitment;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import fr.cohorte.directory.Backgrounds;
import fr.cohorte.recruitment.SelectionRequest.Candidate;
import fr.cohorte.recruitment.internal.SelectionMessages;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * How the staff pages word a selection, in the reader's language: people by their name, without the
 * application number their candidate id carries, and the values quotas count (a horizon's id, a region's
 * or gender's name, as {@link SelectionPool} gives them) by their label. A value that is no such code is
 * shown as it was stored: runs made before the pool gave codes kept the French labels themselves.
 */
@Component
class SelectionWording {

    private final MessageSource messages;
    private final Backgrounds backgrounds;

    SelectionWording(MessageSource messages, Backgrounds backgrounds) {
        this.messages = messages;
        this.backgrounds = backgrounds;
    }

    /** The sentences of the selection in the reader's language, French unless they read English. */
    SelectionMessages in(Locale locale) {
        Locale language = SelectionRuns.language(locale);
        return new SelectionMessages(messages, language, SelectionPool::nameOf, labels(language));
    }

    /** Quota values (by candidate field) to their label in the reader's language; anything but a known code as given. */
    BiFunction<String, String, String> labels(Locale locale) {
        Locale language = SelectionRuns.language(locale);
        Map<String, String> horizons = backgrounds.all().stream()
                .collect(Collectors.toMap(b -> String.valueOf(b.getId()), b -> b.label(language)));
        return (attribute, value) -> {
            if (value == null) {
                return null;
            }
            Optional<String> label = switch (attribute) {
                case SelectionSettings.QuotaSetting.BACKGROUND -> Optional.ofNullable(horizons.get(value));
                case SelectionSettings.QuotaSetting.REGION -> Arrays.stream(Region.values()).filter(r -> r.name().equals(value))
                        .findFirst().map(r -> messages.getMessage("region." + r, null, language));
                case SelectionPool.GENDER -> Arrays.stream(Gender.values()).filter(g -> g.name().equals(value))
                        .findFirst().map(g -> messages.getMessage("application.gender." + g, null, language));
                default -> Optional.empty();
            };
            return label.orElse(value);
        };
    }

    /** The candidate as the reader reads them: the same id and score, the quota values by their label. */
    static Candidate labelled(Candidate candidate, BiFunction<String, String, String> labels) {
        return new Candidate(candidate.id(), candidate.score(), labels.apply(SelectionSettings.QuotaSetting.BACKGROUND, candidate.background()),
                labels.apply(SelectionPool.GENDER, candidate.gender()), candidate.organisation(),
                labels.apply(SelectionSettings.QuotaSetting.REGION, candidate.region()));
    }
}
