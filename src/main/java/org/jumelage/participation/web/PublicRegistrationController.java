package org.jumelage.participation.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.jumelage.event.EventException;
import org.jumelage.event.RegistrationProblem;
import org.jumelage.network.TownDirectory;
import org.jumelage.network.TownResolution;
import org.jumelage.participation.RegistrationInvitation;
import org.jumelage.participation.RegistrationManagement;
import org.jumelage.participation.RegistrationRequest;
import org.jumelage.participation.RegistrationSettingsManagement;
import org.jumelage.participation.RegistrationSummary;
import org.jumelage.shared.BusinessException;
import org.jumelage.shared.Languages;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages people use without an account: the event's public registration link, a delegation's
 * private link, and the personal page behind the link in the confirmation mail (view, change,
 * cancel, check-in QR code). The tokens in the addresses are the only key, so every unknown token
 * is a plain 404.
 */
@Controller
class PublicRegistrationController {

    /** Service fields that the form names differently. */
    private static final Map<String, String> FORM_FIELDS = Map.of("townName", "town", "delegationId", "");

    private static final int TOWN_OPTIONS = 10;

    private final RegistrationManagement registrations;
    private final RegistrationSettingsManagement settings;
    private final TownDirectory towns;

    PublicRegistrationController(
            RegistrationManagement registrations, RegistrationSettingsManagement settings, TownDirectory towns) {
        this.registrations = registrations;
        this.settings = settings;
        this.towns = towns;
    }

    /** Every page here is a participant's: the layout offers all languages (fragments/languages.html). */
    @ModelAttribute("participantPage")
    boolean participantPage() {
        return true;
    }

    // --- The registration links ---

    /**
     * The language a participant page opens in when the visitor has chosen none (no {@code ?lang=},
     * no language cookie): a redirect to the same page with {@code ?lang=}, which chooses and remembers
     * it as the visitor's own choice would; null when the visitor has chosen, or nothing to redirect to.
     */
    private static @Nullable String openIn(
            @Nullable String chosen, @Nullable String cookie, String path, @Nullable String language) {
        if (chosen != null || cookie != null || language == null) {
            return null;
        }
        return "redirect:" + path + "?lang=" + Languages.knownOrDefault(language);
    }

    @GetMapping("/register/{publicToken}")
    String publicForm(@PathVariable String publicToken, Model model) {
        RegistrationInvitation invitation =
                settings.byPublicToken(publicToken).orElseThrow(EventException::registrationLinkNotFound);
        model.addAttribute("registrationForm", new RegistrationForm());
        return formPage(model, invitation, "/register/" + publicToken);
    }

    @PostMapping("/register/{publicToken}")
    String registerPublicly(
            @PathVariable String publicToken,
            @ModelAttribute("registrationForm") RegistrationForm form,
            BindingResult result,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        RegistrationInvitation invitation =
                settings.byPublicToken(publicToken).orElseThrow(EventException::registrationLinkNotFound);
        return register(
                form,
                result,
                model,
                response,
                invitation,
                "/register/" + publicToken,
                request -> registrations.registerPublicly(publicToken, request),
                locale);
    }

    /** A delegation's link opens in the language of the delegation's country unless the visitor chose one. */
    @GetMapping("/register/d/{delegationToken}")
    String delegationForm(
            @PathVariable String delegationToken,
            @RequestParam(name = "lang", required = false) @Nullable String chosen,
            @CookieValue(name = Languages.COOKIE, required = false) @Nullable String cookie,
            Model model) {
        RegistrationInvitation invitation =
                settings.byDelegationToken(delegationToken).orElseThrow(EventException::registrationLinkNotFound);
        String redirect = openIn(
                chosen,
                cookie,
                "/register/d/" + delegationToken,
                invitation.delegationCountry() == null ? null : Languages.ofCountry(invitation.delegationCountry()));
        if (redirect != null) {
            return redirect;
        }
        RegistrationForm form = new RegistrationForm();
        form.setCountry(invitation.delegationCountry());
        model.addAttribute("registrationForm", form);
        return formPage(model, invitation, "/register/d/" + delegationToken);
    }

    @PostMapping("/register/d/{delegationToken}")
    String registerThroughDelegation(
            @PathVariable String delegationToken,
            @ModelAttribute("registrationForm") RegistrationForm form,
            BindingResult result,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        RegistrationInvitation invitation =
                settings.byDelegationToken(delegationToken).orElseThrow(EventException::registrationLinkNotFound);
        return register(
                form,
                result,
                model,
                response,
                invitation,
                "/register/d/" + delegationToken,
                request -> registrations.registerThroughDelegation(delegationToken, request),
                locale);
    }

    private String register(
            RegistrationForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RegistrationInvitation invitation,
            String action,
            Function<RegistrationRequest, RegistrationSummary> register,
            Locale locale) {
        if (!result.hasErrors()) {
            try {
                RegistrationSummary registered = register.apply(request(form, invitation.delegationId(), locale));
                return "redirect:/registration/" + manageTokenOf(registered) + "/confirmed";
            } catch (EventException e) {
                reject(result, e);
            }
        }
        response.setStatus(HttpServletResponse.SC_UNPROCESSABLE_CONTENT);
        return formPage(model, invitation, action);
    }

    private String formPage(Model model, RegistrationInvitation invitation, String action) {
        model.addAttribute("invitation", invitation);
        model.addAttribute("action", action);
        model.addAttribute("genders", org.jumelage.participation.RegistrationChoices.GENDERS);
        model.addAttribute("ageBands", org.jumelage.participation.RegistrationChoices.AGE_BANDS);
        return "event/register";
    }

