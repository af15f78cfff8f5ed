package fr.cohorte.grouping;

import java.util.List;

import fr.cohorte.web.DocumentedLimits;
import fr.cohorte.web.DocumentedLimits.Limit;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The mixing API's limits in force, for the API's description. */
@Configuration(proxyBeanMethods = false)
class MixingApiDocumentation {

    @Bean
    DocumentedLimits mixingApiLimits(MixingLimits limits) {
        return new DocumentedLimits("/api/v1/mixing/", List.of(
                new Limit("participants", limits.maxParticipants(), "COHORTE_MIXING_MAX_PARTICIPANTS"),
                new Limit("rounds", limits.maxRounds(), "COHORTE_MIXING_MAX_ROUNDS"),
                new Limit("history", limits.maxHistory(), "COHORTE_MIXING_MAX_HISTORY"),
                new Limit("groups", limits.maxGroups(), "COHORTE_MIXING_MAX_GROUPS"),
                new Limit("textLength", MixingLimits.MAX_TEXT_LENGTH, null)));
    }
}
