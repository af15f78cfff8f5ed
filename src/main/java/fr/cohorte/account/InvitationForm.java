package fr.cohorte.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Whom an administrator invites, with which role. */
public class InvitationForm {

    @NotBlank(message = "{field.required}")
    @Email(message = "{field.email}")
    @Size(max = 320, message = "{field.too-long}")
    private String email;

    @NotBlank(message = "{field.required}")
    @Size(max = 100, message = "{field.too-long}")
    private String givenName;

    @NotBlank(message = "{field.required}")
    @Size(max = 100, message = "{field.too-long}")
    private String familyName;

    @NotNull(message = "{field.required}")
    private Role role = Role.STAFF;

    private Long scopeId;

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Long getScopeId() {
        return scopeId;
    }

    public void setScopeId(Long scopeId) {
        this.scopeId = scopeId;
    }
}
