package fr.cohorte.recruitment;

import static fr.cohorte.web.Text.blankToNull;

import fr.cohorte.directory.Civility;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.web.multipart.MultipartFile;

/** The public application form; it comes back whole with its errors, except the CV, which browsers never send back. */
public class ApplicationForm {

    private Civility civility;

    @NotBlank(message = "{field.required}")
    @Size(max = 100, message = "{field.too-long}")
    private String givenName;

    @NotBlank(message = "{field.required}")
    @Size(max = 100, message = "{field.too-long}")
    private String familyName;

    @NotBlank(message = "{field.required}")
    @Email(message = "{field.email}")
    @Size(max = 320, message = "{field.too-long}")
    private String email;

    @Pattern(regexp = "^$|[0-9+().\\s-]{6,40}", message = "{field.phone}")
    private String phone;

    @NotBlank(message = "{field.required}")
    @Size(max = 300, message = "{field.too-long}")
    private String organisation;

    @NotBlank(message = "{field.required}")
    @Size(max = 300, message = "{field.too-long}")
    private String positionTitle;

    @NotNull(message = "{field.required}")
    private Long backgroundId;

    @NotBlank(message = "{field.required}")
    @Size(max = 100, message = "{field.too-long}")
    private String sector;

    @NotNull(message = "{field.required}")
    private Region region;

    private Gender gender;

    @NotBlank(message = "{field.required}")
    @Size(max = 10000, message = "{field.too-long}")
    private String motivation;

    @AssertTrue(message = "{application.consent.required}")
    private boolean consent;

    private boolean keepForLater;

    private MultipartFile cv;

    public ApplicantDetails details() {
        return new ApplicantDetails(civility, givenName.trim(), familyName.trim(), email.trim(), blankToNull(phone),
                organisation.trim(), positionTitle.trim(), backgroundId, sector.trim(), region, gender, motivation.trim(),
                keepForLater);
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
    public String getOrganisation() { return organisation; }
    public void setOrganisation(String organisation) { this.organisation = organisation; }
    public String getPositionTitle() { return positionTitle; }
    public void setPositionTitle(String positionTitle) { this.positionTitle = positionTitle; }
    public Long getBackgroundId() { return backgroundId; }
    public void setBackgroundId(Long backgroundId) { this.backgroundId = backgroundId; }
    public String getSector() { return sector; }
    public void setSector(String sector) { this.sector = sector; }
    public Region getRegion() { return region; }
    public void setRegion(Region region) { this.region = region; }
    public boolean isKeepForLater() { return keepForLater; }
    public void setKeepForLater(boolean keepForLater) { this.keepForLater = keepForLater; }
    public Gender getGender() { return gender; }
    public void setGender(Gender gender) { this.gender = gender; }
    public String getMotivation() { return motivation; }
    public void setMotivation(String motivation) { this.motivation = motivation; }
    public boolean isConsent() { return consent; }
    public void setConsent(boolean consent) { this.consent = consent; }
    public MultipartFile getCv() { return cv; }
    public void setCv(MultipartFile cv) { this.cv = cv; }
}
