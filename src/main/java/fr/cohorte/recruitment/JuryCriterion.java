package fr.cohorte.recruitment;

import java.math.BigDecimal;
import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** What the jury of a session marks an application on, with its weight and the highest mark it takes. */
@Entity
public class JuryCriterion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long sessionId;
    private String name;
    private String nameEn;
    private BigDecimal weight;
    private int maximum;
    private int position;

    @Version
    private long version;

    protected JuryCriterion() {
    }

    JuryCriterion(Long sessionId, String name, String nameEn, BigDecimal weight, int maximum, int position) {
        this.sessionId = sessionId;
        update(name, nameEn, weight, maximum, position);
    }

    void update(String name, String nameEn, BigDecimal weight, int maximum, int position) {
        if (weight.signum() <= 0 || maximum < 1) {
            throw new IllegalArgumentException("A criterion weighs something and takes at least one point");
        }
        this.name = name;
        this.nameEn = nameEn;
        this.weight = weight;
        this.maximum = maximum;
        this.position = position;
    }

    /** The name in the reader's language, French when no English name was given. */
    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) && nameEn != null ? nameEn : name;
    }

    /** "1,5" in French, "1.5" in English. */
    public String weightText(Locale locale) {
        return Decimals.show(weight, locale);
    }

    public long getVersion() { return version; }
    public Long getId() { return id; }
    public Long getSessionId() { return sessionId; }
    public String getName() { return name; }
    public String getNameEn() { return nameEn; }
    public BigDecimal getWeight() { return weight; }
    public int getMaximum() { return maximum; }
    public int getPosition() { return position; }
}
