package fr.cohorte.account.internal;

import java.time.Clock;
import java.time.Instant;

import fr.cohorte.audit.AuditAction;
import fr.cohorte.audit.AuditDetail;
import fr.cohorte.audit.AuditTrail;
import fr.cohorte.web.DisplayTimes;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every login attempt, by password or through an identity provider, goes to the audit trail with what became of it. */
@Service
@Transactional
class RecordLogins {

    private final AccountRepository accounts;
    private final AuditTrail audit;
    private final DisplayTimes times;
    private final Clock clock;

    RecordLogins(AccountRepository accounts, AuditTrail audit, DisplayTimes times, Clock clock) {
        this.accounts = accounts;
        this.audit = audit;
        this.times = times;
        this.clock = clock;
    }

    /** The account remembers when it last logged in. */
    public void succeeded(String email) {
        accounts.findByEmail(email).ifPresent(account -> account.recordSuccessfulLogin(clock.instant()));
        audit.record(email, AuditAction.LOGIN_SUCCEEDED, email);
    }

    /** A wrong password (or a login nobody has), naming the address it came from. */
    public void failed(String email, String clientAddress) {
        audit.record(email, AuditAction.LOGIN_FAILED, email, clientAddress == null
                ? AuditDetail.of("audit.detail.login.from-unknown") : AuditDetail.of("audit.detail.login.from", clientAddress));
    }

    /** An attempt refused unread, because its login or its address has to wait after too many wrong passwords. */
    public void throttled(String email, String clientAddress, Instant nextAttemptAt) {
        String next = times.recorded(nextAttemptAt);
        audit.record(email, AuditAction.LOGIN_THROTTLED, email, clientAddress == null
                ? AuditDetail.of("audit.detail.login.throttled-unknown", next) : AuditDetail.of("audit.detail.login.throttled", clientAddress, next));
    }

    /**
     * A login an identity provider vouched for but Cohorte refused; no password was wrong, so nothing
     * is slowed down. The reason is a code ({@code audit.detail.login.refused.<reason>}) told with the
     * provider and, for the provider's own errors, its error code.
     */
    public void refused(String email, String provider, String reason, String providerError) {
        audit.record(email, AuditAction.LOGIN_FAILED, email, AuditDetail.of("audit.detail.login.refused." + reason, provider, providerError));
    }
}
