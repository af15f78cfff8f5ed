package fr.cohorte.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One line of the audit trail; never changed once written. */
@Entity
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant occurredAt;
    private String actor;

    @Enumerated(EnumType.STRING)
    private AuditAction action;

    private String target;
    private String detail;

    /** A message key read in the reader's language; null on entries written before codes. */
    private String detailCode;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private String[] detailArgs;

    /** Changed fields as flat triples: field, before, after. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private String[] changes;

    protected AuditEvent() {
    }

    AuditEvent(Instant occurredAt, String actor, AuditAction action, String target, AuditDetail detail) {
        this(occurredAt, actor, action, target, (String) null);
        this.detailCode = detail.code();
        this.detailArgs = detail.arguments().toArray(String[]::new);
        this.changes = detail.changes().stream()
                .flatMap(c -> java.util.stream.Stream.of(c.field(), c.before(), c.after()))
                .toArray(String[]::new);
    }

    AuditEvent(Instant occurredAt, String actor, AuditAction action, String target, String detail) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.target = target;
        this.detail = detail;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getTarget() {
        return target;
    }

    public String getDetail() {
        return detail;
    }

    public String getDetailCode() {
        return detailCode;
    }

    public java.util.List<String> getDetailArguments() {
        return detailArgs == null ? java.util.List.of() : java.util.Arrays.asList(detailArgs);
    }

    public java.util.List<AuditDetail.Change> getChanges() {
        java.util.List<AuditDetail.Change> list = new java.util.ArrayList<>();
        for (int i = 0; changes != null && i + 2 < changes.length; i += 3) {
            list.add(new AuditDetail.Change(changes[i], changes[i + 1], changes[i + 2]));
        }
        return list;
    }
}
