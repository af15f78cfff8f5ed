package fr.cohorte.account;

import java.util.Locale;

import fr.cohorte.account.internal.AccountLinks;
import fr.cohorte.account.internal.AccountRepository;
import fr.cohorte.audit.AuditAction;
import fr.cohorte.audit.AuditTrail;
import fr.cohorte.mail.MailOutbox;
import fr.cohorte.web.SiteAddress;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Someone who forgot their password asks for a link to choose another. */
@Service
@Transactional
public class RequestPasswordReset {

    private final AccountRepository accounts;
    private final AccountLinks links;
    private final MailOutbox mail;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final AccountProperties properties;
    private final SiteAddress site;

    RequestPasswordReset(AccountRepository accounts, AccountLinks links, MailOutbox mail, AuditTrail audit,
                         MessageSource messages, AccountProperties properties, SiteAddress site) {
        this.accounts = accounts;
        this.links = links;
        this.mail = mail;
        this.audit = audit;
        this.messages = messages;
        this.properties = properties;
        this.site = site;
    }

    /** Mails a reset link when the address is that of an open account; says nothing either way to the requester. */
    public void request(String email, Locale locale) {
        if (email == null || email.isBlank()) {
            return;
        }
        accounts.findByEmail(email.trim()).filter(Account::isEnabled).ifPresent(account -> {
            String token = links.issue(account, LinkPurpose.PASSWORD_RESET, properties.resetValidity());
            mail.post(account.getEmail(),
                    messages.getMessage("mail.reset.subject", null, locale),
                    messages.getMessage("mail.reset.body",
                            new Object[] {site.link("/password/reset/" + token), properties.resetValidity().toMinutes()}, locale));
            audit.record(account.getEmail(), AuditAction.PASSWORD_RESET_REQUESTED, account.getEmail());
        });
    }
}
