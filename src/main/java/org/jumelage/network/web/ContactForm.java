package org.jumelage.network.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jumelage.network.NewContact;
import org.jumelage.shared.EmailAddress;
import org.jumelage.shared.validation.ValidEmailAddress;

/** The organisation page's new-contact form. */
class ContactForm {

    @NotBlank(message = "{error.network.contact-name-missing}")
    @Size(max = 200, message = "{validation.max-length}")
    private String name = "";

    @ValidEmailAddress(message = "{error.network.contact-email-invalid}")
    @Size(max = EmailAddress.MAX_LENGTH, message = "{validation.max-length}")
    private String email = "";

    @Size(max = 50, message = "{validation.max-length}")
    private String phone = "";

    @Size(max = 200, message = "{validation.max-length}")
    private String position = "";

    NewContact toContact() {
        return new NewContact(name, email, phone, position);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }
}
