package fr.cohorte.recruitment;

import java.math.BigDecimal;

import fr.cohorte.recruitment.SelectionRequest.Candidate;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The selection with the application's own message bundles, without starting Spring. */
final class Selections {

    /** The limits application.properties sets by default. */
    static final SelectionLimits LIMITS = new SelectionLimits(20_000, 200, 1_000);

    private Selections() {
    }

    static CohortSelection cohortSelection() {
        return new CohortSelection(messages(), LIMITS);
    }

    /** The application's own message bundles, as Spring reads them. */
    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    static Candidate candidate(String id, String score, String background, String gender, String organisation, String region) {
        return new Candidate(id, new BigDecimal(score), background, gender, organisation, region);
    }
}
