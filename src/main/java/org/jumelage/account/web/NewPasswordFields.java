package org.jumelage.account.web;

import jakarta.validation.constraints.NotBlank;

/** A new password typed twice: the part the change-password and reset-password forms share. */
abstract class NewPasswordFields {

    @NotBlank(message = "{validation.required}")
    private String newPassword = "";

    @NotBlank(message = "{validation.required}")
    private String confirmation = "";

    boolean confirmationMatches() {
        return confirmation.equals(newPassword);
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
