package org.jumelage.account.web;

import jakarta.validation.constraints.NotBlank;

/** The new-password form of a reset link; the link's secret travels in a hidden field. */
class ResetPasswordForm {

    private String token = "";

    @NotBlank(message = "{validation.required}")
    private String newPassword = "";

    @NotBlank(message = "{validation.required}")
    private String confirmation = "";

    boolean confirmationMatches() {
        return confirmation.equals(newPassword);
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
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
