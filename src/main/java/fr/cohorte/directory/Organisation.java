package fr.cohorte.directory;

import java.util.Optional;

import fr.cohorte.search.Findable;
import fr.cohorte.search.SearchEntry;
import fr.cohorte.search.Searchable;
import fr.cohorte.search.VisibilityKey;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

/** A company, union, administration, parliament, newspaper, training or research body... */
@Entity
@Audited
@Searchable(kind = "organisation", uses = {"name", "shortName", "address"})
public class Organisation implements Findable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;
    private String shortName;

    @Enumerated(EnumType.STRING)
    private OrganisationKind kind;

    private String website;
    private String siren;
    private String siret;
    private String address;

    @Version
    private long version;

    protected Organisation() {
    }

    public Organisation(String name, String shortName, OrganisationKind kind) {
        this.name = name;
        this.shortName = shortName;
        this.kind = kind;
    }

    public void update(OrganisationDetails details) {
        this.name = details.name();
        this.shortName = details.shortName();
        this.kind = details.kind();
        this.website = details.website();
        this.siren = details.siren();
        this.siret = details.siret();
        this.address = details.address();
    }

    /** What this record lacks and the other has (short name, website, SIREN, SIRET, address), taken from it: merging duplicates. */
    void takeMissingFrom(Organisation other) {
        shortName = shortName == null ? other.shortName : shortName;
        website = website == null ? other.website : website;
        siren = siren == null ? other.siren : siren;
        siret = siret == null ? other.siret : siret;
        address = address == null ? other.address : address;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getShortName() {
        return shortName;
    }

    /** Staff find organisations by name, short name and address. */
    @Override
    public Optional<SearchEntry> searchEntry() {
        return Optional.of(SearchEntry.of(shortName == null ? name : name + " (" + shortName + ")", "/directory/organisations/" + id)
                .text(address)
                .visibleTo(VisibilityKey.STAFF));
    }

    /** The name people use: the short name when there is one. */
    public String getDisplayName() {
        return shortName != null ? shortName : name;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public String getWebsite() {
        return website;
    }

    public String getSiren() {
        return siren;
    }

    public String getSiret() {
        return siret;
    }

    public String getAddress() {
        return address;
    }

    public long getVersion() {
        return version;
    }
}
