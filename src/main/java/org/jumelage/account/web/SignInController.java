package org.jumelage.account.web;

import org.jspecify.annotations.Nullable;
import org.jumelage.account.domain.SignInThrottleProperties;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page; Spring Security handles the form's POST (and its failure, see config). */
@Controller
class SignInController {

    private final long lockMinutes;

    SignInController(SignInThrottleProperties throttle) {
        // How long a lock-out lasts, as the page says it.
        this.lockMinutes = throttle.lockMinutes();
    }

    @GetMapping("/sign-in")
    String signIn(
            @RequestParam(required = false) @Nullable String error,
            @Nullable Authentication authentication,
            Model model) {
        if (authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            return "redirect:/";
        }
        model.addAttribute("error", "locked".equals(error) ? "locked" : error != null ? "failed" : null);
        // The e-mail of a failed attempt arrives as a flash attribute (already in the model), never
        // from the address: an e-mail in a URL ends up in logs and browser history.
        model.addAttribute("lockMinutes", lockMinutes);
        return "account/sign-in";
    }
}
