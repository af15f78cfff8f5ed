package fr.cohorte.directory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A horizon as administrators type it; the code is asked only when the horizon is created. */
public class HorizonForm {

    @Pattern(regexp = "^$|[a-z0-9]+(-[a-z0-9]+)*", message = "{horizon.code.invalid}")
    @Size(max = 64, message = "{field.too-long}")
    private String code;

    @NotBlank(message = "{field.required}")
    @Size(max = 200, message = "{field.too-long}")
    private String labelFr;

    @NotBlank(message = "{field.required}")
    @Size(max = 200, message = "{field.too-long}")
    private String labelEn;

    private long version;

    static HorizonForm of(Background background) {
        HorizonForm form = new HorizonForm();
        form.code = background.getCode();
        form.labelFr = background.getLabelFr();
        form.labelEn = background.getLabelEn();
        form.version = background.getVersion();
        return form;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? null : code.trim();
    }

    public String getLabelFr() {
        return labelFr;
    }

    public void setLabelFr(String labelFr) {
        this.labelFr = labelFr == null ? null : labelFr.trim();
    }

    public String getLabelEn() {
        return labelEn;
    }

    public void setLabelEn(String labelEn) {
        this.labelEn = labelEn == null ? null : labelEn.trim();
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
