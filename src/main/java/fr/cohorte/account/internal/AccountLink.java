package fr.cohorte.account.internal;

import java.time.Instant;

import fr.cohorte.account.LinkPurpose;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A single-use link sent by mail: an invitation or a password reset. Only its hash is stored. */
@Entity
public class AccountLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long accountId;

    @Enumerated(EnumType.STRING)
    private LinkPurpose purpose;

    private String tokenHash;
    private Instant expiresAt;
    private Instant usedAt;
    private Instant createdAt;

    protected AccountLink() {
    }

    public AccountLink(Long accountId, LinkPurpose purpose, String tokenHash, Instant now, Instant expiresAt) {
        this.accountId = accountId;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    public boolean isUsable(Instant now) {
        return usedAt == null && expiresAt.isAfter(now);
    }

    public void use(Instant now) {
        this.usedAt = now;
    }

    public Long getAccountId() {
        return accountId;
    }

    public LinkPurpose getPurpose() {
        return purpose;
    }
}
