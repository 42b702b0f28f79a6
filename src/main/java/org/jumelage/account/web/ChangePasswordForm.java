package org.jumelage.account.web;

import jakarta.validation.constraints.NotBlank;

/** The profile page's change-password form. */
class ChangePasswordForm {

    @NotBlank(message = "{validation.required}")
    private String currentPassword = "";

    @NotBlank(message = "{validation.required}")
    private String newPassword = "";

    @NotBlank(message = "{validation.required}")
    private String confirmation = "";

    boolean confirmationMatches() {
        return confirmation.equals(newPassword);
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
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
