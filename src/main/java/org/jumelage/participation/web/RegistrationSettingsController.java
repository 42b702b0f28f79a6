package org.jumelage.participation.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.util.Map;
import org.jumelage.account.SignedInUser;
import org.jumelage.event.EventAction;
import org.jumelage.event.EventException;
import org.jumelage.event.EventSummary;
import org.jumelage.participation.RegistrationManagement;
import org.jumelage.participation.RegistrationSettings;
import org.jumelage.participation.RegistrationSettingsManagement;
import org.jumelage.participation.domain.ParticipationAccess;
import org.jumelage.shared.web.FormErrors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An event's registration for its project's editors: the settings, the public link, the people registered. */
@Controller
class RegistrationSettingsController {

    private static final Map<String, String> FORM_FIELDS = Map.of();

    private final ParticipationAccess access;
    private final RegistrationSettingsManagement settings;
    private final RegistrationManagement registrations;
    private final String publicUrl;

    RegistrationSettingsController(
            ParticipationAccess access,
            RegistrationSettingsManagement settings,
            RegistrationManagement registrations,
            @Value("${jumelage.public-url:http://localhost:8080}") String publicUrl) {
        this.access = access;
        this.settings = settings;
        this.registrations = registrations;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    @GetMapping("/events/{id}/registration")
    String page(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model) {
        EventSummary event = editable(me, id);
        RegistrationSettings current = settings.settings(me, id);
        model.addAttribute("settingsForm", RegistrationSettingsForm.of(current, ZoneId.of(event.timeZone())));
        return page(me, event, current, model);
    }

    @PostMapping("/events/{id}/registration")
    String save(
            @AuthenticationPrincipal SignedInUser me,
            @PathVariable long id,
            @ModelAttribute("settingsForm") RegistrationSettingsForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        EventSummary event = editable(me, id);
        form.checkLanguages(result);
        if (!result.hasErrors()) {
            try {
                settings.update(me, id, form.toDraft(ZoneId.of(event.timeZone())));
                redirect.addFlashAttribute("flashSuccess", "event.registration.settings.saved");
                return "redirect:/events/" + id + "/registration";
            } catch (EventException e) {
                FormErrors.rejectInput(result, e, FORM_FIELDS);
            }
        }
        return FormErrors.invalid(response, page(me, event, settings.settings(me, id), model));
    }

    @PostMapping("/events/{id}/registrations/{registrationId}/cancel")
    String cancel(
            @AuthenticationPrincipal SignedInUser me,
            @PathVariable long id,
            @PathVariable long registrationId,
            RedirectAttributes redirect) {
        registrations.cancel(me, registrationId);
        redirect.addFlashAttribute("flashSuccess", "event.registration.settings.person-cancelled");
        return "redirect:/events/" + id + "/registration";
    }

    @PostMapping("/events/{id}/registrations/{registrationId}/erase")
    String erase(
            @AuthenticationPrincipal SignedInUser me,
            @PathVariable long id,
            @PathVariable long registrationId,
            RedirectAttributes redirect) {
        registrations.erase(me, registrationId);
        redirect.addFlashAttribute("flashSuccess", "event.registration.settings.person-erased");
        return "redirect:/events/" + id + "/registration";
    }

    private String page(SignedInUser me, EventSummary event, RegistrationSettings current, Model model) {
        model.addAttribute("event", event);
        model.addAttribute("registrationSettings", current);
        model.addAttribute("registrationCounts", settings.counts(me, event.id()));
        model.addAttribute("publicRegistrationUrl", publicUrl + "/register/" + current.publicToken());
        model.addAttribute("registrations", registrations.forEvent(me, event.id()));
        return "event/registration-settings";
    }

    private EventSummary editable(SignedInUser me, long id) {
        return access.require(me, EventAction.READ_REGISTRATION_SETTINGS, id).event();
    }
}
