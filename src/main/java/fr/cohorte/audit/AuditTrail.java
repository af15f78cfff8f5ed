package fr.cohorte.audit;

import java.time.Clock;
import java.util.Optional;

import fr.cohorte.audit.internal.AuditEventRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records what people do. An entry joins the transaction of the change it records, so the trail
 * never tells of a change that was rolled back.
 */
@Service
public class AuditTrail {

    private final AuditEventRepository events;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;

    AuditTrail(AuditEventRepository events, Clock clock, ApplicationEventPublisher publisher) {
        this.events = events;
        this.clock = clock;
        this.publisher = publisher;
    }

    /** Records an action of the person currently logged in (or of an anonymous visitor). */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(AuditAction action, String target, String detail) {
        record(currentActor().orElse(null), action, target, detail);
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String actor, AuditAction action, String target, String detail) {
        events.save(new AuditEvent(clock.instant(), actor, action, truncate(target, 300), truncate(detail, 2000)));
    }

    /** Records an action whose name says it all, of the person currently logged in. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(AuditAction action, String target) {
        record(currentActor().orElse(null), action, target, null);
    }

    /** Records an action of the person currently logged in, told as a code read in each reader's language. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(AuditAction action, String target, AuditDetail detail) {
        AuditDetail kept = new AuditDetail(detail.code(),
                detail.arguments().stream().map(a -> truncate(a, 500)).toList(),
                detail.changes().stream().map(c -> new AuditDetail.Change(c.field(), truncate(c.before(), 500), truncate(c.after(), 500))).toList());
        events.save(new AuditEvent(clock.instant(), currentActor().orElse(null), action, truncate(target, 300), kept));
    }

    /**
     * Forgets what the trail said about an erased person: the details of entries about them (which
     * held their name), their arguments and changed values included, are cleared; the entries themselves stay, so the trail still tells who did what.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void forgetDetailsAbout(String target) {
        events.clearDetails(target);
    }

    /**
     * Replaces an identity (a login address) wherever the trail and the edit history name it, as
     * actor, target or author of a revision, by a pseudonym such as "account:12".
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void pseudonymise(String identity, String pseudonym) {
        events.replaceActor(identity, pseudonym);
        events.replaceTarget(identity, pseudonym);
        events.replaceRevisionAuthor(identity, pseudonym);
        events.replaceInArguments(identity, pseudonym);
        publisher.publishEvent(new IdentityPseudonymised(identity, pseudonym));
    }

    @Transactional(readOnly = true)
    public Page<AuditEvent> latest(Pageable page) {
        return events.findAllByOrderByOccurredAtDescIdDesc(page);
    }

    private static Optional<String> currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated() || "anonymousUser".equals(authentication.getName())) {
            return Optional.empty();
        }
        return Optional.of(authentication.getName());
    }

    private static String truncate(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}
