package org.jumelage.participation.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.jumelage.account.SignedInUser;
import org.jumelage.event.EventException;
import org.jumelage.event.EventManagement;
import org.jumelage.event.EventSummary;
import org.jumelage.participation.EventEvidence;
import org.jumelage.participation.EvidenceFile;
import org.jumelage.participation.EvidenceUpload;
import org.jumelage.participation.ListDelegation;
import org.jumelage.participation.ListFormat;
import org.jumelage.participation.ParticipantListFile;
import org.jumelage.participation.ParticipantListOverview;
import org.jumelage.participation.ParticipantLists;
import org.jumelage.shared.Countries;
import org.jumelage.shared.web.FormErrors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The "participant lists" part of an event: download links per delegation and per day, the signed
 * lists uploaded as evidence and their upload form. The event page loads it with htmx; without
 * htmx, its link opens the same content as a page of its own.
 */
@Controller
class ParticipantListController {

    private static final Map<String, String> FORM_FIELDS = Map.of();

    private final ParticipantLists lists;
    private final EventEvidence evidence;
    private final EventManagement events;

    ParticipantListController(ParticipantLists lists, EventEvidence evidence, EventManagement events) {
        this.lists = lists;
        this.evidence = evidence;
        this.events = events;
    }

    @GetMapping("/events/{id}/lists")
    String page(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, HtmxRequest htmx, Model model) {
        if (!model.containsAttribute("evidenceForm")) {
            model.addAttribute("evidenceForm", new EvidenceForm());
        }
        prepare(me, id, model);
        return htmx.isHtmxRequest() ? "event/lists :: lists" : "event/lists";
    }

    @GetMapping("/events/{id}/participant-list")
    ResponseEntity<byte[]> download(
            @AuthenticationPrincipal SignedInUser me,
            @PathVariable long id,
            @RequestParam(required = false) @Nullable Long delegation,
            @RequestParam(required = false) @Nullable String day,
            @RequestParam(required = false) @Nullable String format) {
        ParticipantListFile file = lists.export(me, id, delegation, ListParameters.day(day), ListFormat.parse(format));
        return Downloads.attachment(file.fileName(), file.contentType(), file.content().length)
                .body(file.content());
    }

    @PostMapping("/events/{id}/evidence")
    String upload(
            @AuthenticationPrincipal SignedInUser me,
            @PathVariable long id,
            @ModelAttribute("evidenceForm") EvidenceForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect)
            throws IOException {
        if (!result.hasErrors()) {
            try {
                if (form.getFile() == null || form.getFile().isEmpty()) {
                    throw EventException.evidenceEmpty();
                }
                try (InputStream content = form.getFile().getInputStream()) {
                    String name = form.getFile().getOriginalFilename();
                    evidence.upload(
                            me,
                            id,
                            new EvidenceUpload(
                                    form.getDelegation(),
                                    ListParameters.day(form.getDay()),
                                    name == null ? "" : name,
                                    form.getFile().getSize(),
                                    content));
                }
                redirect.addFlashAttribute("flashSuccess", "event.evidence.uploaded");
                return "redirect:/events/" + id + "/lists";
            } catch (EventException e) {
                FormErrors.rejectInput(result, e, FORM_FIELDS);
            }
        }
        prepare(me, id, model);
        return FormErrors.invalid(response, "event/lists");
    }

    @GetMapping("/events/{id}/evidence/{evidenceId}")
    ResponseEntity<InputStreamResource> evidenceFile(
            @AuthenticationPrincipal SignedInUser me, @PathVariable long id, @PathVariable long evidenceId) {
        EvidenceFile file = evidence.open(me, id, evidenceId);
        return Downloads.attachment(
                        file.summary().fileName(),
                        file.summary().contentType(),
                        file.summary().size())
                .body(new InputStreamResource(file.content()));
    }

    @PostMapping("/events/{id}/evidence/{evidenceId}/delete")
    String delete(
            @AuthenticationPrincipal SignedInUser me,
            @PathVariable long id,
            @PathVariable long evidenceId,
            RedirectAttributes redirect) {
        evidence.delete(me, id, evidenceId);
        redirect.addFlashAttribute("flashSuccess", "event.evidence.deleted");
        return "redirect:/events/" + id + "/lists";
    }

    private void prepare(SignedInUser me, long id, Model model) {
        EventSummary event = events.find(me, id).orElseThrow(() -> EventException.notFound(id));
        model.addAttribute("event", event);
        ParticipantListOverview overview = lists.overview(me, id);
        model.addAttribute("lists", overview);
        Locale locale = LocaleContextHolder.getLocale();
        Map<Long, String> names = new HashMap<>();
        for (ListDelegation delegation : overview.delegations()) {
            String country = Countries.name(delegation.country(), locale);
            names.put(
                    delegation.id(),
                    delegation.partner().isEmpty()
                            ? country
                            : delegation.partner().in(locale) + " (" + country + ")");
        }
        model.addAttribute("delegationNames", names);
        model.addAttribute("formats", ListFormat.values());
    }
}
