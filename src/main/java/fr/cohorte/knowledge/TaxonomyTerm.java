package fr.cohorte.knowledge;

import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A term of a {@link Taxonomy}, named in French and English. A retired term is no longer offered to
 * new practices but stays on those that carry it: terms are never deleted.
 */
@Entity
public class TaxonomyTerm {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private Taxonomy taxonomy;

    private String nameFr;
    private String nameEn;
    private int position;
    private boolean retired;

    @Version
    private long version;

    protected TaxonomyTerm() {
    }

    TaxonomyTerm(Taxonomy taxonomy, String nameFr, String nameEn, int position) {
        this.taxonomy = taxonomy;
        this.position = position;
        rename(nameFr, nameEn);
    }

    void rename(String nameFr, String nameEn) {
        this.nameFr = nameFr.strip();
        this.nameEn = nameEn.strip();
    }

    void moveTo(int position) {
        this.position = position;
    }

    void retire() {
        this.retired = true;
    }

    void reinstate() {
        this.retired = false;
    }

    /** The name in the reader's language: English for English readers, French otherwise. */
    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameFr;
    }

    public Long getId() {
        return id;
    }

    public Taxonomy getTaxonomy() {
        return taxonomy;
    }

    public String getNameFr() {
        return nameFr;
    }

    public String getNameEn() {
        return nameEn;
    }

    public int getPosition() {
        return position;
    }

    public boolean isRetired() {
        return retired;
    }

    public long getVersion() {
        return version;
    }
}
