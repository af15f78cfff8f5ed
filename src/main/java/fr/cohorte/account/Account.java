package fr.cohorte.account;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;

/** A person of the directory who can log in. */
@Entity
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long personId;
    private String email;
    private String passwordHash;
    private boolean enabled = true;
    private boolean mustChangePassword;
    private Instant createdAt;
    private Instant lastLoginAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    private Set<RoleGrant> roles = new HashSet<>();

    @Version
    private long version;

    protected Account() {
    }

    public Account(Long personId, String email, Instant now) {
        this.personId = personId;
        this.email = email.trim().toLowerCase();
        this.createdAt = now;
    }

    public void recordSuccessfulLogin(Instant now) {
        lastLoginAt = now;
    }

    public void changePassword(String hash, boolean temporary) {
        this.passwordHash = hash;
        this.mustChangePassword = temporary;
    }

    /**
     * Closes the account of an erased person for good: no password, no role, and a login address
     * that names nobody (the column must stay unique and filled).
     */
    public void erase() {
        this.enabled = false;
        this.passwordHash = null;
        this.mustChangePassword = false;
        this.roles.clear();
        this.email = pseudonym() + "@anonymise.invalid";
    }

    /** How the audit trail names this account once its address is erased. */
    public String pseudonym() {
        return "account-" + id;
    }

    /** The account now belongs to the person another one was merged into. */
    public void moveTo(Long personId) {
        this.personId = personId;
    }

    public void grant(RoleGrant grant) {
        roles.add(grant);
    }

    /** Withdraws a grant; answers whether the account held it. */
    public boolean revoke(RoleGrant grant) {
        return roles.remove(grant);
    }

    public Long getId() {
        return id;
    }

    public Long getPersonId() {
        return personId;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean hasPassword() {
        return passwordHash != null;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public Set<RoleGrant> getRoles() {
        return Set.copyOf(roles);
    }
}
