package fr.cohorte.session;

import java.time.Instant;
import java.util.Optional;

import fr.cohorte.audit.AuditAction;
import fr.cohorte.audit.AuditDetail;
import fr.cohorte.audit.AuditTrail;
import fr.cohorte.web.SecretTokens;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal calendar feeds at a secret address: the token is given once and only its SHA-256 hash
 * is kept, so a leaked table opens no calendar. A person has at most one feed; resetting it gives a
 * new address and kills the old one, revoking deletes it.
 */
@Service
@Transactional
public class CalendarFeeds {

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    CalendarFeeds(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Creates the person's feed, or replaces its address; returns the new secret token. */
    public String issue(long personId) {
        String token = SecretTokens.newToken();
        jdbc.sql("""
                        insert into calendar_feed (person_id, token_hash, created_at) values (?, ?, now())
                        on conflict (person_id) do update set token_hash = excluded.token_hash, created_at = excluded.created_at""")
                .params(personId, SecretTokens.hash(token)).update();
        audit.record(AuditAction.CREATED, target(personId), AuditDetail.of("audit.detail.calendar-feed.issued"));
        return token;
    }

    public void revoke(long personId) {
        if (jdbc.sql("delete from calendar_feed where person_id = ?").param(personId).update() > 0) {
            audit.record(AuditAction.DELETED, target(personId), AuditDetail.of("audit.detail.calendar-feed.revoked"));
        }
    }

    private static String target(long personId) {
        return "calendar-feed:" + personId;
    }

    @Transactional(readOnly = true)
    public Optional<Instant> createdAt(long personId) {
        return jdbc.sql("select created_at from calendar_feed where person_id = ?").param(personId)
                .query((rs, row) -> rs.getTimestamp("created_at").toInstant()).optional();
    }

    @Transactional(readOnly = true)
    public Optional<Long> personOf(String token) {
        return jdbc.sql("select person_id from calendar_feed where token_hash = ?").param(SecretTokens.hash(token))
                .query(Long.class).optional();
    }
}
