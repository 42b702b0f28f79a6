package org.jumelage.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jumelage.shared.EmailAddress;
import org.jumelage.shared.validation.ValidEmailAddress;

/** The "forgot password" form: the address to send the link to. */
class ForgotPasswordForm {

    @NotBlank(message = "{validation.required}")
    @ValidEmailAddress(message = "{validation.email}")
    @Size(max = EmailAddress.MAX_LENGTH, message = "{validation.max-length}")
    private String email = "";

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
