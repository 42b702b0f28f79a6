package org.jumelage.account.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;
import org.jumelage.account.NewUser;
import org.jumelage.account.Role;
import org.jumelage.shared.EmailAddress;
import org.jumelage.shared.validation.ValidEmailAddress;

/** The administrator's new-user form; also the JSON body of {@code POST /api/v1/users}. */
class CreateUserForm {

    @NotBlank(message = "{validation.required}")
    @Schema(format = "email")
    @ValidEmailAddress(message = "{validation.email}")
    @Size(max = EmailAddress.MAX_LENGTH, message = "{validation.max-length}")
    private String email = "";

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.max-length}")
    private String displayName = "";

    @NotBlank(message = "{validation.required}")
    private String password = "";

    @NotBlank(message = "{validation.required}")
    private String language = "en";

    @NotEmpty(message = "{account.no-role}")
    private Set<Role> roles = EnumSet.of(Role.COORDINATOR);

    NewUser toCommand() {
        return new NewUser(email, displayName, password, language, roles);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles;
    }
}