    /**
     * The town field's options for people without an account (the network module's
     * {@code /towns/options} needs sign-in): the same fragment, from the same gazetteer.
     */
    @GetMapping("/register/towns/options")
    String townOptions(
            @org.springframework.web.bind.annotation.RequestParam(defaultValue = "") String town, Model model) {
        model.addAttribute(
                "towns", town.isBlank() ? java.util.List.of() : towns.search(town.strip(), null, TOWN_OPTIONS));
        return "network/fragments :: town-options";
    }

    // --- The personal page ---

    @GetMapping("/registration/{manageToken}/confirmed")
    String confirmed(@PathVariable String manageToken, Model model) {
        personalModel(manageToken, model);
        return "event/registered";
    }

    /** The personal page opens in the registration's language unless the visitor chose one. */
    @GetMapping("/registration/{manageToken}")
    String personal(
            @PathVariable String manageToken,
            @RequestParam(name = "lang", required = false) @Nullable String chosen,
            @CookieValue(name = Languages.COOKIE, required = false) @Nullable String cookie,
            Model model) {
        RegistrationSummary registration = personalModel(manageToken, model);
        String redirect = openIn(chosen, cookie, "/registration/" + manageToken, registration.language());
        if (redirect != null) {
            return redirect;
        }
        model.addAttribute("registrationForm", RegistrationForm.of(registration, towns));
        return "event/registration";
    }

    @PostMapping("/registration/{manageToken}")
    String change(
            @PathVariable String manageToken,
            @ModelAttribute("registrationForm") RegistrationForm form,
            BindingResult result,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        RegistrationSummary registration = personalModel(manageToken, model);
        if (!result.hasErrors()) {
            try {
                // The consent was given when registering; a change does not ask for it again.
                registrations.changeByManageToken(
                        manageToken,
                        request(form, registration.delegationId(), Locale.forLanguageTag(registration.language())));
                redirect.addFlashAttribute("flashSuccess", "event.registration.personal.saved");
                return "redirect:/registration/" + manageToken;
            } catch (EventException e) {
                reject(result, e);
            }
        }
        response.setStatus(HttpServletResponse.SC_UNPROCESSABLE_CONTENT);
        return "event/registration";
    }

    @GetMapping("/registration/{manageToken}/cancel")
    String confirmCancel(@PathVariable String manageToken, Model model) {
        personalModel(manageToken, model);
        return "event/registration-cancel";
    }

    @PostMapping("/registration/{manageToken}/cancel")
    String cancel(@PathVariable String manageToken, RedirectAttributes redirect) {
        try {
            registrations.cancelByManageToken(manageToken);
        } catch (EventException e) {
            if (e.kind() == BusinessException.Kind.NOT_FOUND || !e.problems().isEmpty()) {
                throw e;
            }
            // refused as a closed registration (the project was deleted): the page says so
            redirect.addFlashAttribute("flashError", e.messageKey());
            return "redirect:/registration/" + manageToken;
        }
        redirect.addFlashAttribute("flashSuccess", "event.registration.personal.cancelled");
        return "redirect:/registration/" + manageToken;
    }

    @GetMapping(value = "/registration/{manageToken}/qr.svg")
    ResponseEntity<String> qrCode(@PathVariable String manageToken) {
        RegistrationSummary registration =
                registrations.byManageToken(manageToken).orElseThrow(EventException::registrationLinkNotFound);
        return ResponseEntity.ok()
                .contentType(MediaType.valueOf("image/svg+xml"))
                .cacheControl(CacheControl.noStore())
                .body(QrCodes.svg(registration.checkInToken()));
    }

    private RegistrationSummary personalModel(String manageToken, Model model) {
        RegistrationSummary registration =
                registrations.byManageToken(manageToken).orElseThrow(EventException::registrationLinkNotFound);
        RegistrationInvitation invitation =
                settings.byManageToken(manageToken).orElseThrow(EventException::registrationLinkNotFound);
        model.addAttribute("registration", registration);
        model.addAttribute("invitation", invitation);
        model.addAttribute("manageToken", manageToken);
        model.addAttribute("genders", org.jumelage.participation.RegistrationChoices.GENDERS);
        model.addAttribute("ageBands", org.jumelage.participation.RegistrationChoices.AGE_BANDS);
        return registration;
    }

    // --- Helpers ---

    /** The form as a request: the town text resolved in the gazetteer, else kept as written. */
    private RegistrationRequest request(RegistrationForm form, @Nullable Long delegationId, Locale locale) {
        Long townId = null;
        String townName = null;
        String typed = form.getTown() == null ? "" : form.getTown().strip();
        if (!typed.isEmpty()) {
            String country = form.getCountry() == null || form.getCountry().isBlank() ? null : form.getCountry();
            TownResolution resolution = towns.resolve(typed, country);
            if (resolution.town() != null) {
                townId = resolution.town().id();
            } else {
                townName = resolution.writtenName();
            }
        }
        return form.toRequest(townId, townName, delegationId, Languages.tagOf(locale));
    }

    /** Every problem of a refused request on its field; a refusal of the whole request on top of the form. */
    private static void reject(BindingResult result, EventException e) {
        if (e.kind() == BusinessException.Kind.NOT_FOUND || e.kind() == BusinessException.Kind.FORBIDDEN) {
            throw e;
        }
        if (e.problems().isEmpty()) {
            result.reject(e.messageKey(), e.arguments(), null);
            return;
        }
        for (RegistrationProblem problem : e.problems()) {
            String field = FORM_FIELDS.getOrDefault(problem.field(), problem.field());
            if (!field.isEmpty() && result.getFieldType(field) != null) {
                result.rejectValue(field, problem.messageKey(), problem.arguments(), null);
            } else {
                result.reject(problem.messageKey(), problem.arguments(), null);
            }
        }
    }

    private String manageTokenOf(RegistrationSummary registered) {
        return registrations.manageToken(registered.id());
    }
}
