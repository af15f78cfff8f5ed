package fr.cohorte.account;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A named, revocable secret an integrator uses instead of a password; only its hash is kept. */
@Entity
public class AccessToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long accountId;
    private String name;
    private String tokenHash;

    @Enumerated(EnumType.STRING)
    private TokenScope scope;

    private Instant createdAt;
    private Instant lastUsedAt;
    private Instant revokedAt;

    protected AccessToken() {
    }

    public AccessToken(Long accountId, String name, String tokenHash, TokenScope scope, Instant now) {
        this.accountId = accountId;
        this.name = name;
        this.tokenHash = tokenHash;
        this.scope = scope;
        this.createdAt = now;
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    public void used(Instant now) {
        this.lastUsedAt = now;
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getName() {
        return name;
    }

    public TokenScope getScope() {
        return scope;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }
}
