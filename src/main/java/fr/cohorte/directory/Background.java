package fr.cohorte.directory;

import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A horizon participants come from (company, trade union, State administration...). The list is data,
 * so that every institute can keep its own categories.
 */
@Entity
public class Background {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;
    private String labelFr;
    private String labelEn;
    private int position;

    @Version
    private long version;

    protected Background() {
    }

    public Background(String code, String labelFr, String labelEn, int position) {
        this.code = code;
        this.labelFr = labelFr;
        this.labelEn = labelEn;
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? labelEn : labelFr;
    }

    public int getPosition() {
        return position;
    }

    public String getLabelFr() {
        return labelFr;
    }

    public String getLabelEn() {
        return labelEn;
    }

    public long getVersion() {
        return version;
    }

    void rename(String labelFr, String labelEn) {
        this.labelFr = labelFr;
        this.labelEn = labelEn;
    }

    void moveTo(int position) {
        this.position = position;
    }
}
