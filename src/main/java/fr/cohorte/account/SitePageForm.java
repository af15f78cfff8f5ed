package fr.cohorte.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import fr.cohorte.web.SitePage;

/** A footer page as an administrator writes it, in both languages; the texts are plain paragraphs. */
public class SitePageForm {

    static final int MAX_BODY = 50_000;

    @NotBlank(message = "{field.required}")
    @Size(max = 200, message = "{field.too-long}")
    private String titleFr;

    @NotBlank(message = "{field.required}")
    @Size(max = 200, message = "{field.too-long}")
    private String titleEn;

    @NotBlank(message = "{field.required}")
    @Size(max = MAX_BODY, message = "{field.too-long}")
    private String bodyFr;

    @NotBlank(message = "{field.required}")
    @Size(max = MAX_BODY, message = "{field.too-long}")
    private String bodyEn;

    private long version;

    static SitePageForm of(SitePage page) {
        SitePageForm form = new SitePageForm();
        form.titleFr = page.getTitleFr();
        form.titleEn = page.getTitleEn();
        form.bodyFr = page.getBodyFr();
        form.bodyEn = page.getBodyEn();
        form.version = page.getVersion();
        return form;
    }

    public String getTitleFr() {
        return titleFr;
    }

    public void setTitleFr(String titleFr) {
        this.titleFr = titleFr == null ? null : titleFr.trim();
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn == null ? null : titleEn.trim();
    }

    public String getBodyFr() {
        return bodyFr;
    }

    public void setBodyFr(String bodyFr) {
        this.bodyFr = bodyFr == null ? null : bodyFr.strip();
    }

    public String getBodyEn() {
        return bodyEn;
    }

    public void setBodyEn(String bodyEn) {
        this.bodyEn = bodyEn == null ? null : bodyEn.strip();
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
