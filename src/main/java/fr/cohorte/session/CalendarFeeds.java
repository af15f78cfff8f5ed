package fr.cohorte.session;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

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

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    CalendarFeeds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Creates the person's feed, or replaces its address; returns the new secret token. */
    public String issue(long personId) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        jdbc.sql("""
                        insert into calendar_feed (person_id, token_hash, created_at) values (?, ?, now())
                        on conflict (person_id) do update set token_hash = excluded.token_hash, created_at = excluded.created_at""")
                .params(personId, sha256(token)).update();
        return token;
    }

    public void revoke(long personId) {
        jdbc.sql("delete from calendar_feed where person_id = ?").param(personId).update();
    }

    @Transactional(readOnly = true)
    public Optional<Instant> createdAt(long personId) {
        return jdbc.sql("select created_at from calendar_feed where person_id = ?").param(personId)
                .query((rs, row) -> rs.getTimestamp("created_at").toInstant()).optional();
    }

    @Transactional(readOnly = true)
    public Optional<Long> personOf(String token) {
        return jdbc.sql("select person_id from calendar_feed where token_hash = ?").param(sha256(token))
                .query(Long.class).optional();
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
