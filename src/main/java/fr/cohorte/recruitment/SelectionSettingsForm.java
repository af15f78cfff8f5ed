package fr.cohorte.recruitment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import fr.cohorte.directory.Background;
import fr.cohorte.recruitment.SelectionSettings.QuotaSetting;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.validation.Errors;

/** The selection settings as staff type them: one row of minimum and maximum per horizon and per region. */
public class SelectionSettingsForm {

    @NotNull(message = "{field.required}")
    @Min(value = 1, message = "{selection.settings.seats.range}")
    @Max(value = 1000, message = "{selection.settings.seats.range}")
    private Integer seats;

    /** The version of the settings the form was opened on: a save on another is refused ({@link fr.cohorte.web.EditConflicts}). */
    private long version = SelectionSettings.NOT_SAVED_YET;

    @Min(value = 1, message = "{selection.settings.max-per-organisation.min}")
    private Integer maxPerOrganisation;

    @Min(value = 0, message = "{selection.settings.gender.range}")
    @Max(value = 50, message = "{selection.settings.gender.range}")
    private Integer genderMinPercent;

    @Valid
    private List<Row> quotas = new ArrayList<>();

    /** A horizon's or region's bounds; {@code label} is for display only and comes from the server. */
    public static class Row {
        private String attribute;
        private String value;
        private String label;

        @Min(value = 0, message = "{selection.settings.quota.negative}")
        private Integer min;

        @Min(value = 0, message = "{selection.settings.quota.negative}")
        private Integer max;

        public Row() {
        }

        Row(String attribute, String value, String label, Integer min, Integer max) {
            this.attribute = attribute;
            this.value = value;
            this.label = label;
            this.min = min;
            this.max = max;
        }

        public String getAttribute() { return attribute; }
        public void setAttribute(String attribute) { this.attribute = attribute; }
        public String getValue() { return value; }
        public void setValue(String value) { this.value = value; }
        public String getLabel() { return label; }
        public Integer getMin() { return min; }
        public void setMin(Integer min) { this.min = min; }
        public Integer getMax() { return max; }
        public void setMax(Integer max) { this.max = max; }
    }

    static SelectionSettingsForm of(SelectionSettings settings, List<Background> backgrounds) {
        SelectionSettingsForm form = new SelectionSettingsForm();
        form.seats = settings.getSeats();
        form.version = settings.getVersion();
        form.maxPerOrganisation = settings.getMaxPerOrganisation();
        form.genderMinPercent = settings.getGenderMinPercent();
        for (Background background : backgrounds) {
            QuotaSetting quota = settings.quota(QuotaSetting.BACKGROUND, String.valueOf(background.getId()));
            form.quotas.add(new Row(quota.attribute(), quota.value(), null, quota.minCount(), quota.maxCount()));
        }
        for (Region region : Region.values()) {
            QuotaSetting quota = settings.quota(QuotaSetting.REGION, region.name());
            form.quotas.add(new Row(quota.attribute(), quota.value(), null, quota.minCount(), quota.maxCount()));
        }
        return form;
    }

    /**
     * Keeps only rows naming a horizon or region that exists, in the order the page shows them, and sets
     * their labels: whatever was posted, the page shows the server's rows.
     */
    void labelRows(List<Background> backgrounds, Function<Region, String> regionLabel, Locale locale) {
        List<Row> posted = quotas;
        quotas = new ArrayList<>();
        for (Background background : backgrounds) {
            Row row = find(posted, QuotaSetting.BACKGROUND, String.valueOf(background.getId()));
            row.label = background.label(locale);
            quotas.add(row);
        }
        for (Region region : Region.values()) {
            Row row = find(posted, QuotaSetting.REGION, region.name());
            row.label = regionLabel.apply(region);
            quotas.add(row);
        }
    }

    private static Row find(List<Row> rows, String attribute, String value) {
        return rows.stream().filter(r -> attribute.equals(r.attribute) && value.equals(r.value)).findFirst()
                .orElse(new Row(attribute, value, null, null, null));
    }

    /** A minimum above its maximum is refused on the maximum's field, naming both. */
    void checkBounds(Errors errors) {
        for (int i = 0; i < quotas.size(); i++) {
            Row row = quotas.get(i);
            if (row.min != null && row.max != null && row.min > row.max) {
                errors.rejectValue("quotas[" + i + "].max", "selection.settings.quota.min-above-max",
                        new Object[] {row.min, row.max}, null);
            }
        }
    }

    List<QuotaSetting> quotaSettings() {
        return quotas.stream().map(r -> new QuotaSetting(r.attribute, r.value, r.min, r.max)).toList();
    }

    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public Integer getSeats() { return seats; }
    public void setSeats(Integer seats) { this.seats = seats; }
    public Integer getMaxPerOrganisation() { return maxPerOrganisation; }
    public void setMaxPerOrganisation(Integer maxPerOrganisation) { this.maxPerOrganisation = maxPerOrganisation; }
    public Integer getGenderMinPercent() { return genderMinPercent; }
    public void setGenderMinPercent(Integer genderMinPercent) { this.genderMinPercent = genderMinPercent; }
    public List<Row> getQuotas() { return quotas; }
    public void setQuotas(List<Row> quotas) { this.quotas = quotas; }
}
