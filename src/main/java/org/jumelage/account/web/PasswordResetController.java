package org.jumelage.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.jumelage.account.AccountException;
import org.jumelage.account.AccountManagement;
import org.jumelage.account.PasswordRecovery;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Forgot password", for anybody: ask for a link by e-mail (always the same answer), then set a new
 * password with the link. The link's secret is carried in a hidden field of the form, never in a
 * redirect.
 */
@Controller
@RequestMapping("/password")
class PasswordResetController {

    static final String FORGOT_VIEW = "account/password-forgot";
    static final String SENT_VIEW = "account/password-forgot-sent";
    static final String RESET_VIEW = "account/password-reset";
    static final String INVALID_VIEW = "account/password-reset-invalid";

    private final PasswordRecovery recovery;

    PasswordResetController(PasswordRecovery recovery) {
        this.recovery = recovery;
    }

    @GetMapping("/forgot")
    String forgot(Model model) {
        model.addAttribute("forgotForm", new ForgotPasswordForm());
        return FORGOT_VIEW;
    }

    @PostMapping("/forgot")
    String requestLink(
            @Valid @ModelAttribute("forgotForm") ForgotPasswordForm form,
            BindingResult result,
            Locale locale,
            HttpServletRequest request) {
        if (result.hasErrors()) {
            return FORGOT_VIEW;
        }
        recovery.requestReset(form.getEmail(), locale, request.getRemoteAddr());
        return "redirect:/password/forgot/sent";
    }

    @GetMapping("/forgot/sent")
    String sent() {
        return SENT_VIEW;
    }

    @GetMapping("/reset")
    String resetForm(@RequestParam(required = false) @Nullable String token, Model model) {
        if (token == null || token.isBlank() || !recovery.isUsable(token)) {
            return INVALID_VIEW;
        }
        ResetPasswordForm form = new ResetPasswordForm();
        form.setToken(token);
        model.addAttribute("resetForm", form);
        return page(model);
    }

    @PostMapping("/reset")
    String reset(@Valid @ModelAttribute("resetForm") ResetPasswordForm form, BindingResult result, Model model) {
        if (form.getToken().isBlank()) {
            return INVALID_VIEW;
        }
        if (!result.hasFieldErrors("confirmation") && !form.confirmationMatches()) {
            result.rejectValue("confirmation", "account.password.mismatch");
        }
        if (!result.hasErrors()) {
            try {
                recovery.resetPassword(form.getToken(), form.getNewPassword());
                return "redirect:/sign-in?reset";
            } catch (AccountException e) {
                if (e.code().equals("account.password-reset-invalid")) {
                    return INVALID_VIEW;
                }
                result.rejectValue("newPassword", e.messageKey(), e.arguments(), null);
            }
        }
        return page(model);
    }

    private static String page(Model model) {
        model.addAttribute("minPasswordLength", AccountManagement.MIN_PASSWORD_LENGTH);
        return RESET_VIEW;
    }
}
