package org.jumelage.account.web;

/** The new-password form of a reset link; the link's secret travels in a hidden field. */
class ResetPasswordForm extends NewPasswordFields {

    private String token = "";

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
