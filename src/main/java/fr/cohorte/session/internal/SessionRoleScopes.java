package fr.cohorte.session.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import fr.cohorte.web.RoleScopes;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Participants and jurors hold their role for a session, whose number is the grant's scope. */
@Component
class SessionRoleScopes implements RoleScopes {

    private static final Set<String> SESSION_ROLES = Set.of("PARTICIPANT", "JURY");

    private final NationalSessionRepository sessions;
    private final MessageSource messages;

    SessionRoleScopes(NationalSessionRepository sessions, MessageSource messages) {
        this.sessions = sessions;
        this.messages = messages;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> describe(String role, long scopeId, Locale locale) {
        if (!SESSION_ROLES.contains(role) || scopeId > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        return sessions.findByNumber((int) scopeId).map(session -> messages.getMessage("role.scope.session",
                new Object[] {session.getNumber(), session.getTheme()}, locale));
    }
}
