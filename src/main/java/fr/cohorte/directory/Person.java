package fr.cohorte.directory;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import fr.cohorte.search.Findable;
import fr.cohorte.search.SearchEntry;
import fr.cohorte.search.Searchable;
import fr.cohorte.search.VisibilityKey;
import jakarta.persistence.Convert;
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
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;

/**
 * Anyone Cohorte knows: participant, speaker, host, staff. What a person does in a session is a
 * relation held by that session, never a copy of the person.
 */
@Entity
@Audited
@Searchable(kind = "person", uses = {"givenName", "familyName", "email", "positionTitle", "organisation.name",
        "organisation.shortName", "anonymisedAt"})
public class Person implements Findable {

    /** The names an erased person keeps; pages show a translated label instead (see isAnonymised). */
    public static final String ANONYMISED_GIVEN_NAME = "Personne";
    public static final String ANONYMISED_FAMILY_NAME = "anonymisée";

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
    // An organisation does not list its members: the directory reindexes them when it renames or merges it.
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
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

    @Convert(converter = AlumniField.SetConverter.class)
    private Set<AlumniField> alumniFields = EnumSet.noneOf(AlumniField.class);

    /** Set when the person was erased: the row stays so that every relation stays countable. */
    private Instant anonymisedAt;

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

    /**
     * What the person corrects about themself (right to rectification): how to reach them, what
     * they say about themself, and what the alumni directory may show.
     */
    public void rectify(String phone, String languages, String bio, boolean alumniOptIn, Set<AlumniField> alumniFields) {
        this.phone = phone;
        this.languages = languages;
        this.bio = bio;
        this.alumniOptIn = alumniOptIn;
        this.alumniFields = alumniFields.isEmpty() ? EnumSet.noneOf(AlumniField.class) : EnumSet.copyOf(alumniFields);
    }

    /**
     * Erases everything that identifies the person (right to erasure). The horizon stays: it is a
     * category, not an identity, and a session's composition is counted by it.
     */
    public void anonymise(Instant now) {
        this.civility = null;
        this.givenName = ANONYMISED_GIVEN_NAME;
        this.familyName = ANONYMISED_FAMILY_NAME;
        this.email = null;
        this.phone = null;
        this.organisation = null;
        this.positionTitle = null;
        this.languages = null;
        this.bio = null;
        this.alumniOptIn = false;
        this.alumniFields = EnumSet.noneOf(AlumniField.class);
        this.anonymisedAt = now;
    }

    /** Takes the values of the person merged into this one, for the fields staff chose from them. */
    void takeFrom(Person other, Set<PersonField> fields) {
        for (PersonField field : fields) {
            switch (field) {
                case CIVILITY -> civility = other.civility;
                case GIVEN_NAME -> givenName = other.givenName;
                case FAMILY_NAME -> familyName = other.familyName;
                case EMAIL -> { } // taken apart (useEmail), once the merged record has let go of it
                case PHONE -> phone = other.phone;
                case ORGANISATION -> organisation = other.organisation;
                case POSITION -> positionTitle = other.positionTitle;
                case BACKGROUND -> background = other.background;
                case LANGUAGES -> languages = other.languages;
                case BIO -> bio = other.bio;
            }
        }
        if (other.alumniOptIn && !alumniOptIn) {
            alumniOptIn = true;
            alumniFields = other.alumniFields.isEmpty() ? EnumSet.noneOf(AlumniField.class) : EnumSet.copyOf(other.alumniFields);
        }
    }

    /** The merged person's address must leave before the kept one takes it: addresses are unique. */
    void releaseEmail() {
        this.email = null;
    }

    void useEmail(String email) {
        this.email = email;
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

    /** Staff find persons by name, e-mail, position and organisation; an erased person is found by nobody. */
    @Override
    public Optional<SearchEntry> searchEntry() {
        if (isAnonymised()) {
            return Optional.empty();
        }
        return Optional.of(SearchEntry.of(getFullName(), "/directory/persons/" + id)
                .text(positionTitle, organisation == null ? null : organisation.getName(),
                        organisation == null ? null : organisation.getShortName(), email)
                .visibleTo(VisibilityKey.STAFF));
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

    public Set<AlumniField> getAlumniFields() {
        return alumniFields.isEmpty() ? Set.of() : EnumSet.copyOf(alumniFields);
    }

    public boolean shows(AlumniField field) {
        return alumniOptIn && alumniFields.contains(field);
    }

    public Instant getAnonymisedAt() {
        return anonymisedAt;
    }

    public boolean isAnonymised() {
        return anonymisedAt != null;
    }

    public long getVersion() {
        return version;
    }
}
