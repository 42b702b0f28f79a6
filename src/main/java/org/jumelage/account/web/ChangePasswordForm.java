package org.jumelage.account.web;

import jakarta.validation.constraints.NotBlank;

/** The profile page's change-password form. */
class ChangePasswordForm extends NewPasswordFields {

    @NotBlank(message = "{validation.required}")
    private String currentPassword = "";

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }
}
