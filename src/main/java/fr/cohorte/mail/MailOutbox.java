package fr.cohorte.mail;

import java.time.Clock;

import fr.cohorte.mail.internal.OutgoingMailRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Where modules post mail. Posting needs a transaction: the mail exists only if the change does. */
@Service
public class MailOutbox {

    private final OutgoingMailRepository mails;
    private final Clock clock;

    MailOutbox(OutgoingMailRepository mails, Clock clock) {
        this.mails = mails;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void post(String recipient, String subject, String body) {
        mails.save(new OutgoingMail(recipient, subject, body, clock.instant()));
    }

    /** Every mail kept for this address, sent or not, oldest first: for a person's access request. */
    @Transactional(readOnly = true)
    public java.util.List<OutgoingMail> to(String recipient) {
        return mails.findByRecipientIgnoreCaseOrderByCreatedAtAscIdAsc(recipient);
    }

    /**
     * Deletes every mail to this address, sent or not: for people whose data must be forgotten, since
     * a mail carries their name and what was decided about them. Says how many were deleted.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long forget(String recipient) {
        return mails.deleteByRecipientIgnoreCase(recipient);
    }
}
