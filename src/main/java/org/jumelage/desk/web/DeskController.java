package org.jumelage.desk.web;

import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.jumelage.account.SignedInUser;
import org.jumelage.desk.domain.DeskReader;
import org.jumelage.shared.Countries;
import org.jumelage.shared.Languages;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page. A visitor who is not signed in is sent to the public site in their language; a
 * signed-in person gets their desk.
 */
@Controller
class DeskController {

    private final DeskReader desks;

    DeskController(DeskReader desks) {
        this.desks = desks;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal @Nullable SignedInUser user, Locale locale, Model model) {
        if (user == null) {
            // a visitor goes to the public site, which has every language participants read
            String language = Languages.knownOrDefault(Languages.tagOf(locale));
            return "redirect:/" + language;
        }
        model.addAttribute("desk", desks.read(user, locale));
        model.addAttribute("user", user);
        model.addAttribute(
                "countryNames",
                Countries.CODES.stream().collect(Collectors.toMap(code -> code, code -> Countries.name(code, locale))));
        return "desk/desk";
    }
}
