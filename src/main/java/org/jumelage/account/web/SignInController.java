package org.jumelage.account.web;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page; Spring Security handles the form's POST. */
@Controller
class SignInController {

    /** How long a lock-out lasts, as the page says it. */
    static final int LOCK_MINUTES = 15;

    @GetMapping("/sign-in")
    String signIn(
            @RequestParam(required = false) @Nullable String error,
            @RequestParam(required = false) @Nullable String email,
            @Nullable Authentication authentication,
            Model model) {
        if (authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            return "redirect:/";
        }
        model.addAttribute("error", "locked".equals(error) ? "locked" : error != null ? "failed" : null);
        model.addAttribute("email", email);
        model.addAttribute("lockMinutes", LOCK_MINUTES);
        return "account/sign-in";
    }
}
