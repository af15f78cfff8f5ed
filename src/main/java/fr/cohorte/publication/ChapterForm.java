package fr.cohorte.publication;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A chapter's edit form: what the editor typed, and the version they started from. */
public class ChapterForm {

    @NotBlank
    @Size(max = 500)
    private String title;

    private String body;
    private long version;

    static ChapterForm of(Chapter chapter) {
        ChapterForm form = new ChapterForm();
        form.title = chapter.getTitle();
        form.body = chapter.getBody();
        form.version = chapter.getVersion();
        return form;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
