package fr.cohorte.account;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import fr.cohorte.account.internal.AccountLink;
import fr.cohorte.account.internal.AccountLinkRepository;
import fr.cohorte.account.internal.AccountRepository;
import fr.cohorte.account.internal.LoginThrottle;
import fr.cohorte.account.internal.Secrets;
import fr.cohorte.audit.AuditAction;
import fr.cohorte.audit.AuditTrail;
import fr.cohorte.directory.Person;
import fr.cohorte.directory.Persons;
import fr.cohorte.mail.MailOutbox;
import fr.cohorte.web.RoleScopes;
import fr.cohorte.web.SecretTokens;
import fr.cohorte.web.SiteAddress;
import org.springframework.context.MessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The use cases of accounts: inviting, setting and resetting passwords, recording logins, granting roles. */
@Service
@Transactional
public class Accounts {

    private final AccountRepository accounts;
    private final AccountLinkRepository links;
    private final Persons persons;
    private final PasswordEncoder passwords;
    private final MailOutbox mail;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final AccountProperties properties;
    private final SiteAddress site;
    private final LoginThrottle throttle;
    private final SessionsOfAccount sessions;
    private final List<RoleScopes> scopes;
    private final Clock clock;

    Accounts(AccountRepository accounts, AccountLinkRepository links, Persons persons, PasswordEncoder passwords,
             MailOutbox mail, AuditTrail audit, MessageSource messages, AccountProperties properties, SiteAddress site,
             LoginThrottle throttle, SessionsOfAccount sessions, List<RoleScopes> scopes, Clock clock) {
        this.accounts = accounts;
        this.links = links;
        this.persons = persons;
        this.passwords = passwords;
        this.mail = mail;
        this.audit = audit;
        this.messages = messages;
        this.properties = properties;
        this.site = site;
        this.throttle = throttle;
        this.sessions = sessions;
        this.scopes = scopes;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<Account> byEmail(String email) {
        return accounts.findByEmail(email.trim());
    }

    @Transactional(readOnly = true)
    public Optional<Account> byId(Long id) {
        return accounts.findById(id);
    }

    @Transactional(readOnly = true)
    public List<Account> all() {
        return accounts.findAllByOrderByEmailAsc();
    }

    /**
     * Invites someone to Cohorte with a role: finds or creates their person in the directory, their
     * account, and mails them a single-use link to choose a password. Someone who already has an
     * account with a password gets the role and a mail saying so, not a link that would let them
     * choose another password.
     */
    public Account invite(String email, String givenName, String familyName, RoleGrant grant, Locale locale) {
        Person person = persons.findOrCreate(email, givenName, familyName);
        Account account = accounts.findByEmail(email.trim())
                .orElseGet(() -> accounts.save(new Account(person.getId(), email, clock.instant())));
        account.grant(grant);
        if (account.hasPassword()) {
            mail.post(account.getEmail(),
                    messages.getMessage("mail.role-granted.subject", null, locale),
                    messages.getMessage("mail.role-granted.body", new Object[] {person.getFullName(),
                            roleInWords(grant, locale), site.link("/login")}, locale));
            audit.record(AuditAction.ROLE_GRANTED, account.getEmail(), describe(grant));
            return account;
        }
        String token = issueLink(account, LinkPurpose.INVITATION, properties.invitationValidity());
        String link = site.link("/invitation/" + token);
        mail.post(account.getEmail(),
                messages.getMessage("mail.invitation.subject", null, locale),
                messages.getMessage("mail.invitation.body",
                        new Object[] {person.getFullName(), link, properties.invitationValidity().toHours(),
                                roleInWords(grant, locale)}, locale));
        audit.record(AuditAction.ACCOUNT_INVITED, account.getEmail(), grant.role().name());
        audit.record(AuditAction.ROLE_GRANTED, account.getEmail(), describe(grant));
        return account;
    }

    /**
     * A grant as its holder reads it: the role, and for a scoped role the session or book it holds
     * for, named ("Auditeur — session nationale n° 34 « … »"); its number when nothing names it.
     */
    private String roleInWords(RoleGrant grant, Locale locale) {
        String role = messages.getMessage("role." + grant.role(), null, locale);
        if (grant.scopeId() == 0) {
            return role;
        }
        return scopes.stream()
                .flatMap(scope -> scope.describe(grant.role().name(), grant.scopeId(), locale).stream())
                .findFirst()
                .map(scope -> messages.getMessage("role.scoped.named", new Object[] {role, scope}, locale))
                .orElseGet(() -> messages.getMessage("role.scoped", new Object[] {role, grant.scopeId()}, locale));
    }

    /**
     * Gives a grant to the account of a person of the directory, if they have one (a book's
     * coordinators get its coordinator role this way); audited when it is new. Answers whether the
     * person has an account.
     */
    public boolean grantToPerson(Long personId, RoleGrant grant) {
        Optional<Account> account = accounts.findByPersonId(personId);
        account.filter(found -> !found.getRoles().contains(grant)).ifPresent(found -> {
            found.grant(grant);
            audit.record(AuditAction.ROLE_GRANTED, found.getEmail(), describe(grant));
        });
        return account.isPresent();
    }

    /** Withdraws a grant from a person's account, if they have one and it holds the grant (see {@link #revoke(Account, RoleGrant)}). */
    public void revokeFromPerson(Long personId, RoleGrant grant) {
        accounts.findByPersonId(personId).ifPresent(found -> revoke(found, grant));
    }

    /**
     * An administrator withdraws a grant from an account (someone leaves the staff, a juror's
     * session is over). The last administrator keeps their role, so that somebody can still
     * administer Cohorte: {@link LastAdministratorException}.
     */
    public void revoke(Long accountId, RoleGrant grant) {
        Account account = accounts.findById(accountId).orElseThrow(() -> new IllegalArgumentException("No account " + accountId));
        if (grant.equals(RoleGrant.global(Role.ADMIN)) && account.getRoles().contains(grant)
                && !accounts.existsOtherWithRole(Role.ADMIN, accountId)) {
            throw new LastAdministratorException();
        }
        revoke(account, grant);
    }

    /**
     * Takes the grant away, audited, and ends the account's open sessions, which still carry it:
     * the change holds at once, not at the next login.
     */
    private void revoke(Account account, RoleGrant grant) {
        if (account.revoke(grant)) {
            audit.record(AuditAction.ROLE_REVOKED, account.getEmail(), describe(grant));
            sessions.endAll(account.getEmail());
        }
    }

    private static String describe(RoleGrant grant) {
        return grant.role() + (grant.scopeId() == 0 ? "" : ":" + grant.scopeId());
    }

    /** The account a link opens, if the link still works. */
    @Transactional(readOnly = true)
    public Account accountForLink(String token, LinkPurpose purpose) {
        return usableLink(token, purpose)
                .flatMap(link -> accounts.findById(link.getAccountId()))
                .orElseThrow(InvalidLinkException::new);
    }

    /**
     * Sets a password through an invitation or reset link, which can then not be used again. A reset
     * proves the mailbox is theirs, so the wrong passwords counted against the login are forgotten.
     */
    public Account setPasswordFromLink(String token, LinkPurpose purpose, String password, String confirmation) {
        AccountLink link = usableLink(token, purpose).orElseThrow(InvalidLinkException::new);
        Account account = accounts.findById(link.getAccountId()).orElseThrow(InvalidLinkException::new);
        setPassword(account, password, confirmation);
        link.use(clock.instant());
        if (purpose == LinkPurpose.PASSWORD_RESET) {
            throttle.clear(account.getEmail());
        }
        return account;
    }

    /** Mails a reset link when the address has an account; says nothing either way to the requester. */
    public void requestPasswordReset(String email, Locale locale) {
        accounts.findByEmail(email.trim()).filter(Account::isEnabled).ifPresent(account -> {
            String token = issueLink(account, LinkPurpose.PASSWORD_RESET, properties.resetValidity());
            mail.post(account.getEmail(),
                    messages.getMessage("mail.reset.subject", null, locale),
                    messages.getMessage("mail.reset.body",
                            new Object[] {site.link("/password/reset/" + token), properties.resetValidity().toMinutes()}, locale));
            audit.record(account.getEmail(), AuditAction.PASSWORD_RESET_REQUESTED, account.getEmail(), null);
        });
    }

    public void changePassword(String email, String current, String password, String confirmation) {
        Account account = accounts.findByEmail(email).orElseThrow();
        if (!account.hasPassword() || !passwords.matches(current, account.getPasswordHash())) {
            throw new PasswordRejectedException(List.of("password.current-wrong"));
        }
        setPassword(account, password, confirmation);
    }

    /** Audits a wrong password (or a login nobody has), naming the address it came from. */
    public void recordFailedLogin(String email, String clientAddress) {
        audit.record(email, AuditAction.LOGIN_FAILED, email, from(clientAddress));
    }

    /** Audits an attempt refused unread, because its login or its address has to wait after too many wrong passwords. */
    public void recordThrottledLogin(String email, String clientAddress, Instant nextAttemptAt) {
        audit.record(email, AuditAction.LOGIN_THROTTLED, email, from(clientAddress) + "; next attempt from " + nextAttemptAt);
    }

    private static String from(String clientAddress) {
        return "from " + (clientAddress == null ? "an unknown address" : clientAddress);
    }

    public void recordSuccessfulLogin(String email) {
        accounts.findByEmail(email).ifPresent(account -> account.recordSuccessfulLogin(clock.instant()));
        audit.record(email, AuditAction.LOGIN_SUCCEEDED, email, null);
    }

    /** Audits a login an identity provider vouched for but Cohorte refused; no password was wrong, so nothing is slowed down. */
    public void recordRefusedLogin(String email, String reason) {
        audit.record(email, AuditAction.LOGIN_FAILED, email, reason);
    }

    /**
     * Creates the account, with no role, of someone whose e-mail domain is allowed to log in through
     * an identity provider; an administrator grants roles later.
     */
    public Account createForSingleSignOn(String email, String givenName, String familyName, String provider) {
        Person person = persons.findOrCreate(email, givenName, familyName);
        Account account = accounts.save(new Account(person.getId(), email, clock.instant()));
        audit.record(email, AuditAction.CREATED, account.getEmail(), "account, first login through " + provider);
        return account;
    }

    /**
     * An administrator lets someone try their password again at once, from wherever they are: the
     * wrong passwords counted against the account's login are forgotten. Those counted against an
     * address over every login stay, since they tell of that address, not of this account.
     */
    public void clearLoginThrottle(Long accountId) {
        Account account = accounts.findById(accountId).orElseThrow(() -> new IllegalArgumentException("No account " + accountId));
        throttle.clear(account.getEmail());
        audit.record(AuditAction.LOGIN_THROTTLE_CLEARED, account.getEmail());
    }

    /** The logins of accounts whose next attempt must wait from some address, and until when. */
    @Transactional(readOnly = true)
    public Map<String, Instant> slowedLogins() {
        return throttle.slowedLogins();
    }

    /**
     * Makes sure an administrator exists. Returns the one-time password to print when one had to be
     * generated (no COHORTE_ADMIN_PASSWORD given).
     */
    public Optional<String> ensureFirstAdministrator() {
        if (accounts.existsWithRole(Role.ADMIN)) {
            return Optional.empty();
        }
        String email = properties.adminEmail();
        Person person = persons.findOrCreate(email, "Administrateur", "Cohorte");
        Account account = accounts.findByEmail(email)
                .orElseGet(() -> accounts.save(new Account(person.getId(), email, clock.instant())));
        account.grant(RoleGrant.global(Role.ADMIN));
        boolean generated = properties.adminPassword().isBlank();
        String password = generated ? Secrets.newPassword() : properties.adminPassword();
        account.changePassword(passwords.encode(password), generated);
        audit.record("system", AuditAction.ROLE_GRANTED, email, "ADMIN (first administrator)");
        return generated ? Optional.of(password) : Optional.empty();
    }

    private void setPassword(Account account, String password, String confirmation) {
        List<String> problems = PasswordPolicy.problems(password, confirmation, account.getEmail());
        if (!problems.isEmpty()) {
            throw new PasswordRejectedException(problems);
        }
        account.changePassword(passwords.encode(password), false);
        audit.record(account.getEmail(), AuditAction.PASSWORD_SET, account.getEmail(), null);
    }

    private String issueLink(Account account, LinkPurpose purpose, java.time.Duration validity) {
        links.retireAll(account.getId(), purpose);
        String token = SecretTokens.newToken();
        Instant now = clock.instant();
        links.save(new AccountLink(account.getId(), purpose, SecretTokens.hash(token), now, now.plus(validity)));
        return token;
    }

    private Optional<AccountLink> usableLink(String token, LinkPurpose purpose) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return links.findByTokenHashAndPurpose(SecretTokens.hash(token), purpose).filter(link -> link.isUsable(clock.instant()));
    }
}
