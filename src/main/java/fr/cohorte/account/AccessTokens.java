package fr.cohorte.account;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import fr.cohorte.account.internal.AccessTokenRepository;
import fr.cohorte.account.internal.AccountRepository;
import fr.cohorte.audit.AuditAction;
import fr.cohorte.audit.AuditDetail;
import fr.cohorte.audit.AuditTrail;
import fr.cohorte.web.Refusal;
import fr.cohorte.web.SecretTokens;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Personal access tokens: created by their owner, shown once, stored hashed, revocable. */
@Service
@Transactional
public class AccessTokens {

    /** Tokens start with this prefix so that secret scanners recognise a leaked one. */
    public static final String PREFIX = "coh_";

    /** A token just created, with the secret that is shown this once and never again. */
    public record Created(AccessToken token, String secret) {
    }

    /** The account a token opens and what it may do. */
    public record Holder(Account account, TokenScope scope) {
    }

    private final AccessTokenRepository tokens;
    private final AccountRepository accounts;
    private final AuditTrail audit;
    private final Clock clock;

    AccessTokens(AccessTokenRepository tokens, AccountRepository accounts, AuditTrail audit, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /** Creates a token named {@code name}, which is required ({@code field.required}) and at most 100 characters ({@code field.too-long}). */
    public Created create(String email, String name, TokenScope scope) {
        if (name == null || name.isBlank()) {
            throw Refusal.invalid("field.required").exception();
        }
        if (name.trim().length() > 100) {
            throw Refusal.invalid("field.too-long").exception();
        }
        Account account = accounts.findByEmail(email).orElseThrow();
        String secret = PREFIX + SecretTokens.newToken();
        AccessToken token = tokens.save(new AccessToken(account.getId(), name.trim(), SecretTokens.hash(secret), scope, clock.instant()));
        audit.record(AuditAction.CREATED, "token:" + token.getId(), AuditDetail.of("audit.detail.token.created", token.getName())
                .changed("audit.field.token.scope", null, "token.scope." + scope));
        return new Created(token, secret);
    }

    @Transactional(readOnly = true)
    public List<AccessToken> of(String email) {
        return accounts.findByEmail(email).map(a -> tokens.findByAccountIdOrderByCreatedAtDesc(a.getId())).orElse(List.of());
    }

    /** Revokes one of the caller's own tokens; someone else's is left alone. */
    public void revoke(String email, Long tokenId) {
        Account account = accounts.findByEmail(email).orElseThrow();
        tokens.findById(tokenId).filter(t -> t.getAccountId().equals(account.getId())).ifPresent(token -> {
            token.revoke(clock.instant());
            audit.record(AuditAction.DELETED, "token:" + tokenId, AuditDetail.of("audit.detail.token.revoked", token.getName()));
        });
    }

    /** The account behind a presented secret, if the token is active and the account usable. */
    public Optional<Holder> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(SecretTokens.hash(secret)).filter(AccessToken::isActive).flatMap(token -> {
            token.used(clock.instant());
            return accounts.findById(token.getAccountId())
                    .filter(Account::isEnabled)
                    .map(account -> new Holder(account, token.getScope()));
        });
    }
}
