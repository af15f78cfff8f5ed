package fr.cohorte.directory;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

@Entity
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;
    private String shortName;

    @Enumerated(EnumType.STRING)
    private OrganisationKind kind;

    private String website;

    @Version
    private long version;

    protected Organisation() {
    }

    public Organisation(String name, String shortName, OrganisationKind kind) {
        this.name = name;
        this.shortName = shortName;
        this.kind = kind;
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
}
