package fr.cohorte.recruitment;

import java.util.List;

import fr.cohorte.web.DocumentedLimits;
import fr.cohorte.web.DocumentedLimits.Limit;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The selection API's limits in force, for the API's description. */
@Configuration(proxyBeanMethods = false)
class SelectionApiDocumentation {

    @Bean
    DocumentedLimits selectionApiLimits(SelectionLimits limits) {
        return new DocumentedLimits("/api/v1/selection/", List.of(
                new Limit("candidates", limits.maxCandidates(), "COHORTE_SELECTION_MAX_CANDIDATES"),
                new Limit("quotas", limits.maxQuotas(), "COHORTE_SELECTION_MAX_QUOTAS"),
                new Limit("seats", limits.maxSeats(), "COHORTE_SELECTION_MAX_SEATS"),
                new Limit("textLength", SelectionLimits.MAX_TEXT_LENGTH, null)));
    }
}
