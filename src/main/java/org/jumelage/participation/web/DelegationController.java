package org.jumelage.participation.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.jumelage.account.SignedInUser;
import org.jumelage.event.EventAction;
import org.jumelage.event.EventException;
import org.jumelage.event.EventSummary;
import org.jumelage.participation.DelegationManagement;
import org.jumelage.participation.DelegationSummary;
import org.jumelage.participation.RegistrationManagement;
import org.jumelage.participation.domain.ParticipationAccess;
import org.jumelage.project.PartnerSummary;
import org.jumelage.project.ProjectDetails;
import org.jumelage.project.ProjectException;
import org.jumelage.project.ProjectManagement;
import org.jumelage.shared.web.FormErrors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** A delegation's own page, its forms, and the private registration link. */
@Controller
class DelegationController {

    /** Service fields that the form names differently: the partner is chosen in one select. */
    private static final Map<String, String> FORM_FIELDS =
            Map.of("organisationId", "partnerId", "country", "partnerId");

    private final DelegationManagement delegations;
    private final ParticipationAccess access;
    private final ProjectManagement projects;
    private final RegistrationManagement registrations;

    DelegationController(
            DelegationManagement delegations,
            ParticipationAccess access,
            ProjectManagement projects,
            RegistrationManagement registrations) {
        this.delegations = delegations;
        this.access = access;
        this.projects = projects;
        this.registrations = registrations;
    }

    @GetMapping("/events/{eventId}/delegations/new")
    String newDelegation(@AuthenticationPrincipal SignedInUser me, @PathVariable long eventId, Model model) {
        ParticipationAccess.OnEvent on = event(me, eventId);
        if (!on.may(EventAction.EDIT_EVENT)) {
            throw EventException.delegationNotAllowed("");
        }
        model.addAttribute("delegationForm", new DelegationForm());
        return formPage(me, model, on, null);
    }

    @PostMapping("/events/{eventId}/delegations")
    String create(
            @AuthenticationPrincipal SignedInUser me,
            @PathVariable long eventId,
            @ModelAttribute("delegationForm") DelegationForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        ParticipationAccess.OnEvent event = event(me, eventId);
        if (!result.hasErrors()) {
            try {
                DelegationSummary delegation = delegations.create(me, eventId, form.toDraft());
                redirect.addFlashAttribute("flashSuccess", "event.delegation.saved");
                return "redirect:/delegations/" + delegation.id();
            } catch (EventException e) {
                FormErrors.rejectInput(result, e, FORM_FIELDS);
            }
        }
        return FormErrors.invalid(response, formPage(me, model, event, null));
    }

    @GetMapping("/delegations/{id}")
    String show(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model) {
        DelegationSummary delegation = load(me, id);
        ParticipationAccess.OnEvent on = event(me, delegation.eventId());
        model.addAttribute("delegation", delegation);
        model.addAttribute("event", on.event());
        model.addAttribute("canEdit", on.may(EventAction.EDIT_EVENT));
        model.addAttribute("canManage", delegations.may(me, EventAction.MANAGE_DELEGATION_MEMBERS, id));
        model.addAttribute("canRegenerateLink", delegations.may(me, EventAction.REGENERATE_DELEGATION_LINK, id));
        model.addAttribute("registrationLink", absoluteLink(delegation));
        model.addAttribute(
                "members", delegation.linkToken() == null ? java.util.List.of() : registrations.forDelegation(me, id));
        return "event/delegation";
    }

    @GetMapping("/delegations/{id}/edit")
    String edit(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model) {
        DelegationSummary delegation = load(me, id);
        if (delegation.linkToken() == null) {
            throw EventException.delegationNotAllowed("");
        }
        model.addAttribute("delegationForm", DelegationForm.of(delegation));
        return formPage(me, model, event(me, delegation.eventId()), delegation);
    }

    @PostMapping("/delegations/{id}")
    String update(
            @AuthenticationPrincipal SignedInUser me,
            @PathVariable long id,
            @ModelAttribute("delegationForm") DelegationForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        DelegationSummary delegation = load(me, id);
        ParticipationAccess.OnEvent event = event(me, delegation.eventId());
        if (!event.may(EventAction.EDIT_EVENT)) {
            // A partner contact's form has no size field: the plan stays as it is.
            form.setPlannedSize(null);
        }
        if (!result.hasErrors()) {
            try {
                delegations.update(me, id, form.toDraft(), form.getVersion());
                redirect.addFlashAttribute("flashSuccess", "event.delegation.saved");
                return "redirect:/delegations/" + id;
            } catch (EventException e) {
                FormErrors.rejectInput(result, e, FORM_FIELDS);
            }
        }
        return FormErrors.invalid(response, formPage(me, model, event, delegation));
    }

    @PostMapping("/delegations/{id}/delete")
    String delete(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, RedirectAttributes redirect) {
        DelegationSummary delegation = load(me, id);
        try {
            delegations.delete(me, id);
        } catch (EventException e) {
            if (e.kind() != EventException.Kind.CONFLICT) {
                throw e;
            }
            redirect.addFlashAttribute("flashError", "event.delegation.delete-refused");
            return "redirect:/delegations/" + id;
        }
        redirect.addFlashAttribute("flashSuccess", "event.delegation.deleted");
        return "redirect:/events/" + delegation.eventId();
    }

    @PostMapping("/delegations/{id}/link")
    String regenerateLink(
            @AuthenticationPrincipal SignedInUser me, @PathVariable long id, RedirectAttributes redirect) {
        delegations.regenerateLink(me, id);
        redirect.addFlashAttribute("flashSuccess", "event.delegation.link-regenerated");
        return "redirect:/delegations/" + id;
    }

    private String formPage(
            SignedInUser me, Model model, ParticipationAccess.OnEvent on, @Nullable DelegationSummary delegation) {
        EventSummary event = on.event();
        ProjectDetails project =
                projects.find(me, event.projectId()).orElseThrow(() -> ProjectException.notFound(event.projectId()));
        Set<Long> taken = delegations.forEvent(me, event.id()).stream()
                .map(DelegationSummary::partnerId)
                .collect(Collectors.toSet());
        List<PartnerSummary> free = project.partners().stream()
                .filter(partner -> !taken.contains(partner.id()))
                .toList();
        model.addAttribute("event", event);
        model.addAttribute("delegation", delegation);
        model.addAttribute("partners", free);
        model.addAttribute("canEdit", on.may(EventAction.EDIT_EVENT));
        return "event/delegation-form";
    }

    private static @Nullable String absoluteLink(DelegationSummary delegation) {
        String path = delegation.linkPath();
        return path == null
                ? null
                : ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path(path)
                        .build()
                        .toUriString();
    }

    /** The event and the user's rights on it (404 for an event the user may not see). */
    private ParticipationAccess.OnEvent event(SignedInUser me, long eventId) {
        return access.require(me, EventAction.VIEW_EVENT, eventId);
    }

    private DelegationSummary load(SignedInUser me, long id) {
        return delegations.find(me, id).orElseThrow(() -> EventException.delegationNotFound(id));
    }
}
