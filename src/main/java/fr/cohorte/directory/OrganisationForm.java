package fr.cohorte.directory;

import static fr.cohorte.web.Text.blankToNull;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The organisation form as staff fill it in. */
public class OrganisationForm {

    @NotBlank(message = "{field.required}")
    @Size(max = 300, message = "{field.too-long}")
    private String name;

    @Size(max = 60, message = "{field.too-long}")
    private String shortName;

    @NotNull(message = "{field.required}")
    private OrganisationKind kind;

    @Pattern(regexp = "^$|https?://\\S+", message = "{field.url}")
    @Size(max = 500, message = "{field.too-long}")
    private String website;

    private String siren;
    private String siret;

    @Size(max = 500, message = "{field.too-long}")
    private String address;

    private long version;

    public static OrganisationForm of(Organisation organisation) {
        OrganisationForm form = new OrganisationForm();
        form.name = organisation.getName();
        form.shortName = organisation.getShortName();
        form.kind = organisation.getKind();
        form.website = organisation.getWebsite();
        form.siren = organisation.getSiren();
        form.siret = organisation.getSiret();
        form.address = organisation.getAddress();
        form.version = organisation.getVersion();
        return form;
    }

    /** SIREN and SIRET are typed with spaces as printed on documents; only the digits count. */
    public String sirenDigits() {
        return digits(siren);
    }

    public String siretDigits() {
        return digits(siret);
    }

    public OrganisationDetails details() {
        return new OrganisationDetails(name.trim(), blankToNull(shortName), kind, blankToNull(website),
                sirenDigits(), siretDigits(), blankToNull(address));
    }

    private static String digits(String text) {
        return text == null || text.isBlank() ? null : text.replaceAll("\\s", "");
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getShortName() { return shortName; }
    public void setShortName(String shortName) { this.shortName = shortName; }
    public OrganisationKind getKind() { return kind; }
    public void setKind(OrganisationKind kind) { this.kind = kind; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
    public String getSiren() { return siren; }
    public void setSiren(String siren) { this.siren = siren; }
    public String getSiret() { return siret; }
    public void setSiret(String siret) { this.siret = siret; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
