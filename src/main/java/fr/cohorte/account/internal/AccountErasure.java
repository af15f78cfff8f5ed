package fr.cohorte.account.internal;

import java.util.ArrayList;
import java.util.List;

import fr.cohorte.account.Role;
import fr.cohorte.account.RoleGrant;
import fr.cohorte.account.SessionsOfAccount;
import fr.cohorte.audit.AuditTrail;
import fr.cohorte.directory.ErasureObstacles;
import fr.cohorte.directory.Obstacle;
import fr.cohorte.directory.PersonErased;
import fr.cohorte.mail.MailOutbox;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a person is erased, their account goes with them: disabled, its roles, tokens, links and
 * counts of wrong passwords and the mails to its login address removed, every open session ended, and its login address replaced by a pseudonym everywhere the
 * audit trail and the edit history named it. Nobody erases themself, nor the last administrator.
 */
@Component
class AccountErasure implements ErasureObstacles {

    private final AccountRepository accounts;
    private final AccessTokenRepository tokens;
    private final AccountLinkRepository links;
    private final LoginThrottle throttle;
    private final SessionsOfAccount sessions;
    private final AuditTrail audit;
    private final MailOutbox outbox;

    AccountErasure(AccountRepository accounts, AccessTokenRepository tokens, AccountLinkRepository links,
                   LoginThrottle throttle, SessionsOfAccount sessions, AuditTrail audit, MailOutbox outbox) {
        this.outbox = outbox;
        this.accounts = accounts;
        this.tokens = tokens;
        this.links = links;
        this.throttle = throttle;
        this.sessions = sessions;
        this.audit = audit;
    }

    @Override
    public List<Obstacle> erasing(Long personId) {
        List<Obstacle> obstacles = new ArrayList<>();
        accounts.findByPersonId(personId).ifPresent(account -> {
            var current = SecurityContextHolder.getContext().getAuthentication();
            if (current != null && account.getEmail().equalsIgnoreCase(current.getName())) {
                obstacles.add(new Obstacle("erasure.obstacle.yourself"));
            }
            if (account.getRoles().contains(RoleGrant.global(Role.ADMIN)) && !accounts.existsOtherWithRole(Role.ADMIN, account.getId())) {
                obstacles.add(new Obstacle("erasure.obstacle.last-admin"));
            }
        });
        return obstacles;
    }

    @EventListener
    void on(PersonErased erased) {
        accounts.findByPersonId(erased.personId()).ifPresent(account -> {
            String email = account.getEmail();
            sessions.endAll(email);
            tokens.deleteAllOfAccount(account.getId());
            links.deleteAllOfAccount(account.getId());
            throttle.clear(email);
            outbox.forget(email);
            account.erase();
            accounts.flush();
            audit.pseudonymise(email, account.pseudonym());
        });
    }
}
