package fr.cohorte.account.internal;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The counts of wrong passwords that {@link LoginThrottlePolicy} slows down, kept in the database
 * so that every node sees the same. A login nobody has an account for is counted exactly like one
 * that exists: the answer, and the work done to give it, never tell them apart.
 */
@Component
public class LoginThrottle {

    /** The login of the row that counts a client address's wrong passwords over every login. */
    private static final String EVERY_LOGIN = "";

    private final JdbcClient jdbc;
    private final LoginThrottlePolicy policy;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, LoginThrottlePolicy policy, Clock clock) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.clock = clock;
    }

    /** When this login may next be tried from this address; empty when it may be tried now. */
    @Transactional(readOnly = true)
    public Optional<Instant> nextAttemptAt(String login, String clientAddress) {
        Instant now = clock.instant();
        String address = counted(clientAddress);
        Optional<Instant> pair = count(normalised(login), address)
                .flatMap(c -> policy.nextAttemptAt(c.failures(), c.lastFailure(), policy.freeAttemptsPerLoginAndAddress(), now));
        Optional<Instant> anyLogin = count(EVERY_LOGIN, address)
                .flatMap(c -> policy.nextAttemptAt(c.failures(), c.lastFailure(), policy.freeAttemptsPerAddress(), now));
        return pair.isEmpty() ? anyLogin : anyLogin.filter(pair.get()::isBefore).or(() -> pair);
    }

    /** Counts a wrong password for the login from this address, and for the address over every login. */
    @Transactional
    public void failed(String login, String clientAddress) {
        String address = counted(clientAddress);
        Instant now = clock.instant();
        increment(normalised(login), address, now);
        increment(EVERY_LOGIN, address, now);
    }

    /**
     * The right password from this address: its count for the login starts again. The address's
     * count over every login does not, or an attacker would clear it with an account of their own.
     */
    @Transactional
    public void succeeded(String login, String clientAddress) {
        jdbc.sql("delete from login_throttle where login = ? and client_address = ?")
                .params(normalised(login), counted(clientAddress)).update();
    }

    /** Forgets every count of a login, whatever the address: its owner may try again at once. */
    @Transactional
    public int clear(String login) {
        return jdbc.sql("delete from login_throttle where login = ?").param(normalised(login)).update();
    }

    /** The logins whose next attempt must wait from at least one address, with the latest moment they may try again. */
    @Transactional(readOnly = true)
    public Map<String, Instant> slowedLogins() {
        Instant now = clock.instant();
        Map<String, Instant> slowed = new HashMap<>();
        jdbc.sql("select login, failures, last_failure_at from login_throttle where login <> ? and failures >= ?")
                .params(EVERY_LOGIN, policy.freeAttemptsPerLoginAndAddress())
                .query((row, n) -> Map.entry(row.getString("login"),
                        new Count(row.getInt("failures"), row.getTimestamp("last_failure_at").toInstant())))
                .list()
                .forEach(entry -> policy.nextAttemptAt(entry.getValue().failures(), entry.getValue().lastFailure(),
                                policy.freeAttemptsPerLoginAndAddress(), now)
                        .ifPresent(until -> slowed.merge(entry.getKey(), until, (a, b) -> a.isAfter(b) ? a : b)));
        return slowed;
    }

    /** Drops the counts nobody failed on for longer than the policy remembers. */
    @Scheduled(fixedDelayString = "PT10M")
    @Transactional
    public void forgetOldCounts() {
        jdbc.sql("delete from login_throttle where last_failure_at < ?")
                .param(Timestamp.from(clock.instant().minus(policy.forgetAfter()))).update();
    }

    private void increment(String login, String address, Instant now) {
        // One statement, so that two nodes counting at once both count: the row stays locked until commit.
        jdbc.sql("""
                        insert into login_throttle (login, client_address, failures, last_failure_at) values (?, ?, 1, ?)
                        on conflict (login, client_address) do update set
                            failures = case when login_throttle.last_failure_at < ? then 1 else login_throttle.failures + 1 end,
                            last_failure_at = excluded.last_failure_at""")
                .params(login, address, Timestamp.from(now), Timestamp.from(now.minus(policy.forgetAfter())))
                .update();
    }

    private Optional<Count> count(String login, String address) {
        return jdbc.sql("select failures, last_failure_at from login_throttle where login = ? and client_address = ?")
                .params(login, address)
                .query((row, n) -> new Count(row.getInt("failures"), row.getTimestamp("last_failure_at").toInstant()))
                .optional();
    }

    private record Count(int failures, Instant lastFailure) {
    }

    static String normalised(String login) {
        return login == null ? "" : login.trim().toLowerCase(Locale.ROOT);
    }

    /**
     * The address a count is kept for: an IPv4 client by its address, an IPv6 client by its /64
     * network, since one subscriber commonly holds a whole /64 and could change address at each try.
     */
    static String counted(String clientAddress) {
        if (clientAddress == null || clientAddress.isBlank()) {
            return "unknown";
        }
        if (!clientAddress.contains(":")) {
            return clientAddress;
        }
        try {
            // An IPv6 literal, as the servlet container gives it: no name lookup happens.
            InetAddress address = InetAddress.getByName(clientAddress);
            if (address instanceof Inet6Address) {
                byte[] network = Arrays.copyOf(address.getAddress(), 16);
                Arrays.fill(network, 8, 16, (byte) 0);
                return InetAddress.getByAddress(network).getHostAddress() + "/64";
            }
            return address.getHostAddress();
        } catch (UnknownHostException notAnAddress) {
            return clientAddress;
        }
    }
}
