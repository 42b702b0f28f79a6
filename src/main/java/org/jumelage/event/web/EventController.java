package org.jumelage.event.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.jumelage.account.SignedInUser;
import org.jumelage.event.EventAction;
import org.jumelage.event.EventException;
import org.jumelage.event.EventManagement;
import org.jumelage.event.EventPageSection;
import org.jumelage.event.EventSummary;
import org.jumelage.event.EventType;
import org.jumelage.network.TownDirectory;
import org.jumelage.project.ProjectDetails;
import org.jumelage.project.ProjectException;
import org.jumelage.project.ProjectManagement;
import org.jumelage.shared.web.FormErrors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A project's events: the timeline (also as an htmx fragment of the project page), the event page and its forms. */
@Controller
class EventController {

    /** Service fields that the form names differently. */
    private static final Map<String, String> FORM_FIELDS =
            Map.of("hostPlaces", "hosts", "plannedParticipants", "planned");

    private final EventManagement events;
    private final ProjectManagement projects;
    private final ObjectProvider<EventPageSection> sections;
    private final TownDirectory towns;

    EventController(
            EventManagement events,
            ProjectManagement projects,
            ObjectProvider<EventPageSection> sections,
            TownDirectory towns) {
        this.events = events;
        this.projects = projects;
        this.sections = sections;
        this.towns = towns;
    }

    @GetMapping("/projects/{projectId}/events")
    String timeline(
            @AuthenticationPrincipal SignedInUser me, @PathVariable long projectId, HtmxRequest htmx, Model model) {
        model.addAttribute("project", project(me, projectId));
        model.addAttribute("events", events.forProject(me, projectId));
        model.addAttribute("canEdit", projects.canEdit(me, projectId));
        return htmx.isHtmxRequest() ? "event/timeline :: timeline" : "event/timeline";
    }

    @GetMapping("/projects/{projectId}/events/new")
    String newEvent(@AuthenticationPrincipal SignedInUser me, @PathVariable long projectId, Model model) {
        ProjectDetails project = project(me, projectId);
        if (!projects.canEdit(me, projectId)) {
            throw EventException.notAllowed();
        }
        model.addAttribute("eventForm", new EventForm());
        return formPage(model, project, null);
    }

    @PostMapping("/projects/{projectId}/events")
    String create(
            @AuthenticationPrincipal SignedInUser me,
            @PathVariable long projectId,
            @ModelAttribute("eventForm") EventForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        ProjectDetails project = project(me, projectId);
        form.checkLanguages(result);
        if (!result.hasErrors()) {
            try {
                EventSummary event = events.create(me, projectId, form.toDraft());
                redirect.addFlashAttribute("flashSuccess", "event.saved");
                return "redirect:/events/" + event.id();
            } catch (EventException e) {
                FormErrors.rejectInput(result, e, FORM_FIELDS);
            }
        }
        return FormErrors.invalid(response, formPage(model, project, null));
    }

    @GetMapping("/events/{id}")
    String show(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model) {
        EventSummary event = load(me, id);
        model.addAttribute("event", event);
        model.addAttribute("project", project(me, event.projectId()));
        model.addAttribute("canEdit", events.may(me, EventAction.EDIT_EVENT, event.id()));
        sections.orderedStream().forEach(section -> section.addTo(model, me, event));
        return "event/event";
    }

    @GetMapping("/events/{id}/edit")
    String edit(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model) {
        EventSummary event = load(me, id);
        if (!events.may(me, EventAction.EDIT_EVENT, event.id())) {
            throw EventException.notAllowed();
        }
        model.addAttribute("eventForm", EventForm.of(event, towns));
        return formPage(model, project(me, event.projectId()), event);
    }

    @PostMapping("/events/{id}")
    String update(
            @AuthenticationPrincipal SignedInUser me,
            @PathVariable long id,
            @ModelAttribute("eventForm") EventForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        EventSummary event = load(me, id);
        form.checkLanguages(result);
        if (!result.hasErrors()) {
            try {
                events.update(me, id, form.toDraft(), form.getVersion());
                redirect.addFlashAttribute("flashSuccess", "event.saved");
                return "redirect:/events/" + id;
            } catch (EventException e) {
                FormErrors.rejectInput(result, e, FORM_FIELDS);
            }
        }
        return FormErrors.invalid(response, formPage(model, project(me, event.projectId()), event));
    }

    @PostMapping("/events/{id}/delete")
    String delete(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, RedirectAttributes redirect) {
        EventSummary event = load(me, id);
        events.delete(me, id);
        redirect.addFlashAttribute("flashSuccess", "event.deleted");
        return "redirect:/projects/" + event.projectId();
    }

    private String formPage(Model model, ProjectDetails project, @Nullable EventSummary event) {
        model.addAttribute("project", project);
        model.addAttribute("event", event);
        model.addAttribute("types", EventType.values());
        return "event/form";
    }

    private ProjectDetails project(SignedInUser me, long projectId) {
        return projects.find(me, projectId).orElseThrow(() -> ProjectException.notFound(projectId));
    }

    private EventSummary load(SignedInUser me, long id) {
        return events.find(me, id).orElseThrow(() -> EventException.notFound(id));
    }
}
