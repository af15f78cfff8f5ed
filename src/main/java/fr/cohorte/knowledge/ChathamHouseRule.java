package fr.cohorte.knowledge;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cohorte.session.Activity;
import fr.cohorte.session.SessionCatalogue;

/**
 * The Chatham House rule across the registry: what was said at such a hearing may be used, but
 * nothing public may name its speaker. A practice drawing on such a hearing — through a note about
 * it or the hearing itself — is flagged to its editors, who write it so.
 */
@Service
public class ChathamHouseRule {

    private final Contributions contributions;
    private final SessionCatalogue sessions;

    ChathamHouseRule(Contributions contributions, SessionCatalogue sessions) {
        this.contributions = contributions;
        this.sessions = sessions;
    }

    /** Whether one of the practice's sources comes from a hearing held under the rule. */
    @Transactional(readOnly = true)
    public boolean appliesTo(Practice practice) {
        return practice.getSources().stream().anyMatch(source -> switch (source.getKind()) {
            case CONTRIBUTION -> source.getContributionId() != null && contributions.isUnderChathamHouse(source.getContributionId());
            case ACTIVITY -> source.getActivityId() != null && underTheRule(practice.getSessionNumber(), source.getActivityId());
            default -> false;
        });
    }

    private boolean underTheRule(Integer sessionNumber, long activityId) {
        return sessionNumber != null && sessions.byNumberIfAny(sessionNumber).stream()
                .flatMap(session -> session.getSeminars().stream()).flatMap(seminar -> seminar.getActivities().stream())
                .filter(activity -> activity.getId() == activityId).anyMatch(Activity::isChathamHouse);
    }
}
