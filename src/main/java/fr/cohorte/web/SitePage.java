package fr.cohorte.web;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A page the footer must link to (accessibility statement, legal notice, personal data, cookies):
 * its text belongs to the institution, so it lives in the database, in both languages.
 */
@Entity
public class SitePage {

    @Id
    private String slug;

    private int position;
    private String titleFr;
    private String titleEn;

    @Column(columnDefinition = "text")
    private String bodyFr;

    @Column(columnDefinition = "text")
    private String bodyEn;

    @Version
    private long version;

    protected SitePage() {
    }

    public String getSlug() {
        return slug;
    }

    public String title(Locale locale) {
        return "en".equals(locale.getLanguage()) ? titleEn : titleFr;
    }

    public String body(Locale locale) {
        return "en".equals(locale.getLanguage()) ? bodyEn : bodyFr;
    }

    public String getTitleFr() {
        return titleFr;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public String getBodyFr() {
        return bodyFr;
    }

    public String getBodyEn() {
        return bodyEn;
    }

    public long getVersion() {
        return version;
    }

    void rewrite(String titleFr, String titleEn, String bodyFr, String bodyEn) {
        this.titleFr = titleFr;
        this.titleEn = titleEn;
        this.bodyFr = bodyFr;
        this.bodyEn = bodyEn;
    }
}
