package fr.cohorte.directory;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * Anyone Cohorte knows: participant, speaker, host, staff. What a person does in a session is a
 * relation held by that session, never a copy of the person.
 */
@Entity
@Audited
public class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private Civility civility;

    private String givenName;
    private String familyName;
    private String email;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    private String positionTitle;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "background_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Background background;

    private String phone;
    private String languages;
    private String bio;
    private boolean alumniOptIn;

    @Version
    private long version;

    protected Person() {
    }

    public Person(String givenName, String familyName) {
        this(givenName, familyName, null);
    }

    public Person(String givenName, String familyName, String email) {
        this.givenName = givenName;
        this.familyName = familyName;
        this.email = email;
    }

    /** Replaces what staff can edit, all at once: a person is never half updated. */
    public void update(PersonDetails details, Organisation organisation, Background background) {
        this.civility = details.civility();
        this.givenName = details.givenName();
        this.familyName = details.familyName();
        this.email = details.email();
        this.phone = details.phone();
        this.positionTitle = details.positionTitle();
        this.languages = details.languages();
        this.bio = details.bio();
        this.organisation = organisation;
        this.background = background;
    }

    public Long getId() {
        return id;
    }

    public Civility getCivility() {
        return civility;
    }

    public String getGivenName() {
        return givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public String getFullName() {
        return givenName + " " + familyName;
    }

    public String getEmail() {
        return email;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public String getPositionTitle() {
        return positionTitle;
    }

    public Background getBackground() {
        return background;
    }

    public String getPhone() {
        return phone;
    }

    public String getLanguages() {
        return languages;
    }

    public String getBio() {
        return bio;
    }

    public boolean isAlumniOptIn() {
        return alumniOptIn;
    }

    public long getVersion() {
        return version;
    }
}
