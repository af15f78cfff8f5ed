package fr.cohorte.mail;

import java.time.Clock;
import java.util.List;

import fr.cohorte.mail.internal.OutgoingMailRepository;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Limit;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends what the outbox holds. Each batch is locked with SKIP LOCKED, so several application nodes
 * can run this job side by side. Without SMTP settings, mails wait in the outbox and the log says so.
 */
@Component
class OutboxDispatcher {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

    private final OutgoingMailRepository mails;
    private final ObjectProvider<JavaMailSender> smtp;
    private final MailProperties properties;
    private final Clock clock;
    private final Counter sent;
    private final Counter failed;

    OutboxDispatcher(OutgoingMailRepository mails, ObjectProvider<JavaMailSender> smtp, MailProperties properties, Clock clock,
                     MeterRegistry meters) {
        // Read from the table at each scrape, so that every node tells the same outbox.
        Gauge.builder("cohorte.mail.outbox", mails, table -> table.countWaiting(OutgoingMail.MAX_ATTEMPTS))
                .description("Mails waiting to be sent, retries included").tag("state", "waiting").register(meters);
        Gauge.builder("cohorte.mail.outbox", mails, table -> table.countGivenUp(OutgoingMail.MAX_ATTEMPTS))
                .description("Mails no longer tried after their last attempt failed").tag("state", "given-up").register(meters);
        this.sent = Counter.builder("cohorte.mails").description("Mails handed to the SMTP server, or refused by it")
                .tag("outcome", "sent").register(meters);
        this.failed = Counter.builder("cohorte.mails").description("Mails handed to the SMTP server, or refused by it")
                .tag("outcome", "failed").register(meters);
        this.mails = mails;
        this.smtp = smtp;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${cohorte.mail.poll-interval:PT2S}", initialDelayString = "PT1S")
    @Transactional
    public void sendDue() {
        List<OutgoingMail> due = mails.lockDue(clock.instant(), OutgoingMail.MAX_ATTEMPTS, Limit.of(50));
        if (due.isEmpty()) {
            return;
        }
        JavaMailSender sender = smtp.getIfAvailable();
        if (sender == null) {
            due.stream().filter(mail -> mail.getAttempts() == 0).forEach(mail -> log.warn(
                    "No SMTP server configured (SPRING_MAIL_HOST): mail to {} waits in the outbox: {}\n{}",
                    mail.getRecipient(), mail.getSubject(), mail.getBody()));
            due.forEach(mail -> mail.failed("No SMTP server configured", clock.instant()));
            return;
        }
        for (OutgoingMail mail : due) {
            try {
                SimpleMailMessage message = new SimpleMailMessage();
                message.setFrom(properties.from());
                message.setTo(mail.getRecipient());
                message.setSubject(mail.getSubject());
                message.setText(mail.getBody());
                sender.send(message);
                mail.sent(clock.instant());
                sent.increment();
            } catch (MailException e) {
                log.warn("Mail {} to {} not sent: {}", mail.getId(), mail.getRecipient(), e.getMessage());
                mail.failed(e.getMessage(), clock.instant());
                failed.increment();
            }
        }
    }
}
