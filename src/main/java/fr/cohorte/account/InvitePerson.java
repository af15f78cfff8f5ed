package fr.cohorte.account;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import fr.cohorte.account.internal.AccountLinks;
import fr.cohorte.account.internal.AccountRepository;
import fr.cohorte.audit.AuditAction;
import fr.cohorte.audit.AuditTrail;
import fr.cohorte.directory.Person;
import fr.cohorte.directory.Persons;
import fr.cohorte.mail.MailOutbox;
import fr.cohorte.web.RoleScopes;
import fr.cohorte.web.SiteAddress;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator invites someone to Cohorte with a role: their person in the directory is found or
 * created, so is their account, and they are mailed a single-use link to choose a password. Someone
 * who already has an account with a password gets the role and a mail saying so, not a link that
 * would let them choose another password.
 */
@Service
@Transactional
public class InvitePerson {

    private final AccountRepository accounts;
    private final AccountLinks links;
    private final Persons persons;
    private final MailOutbox mail;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final AccountProperties properties;
    private final SiteAddress site;
    private final List<RoleScopes> scopes;
    private final Clock clock;

    InvitePerson(AccountRepository accounts, AccountLinks links, Persons persons, MailOutbox mail, AuditTrail audit,
                 MessageSource messages, AccountProperties properties, SiteAddress site, List<RoleScopes> scopes, Clock clock) {
        this.accounts = accounts;
        this.links = links;
        this.persons = persons;
        this.mail = mail;
        this.audit = audit;
        this.messages = messages;
        this.properties = properties;
        this.site = site;
        this.scopes = scopes;
        this.clock = clock;
    }

    /** Invites {@code email} with the grant; the mail is written in {@code locale}, the language of whoever invites. */
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
            audit.record(AuditAction.ROLE_GRANTED, account.getEmail(), grant.inAuditTrail());
            return account;
        }
        String token = links.issue(account, LinkPurpose.INVITATION, properties.invitationValidity());
        mail.post(account.getEmail(),
                messages.getMessage("mail.invitation.subject", null, locale),
                messages.getMessage("mail.invitation.body",
                        new Object[] {person.getFullName(), site.link("/invitation/" + token),
                                properties.invitationValidity().toHours(), roleInWords(grant, locale)}, locale));
        audit.record(AuditAction.ACCOUNT_INVITED, account.getEmail(), grant.inAuditTrail());
        audit.record(AuditAction.ROLE_GRANTED, account.getEmail(), grant.inAuditTrail());
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
}
