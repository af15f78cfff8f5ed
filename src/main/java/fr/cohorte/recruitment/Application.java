package fr.cohorte.recruitment;

import java.time.Instant;

import fr.cohorte.directory.Background;
import fr.cohorte.directory.Civility;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

/** An application to a session, as the applicant sent it through the public form. */
@Entity
public class Application {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long sessionId;

    @Enumerated(EnumType.STRING)
    private Civility civility;
    private String givenName;
    private String familyName;
    private String email;
    private String phone;
    private String organisation;
    private String positionTitle;

    @ManyToOne(optional = false)
    private Background background;

    @Enumerated(EnumType.STRING)
    private Gender gender;
    private String motivation;

    @Enumerated(EnumType.STRING)
    private ApplicationStatus status;
    private Instant consentedAt;
    private Instant submittedAt;

    @Version
    private long version;

    protected Application() {
    }

    Application(Long sessionId, ApplicantDetails details, Background background, Instant now) {
        this.sessionId = sessionId;
        this.civility = details.civility();
        this.givenName = details.givenName();
        this.familyName = details.familyName();
        this.email = details.email();
        this.phone = details.phone();
        this.organisation = details.organisation();
        this.positionTitle = details.positionTitle();
        this.background = background;
        this.gender = details.gender();
        this.motivation = details.motivation();
        this.status = ApplicationStatus.SUBMITTED;
        this.consentedAt = now;
        this.submittedAt = now;
    }

    public String getFullName() {
        return givenName + " " + familyName;
    }

    public Long getId() { return id; }
    public Long getSessionId() { return sessionId; }
    public Civility getCivility() { return civility; }
    public String getGivenName() { return givenName; }
    public String getFamilyName() { return familyName; }
    public String getEmail() { return email; }
    public String getPhone() { return phone; }
    public String getOrganisation() { return organisation; }
    public String getPositionTitle() { return positionTitle; }
    public Background getBackground() { return background; }
    public Gender getGender() { return gender; }
    public String getMotivation() { return motivation; }
    public ApplicationStatus getStatus() { return status; }
    public Instant getConsentedAt() { return consentedAt; }
    public Instant getSubmittedAt() { return submittedAt; }
}
