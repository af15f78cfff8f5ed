package fr.cohorte.session;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

/**
 * A person enrolled in a session's cohort, with the horizon they represent in that session (which
 * may differ from the one they come from years later).
 */
@Entity
public class Participant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id")
    private Session session;

    private Long personId;
    private Long backgroundId;

    @Version
    private long version;

    protected Participant() {
    }

    Participant(Session session, Long personId, Long backgroundId) {
        this.session = session;
        this.personId = personId;
        this.backgroundId = backgroundId;
    }

    public Long getId() {
        return id;
    }

    public Long getPersonId() {
        return personId;
    }

    public Long getBackgroundId() {
        return backgroundId;
    }
}
