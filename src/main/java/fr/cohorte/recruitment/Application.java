package fr.cohorte.recruitment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

import fr.cohorte.directory.Background;
import fr.cohorte.directory.Civility;
import fr.cohorte.web.SecretTokens;
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

    private String sector;

    @Enumerated(EnumType.STRING)
    private Region region;

    @Enumerated(EnumType.STRING)
    private Gender gender;
    private String motivation;
    private boolean keepForLater;
    private String withdrawalTokenHash;
    private BigDecimal juryScore;
    private Instant anonymisedAt;
    private Instant withdrawnAt;

    @Enumerated(EnumType.STRING)
    private ApplicationSource source;
    private String importedBy;

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
        this.sector = details.sector();
        this.region = details.region();
        this.gender = details.gender();
        this.motivation = details.motivation();
        this.keepForLater = details.keepForLater();
        this.status = ApplicationStatus.SUBMITTED;
        this.source = ApplicationSource.FORM;
        this.consentedAt = now;
        this.submittedAt = now;
    }

    /**
     * An application from a staff import: the staff member vouches that the applicant consented, so
     * the consent is recorded as theirs at the import's time.
     */
    static Application imported(Long sessionId, ApplicantDetails details, Background background, String staff, Instant now) {
        Application application = new Application(sessionId, details, background, now);
        application.source = ApplicationSource.STAFF_IMPORT;
        application.importedBy = staff;
        return application;
    }

    /** The jury's combined score, or null while nobody has scored the application. */
    void recordJuryScore(BigDecimal combined) {
        this.juryScore = combined;
    }

    /** The outcome of a confirmed selection, or a change of it (a replacement). */
    void decide(ApplicationStatus outcome) {
        if (status == ApplicationStatus.WITHDRAWN || outcome == ApplicationStatus.WITHDRAWN) {
            throw new IllegalStateException("A withdrawal is the applicant's, not a decision");
        }
        this.status = Objects.requireNonNull(outcome);
    }

    /** The applicant (through their link) or staff on their behalf takes the application back. */
    void withdraw(Instant now) {
        if (status == ApplicationStatus.WITHDRAWN) {
            throw new IllegalStateException("Application " + id + " is already withdrawn");
        }
        this.status = ApplicationStatus.WITHDRAWN;
        this.withdrawnAt = now;
    }

    /** The secret of the withdrawal link sent in the acknowledgement, of which only the hash is kept. */
    void assignWithdrawalToken(String token) {
        this.withdrawalTokenHash = SecretTokens.hash(token);
    }

    /** Replaces everything that identifies the applicant; what the selection needs to stay explainable is kept. */
    void anonymise(Instant now) {
        this.civility = null;
        this.givenName = "—";
        this.familyName = "Anonymisé·e #" + id;
        this.email = "anonymised-" + id + "@invalid";
        this.phone = null;
        this.positionTitle = "—";
        this.motivation = "—";
        this.withdrawalTokenHash = null;
        this.anonymisedAt = now;
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
    public String getSector() { return sector; }
    public Region getRegion() { return region; }
    public Gender getGender() { return gender; }
    public boolean isKeepForLater() { return keepForLater; }
    public BigDecimal getJuryScore() { return juryScore; }
    public Instant getAnonymisedAt() { return anonymisedAt; }
    public boolean isAnonymised() { return anonymisedAt != null; }
    /** Jurors mark it: it is neither withdrawn nor anonymised (marks given before stay on the staff's panel). */
    public boolean isToScore() { return status != ApplicationStatus.WITHDRAWN && !isAnonymised(); }
    public Instant getWithdrawnAt() { return withdrawnAt; }
    public ApplicationSource getSource() { return source; }
    public String getImportedBy() { return importedBy; }
    public String getMotivation() { return motivation; }
    public ApplicationStatus getStatus() { return status; }
    public Instant getConsentedAt() { return consentedAt; }
    public Instant getSubmittedAt() { return submittedAt; }
}
