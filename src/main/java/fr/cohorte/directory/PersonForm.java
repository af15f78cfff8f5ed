package fr.cohorte.directory;

import static fr.cohorte.web.Text.blankToNull;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The person form as staff fill it in; it comes back whole, with its errors, when something is wrong. */
public class PersonForm {

    private Civility civility;

    @NotBlank(message = "{field.required}")
    @Size(max = 100, message = "{field.too-long}")
    private String givenName;

    @NotBlank(message = "{field.required}")
    @Size(max = 100, message = "{field.too-long}")
    private String familyName;

    @Email(message = "{field.email}")
    @Size(max = 320, message = "{field.too-long}")
    private String email;

    @Pattern(regexp = "^$|[0-9+().\\s-]{6,40}", message = "{field.phone}")
    private String phone;

    private Long organisationId;

    @Size(max = 300, message = "{field.too-long}")
    private String positionTitle;

    private Long backgroundId;

    @Size(max = 200, message = "{field.too-long}")
    private String languages;

    @Size(max = 2000, message = "{field.too-long}")
    private String bio;

    private long version;
    private boolean duplicateConfirmed;
    private boolean removePhoto;

    public static PersonForm of(Person person) {
        PersonForm form = new PersonForm();
        form.civility = person.getCivility();
        form.givenName = person.getGivenName();
        form.familyName = person.getFamilyName();
        form.email = person.getEmail();
        form.phone = person.getPhone();
        form.organisationId = person.getOrganisation() == null ? null : person.getOrganisation().getId();
        form.positionTitle = person.getPositionTitle();
        form.backgroundId = person.getBackground() == null ? null : person.getBackground().getId();
        form.languages = person.getLanguages();
        form.bio = person.getBio();
        form.version = person.getVersion();
        return form;
    }

    public PersonDetails details() {
        return new PersonDetails(civility, trim(givenName), trim(familyName), blankToNull(email), blankToNull(phone),
                blankToNull(positionTitle), blankToNull(languages), blankToNull(bio));
    }

    private static String trim(String text) {
        return text == null ? null : text.trim();
    }

    public Civility getCivility() { return civility; }
    public void setCivility(Civility civility) { this.civility = civility; }
    public String getGivenName() { return givenName; }
    public void setGivenName(String givenName) { this.givenName = givenName; }
    public String getFamilyName() { return familyName; }
    public void setFamilyName(String familyName) { this.familyName = familyName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public Long getOrganisationId() { return organisationId; }
    public void setOrganisationId(Long organisationId) { this.organisationId = organisationId; }
    public String getPositionTitle() { return positionTitle; }
    public void setPositionTitle(String positionTitle) { this.positionTitle = positionTitle; }
    public Long getBackgroundId() { return backgroundId; }
    public void setBackgroundId(Long backgroundId) { this.backgroundId = backgroundId; }
    public String getLanguages() { return languages; }
    public void setLanguages(String languages) { this.languages = languages; }
    public String getBio() { return bio; }
    public void setBio(String bio) { this.bio = bio; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public boolean isRemovePhoto() { return removePhoto; }
    public void setRemovePhoto(boolean removePhoto) { this.removePhoto = removePhoto; }
    public boolean isDuplicateConfirmed() { return duplicateConfirmed; }
    public void setDuplicateConfirmed(boolean duplicateConfirmed) { this.duplicateConfirmed = duplicateConfirmed; }
}
