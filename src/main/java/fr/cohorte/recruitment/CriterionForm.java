package fr.cohorte.recruitment;

import java.math.BigDecimal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A jury criterion as staff type it; the weight may be decimal, with a comma or a dot. */
public class CriterionForm {

    @NotBlank(message = "{field.required}")
    @Size(max = 200, message = "{field.too-long}")
    private String name;

    @Size(max = 200, message = "{field.too-long}")
    private String nameEn;

    @NotBlank(message = "{field.required}")
    private String weight = "1";

    @NotNull(message = "{field.required}")
    @Min(value = 1, message = "{jury.criterion.maximum.range}")
    @Max(value = 100, message = "{jury.criterion.maximum.range}")
    private Integer maximum = 20;

    @NotNull(message = "{field.required}")
    @Min(value = 1, message = "{jury.criterion.position.range}")
    @Max(value = 99, message = "{jury.criterion.position.range}")
    private Integer position;

    /** The version of the criterion the form was opened on: a save on another is refused ({@link fr.cohorte.web.EditConflicts}). */
    private long version;

    static CriterionForm of(JuryCriterion criterion) {
        CriterionForm form = new CriterionForm();
        form.name = criterion.getName();
        form.nameEn = criterion.getNameEn();
        form.weight = criterion.getWeight().stripTrailingZeros().toPlainString();
        form.maximum = criterion.getMaximum();
        form.position = criterion.getPosition();
        form.version = criterion.getVersion();
        return form;
    }

    /** The weight typed, if it is a positive number of at most two decimals. */
    BigDecimal parsedWeight() {
        return Decimals.parse(weight).filter(w -> w.signum() > 0).orElse(null);
    }

    String trimmedNameEn() {
        return nameEn == null || nameEn.isBlank() ? null : nameEn.strip();
    }

    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public String getWeight() { return weight; }
    public void setWeight(String weight) { this.weight = weight; }
    public Integer getMaximum() { return maximum; }
    public void setMaximum(Integer maximum) { this.maximum = maximum; }
    public Integer getPosition() { return position; }
    public void setPosition(Integer position) { this.position = position; }
}
