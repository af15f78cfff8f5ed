package fr.cohorte.mail;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A mail waiting in (or sent from) the outbox. */
@Entity
@Table(name = "mail_outbox")
public class OutgoingMail {

    static final int MAX_ATTEMPTS = 8;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String recipient;
    private String subject;

    @Column(columnDefinition = "text")
    private String body;

    private Instant createdAt;
    private Instant sentAt;
    private int attempts;
    private Instant nextTryAt;
    private String lastError;

    protected OutgoingMail() {
    }

    OutgoingMail(String recipient, String subject, String body, Instant now) {
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.createdAt = now;
        this.nextTryAt = now;
    }

    void sent(Instant now) {
        this.sentAt = now;
        this.attempts++;
        this.lastError = null;
    }

    /** Backs off exponentially (1, 2, 4... minutes) so a long SMTP outage does not spin. */
    void failed(String error, Instant now) {
        this.attempts++;
        this.lastError = error == null ? null : error.substring(0, Math.min(error.length(), 2000));
        this.nextTryAt = now.plusSeconds(60L << Math.min(attempts - 1, 10));
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }
}
