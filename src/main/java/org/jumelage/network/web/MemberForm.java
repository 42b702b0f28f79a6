package org.jumelage.network.web;

import jakarta.validation.constraints.NotBlank;

/** The administrator's form that adds a user, named by e-mail, to an organisation. */
class MemberForm {

    @NotBlank(message = "{validation.required}")
    private String memberEmail = "";

    public String getMemberEmail() {
        return memberEmail;
    }

    public void setMemberEmail(String memberEmail) {
        this.memberEmail = memberEmail;
    }
}
