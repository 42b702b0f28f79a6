package org.jumelage.account.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.jumelage.account.PasswordRecovery;
import org.jumelage.shared.EmailAddress;
import org.jumelage.shared.validation.ValidEmailAddress;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * "Forgot password" on the API, for anybody: ask for a link (always 202, whatever the address), and
 * set a new password with the link's secret (204, or a problem with code
 * {@code account.password-reset-invalid} or the password policy's code).
 */
@RestController
@RequestMapping("/api/v1/password-resets")
class PasswordResetApiController {

    private final PasswordRecovery recovery;

    PasswordResetApiController(PasswordRecovery recovery) {
        this.recovery = recovery;
    }

    record ResetRequest(
            @NotBlank(message = "{validation.required}")
            @Schema(format = "email")
            @ValidEmailAddress(message = "{validation.email}")
            @Size(max = EmailAddress.MAX_LENGTH, message = "{validation.max-length}")
            String email) {}

    record ResetConfirmation(
            @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.max-length}")
            String token,

            @NotBlank(message = "{validation.required}") String password) {}

    @PostMapping
    @ResponseStatus(HttpStatus.ACCEPTED)
    void request(@Valid @RequestBody ResetRequest body, Locale locale, HttpServletRequest request) {
        recovery.requestReset(body.email(), locale, request.getRemoteAddr());
    }

    @PostMapping("/confirm")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void confirm(@Valid @RequestBody ResetConfirmation body) {
        recovery.resetPassword(body.token(), body.password());
    }
}
