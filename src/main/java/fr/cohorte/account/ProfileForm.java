package fr.cohorte.account;

import static fr.cohorte.web.Text.blankToNull;

import java.util.EnumSet;
import java.util.Set;

import fr.cohorte.directory.AlumniField;
import fr.cohorte.directory.Person;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a logged-in person may correct about themself, and what the alumni directory may show of them. */
public class ProfileForm {

    @Pattern(regexp = "^$|[0-9+().\\s-]{6,40}", message = "{field.phone}")
    private String phone;

    @Size(max = 200, message = "{field.too-long}")
    private String languages;

    @Size(max = 2000, message = "{field.too-long}")
    private String bio;

    private boolean alumniOptIn;
    private boolean removePhoto;
    private Set<AlumniField> alumniFields = EnumSet.noneOf(AlumniField.class);

    static ProfileForm of(Person person) {
        ProfileForm form = new ProfileForm();
        form.phone = person.getPhone();
        form.languages = person.getLanguages();
        form.bio = person.getBio();
        form.alumniOptIn = person.isAlumniOptIn();
        form.alumniFields = EnumSet.noneOf(AlumniField.class);
        form.alumniFields.addAll(person.getAlumniFields());
        return form;
    }

    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getLanguages() { return languages; }
    public void setLanguages(String languages) { this.languages = languages; }
    public String getBio() { return bio; }
    public void setBio(String bio) { this.bio = bio; }
    public boolean isAlumniOptIn() { return alumniOptIn; }
    public void setAlumniOptIn(boolean alumniOptIn) { this.alumniOptIn = alumniOptIn; }
    public boolean isRemovePhoto() { return removePhoto; }
    public void setRemovePhoto(boolean removePhoto) { this.removePhoto = removePhoto; }
    public Set<AlumniField> getAlumniFields() { return alumniFields; }
    public void setAlumniFields(Set<AlumniField> alumniFields) { this.alumniFields = alumniFields == null ? EnumSet.noneOf(AlumniField.class) : alumniFields; }
}
