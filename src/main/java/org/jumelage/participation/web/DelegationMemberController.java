package org.jumelage.participation.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import org.jumelage.account.SignedInUser;
import org.jumelage.event.EventException;
import org.jumelage.event.EventManagement;
import org.jumelage.event.EventSummary;
import org.jumelage.event.RegistrationProblem;
import org.jumelage.network.TownDirectory;
import org.jumelage.network.TownResolution;
import org.jumelage.participation.DelegationImport;
import org.jumelage.participation.DelegationImportReport;
import org.jumelage.participation.DelegationManagement;
import org.jumelage.participation.DelegationSummary;
import org.jumelage.participation.RegistrationManagement;
import org.jumelage.participation.RegistrationSource;
import org.jumelage.participation.RegistrationSummary;
import org.jumelage.shared.Languages;
import org.jumelage.shared.web.FormErrors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A delegation's members: added one by one, cancelled, or imported from a list. */
@Controller
class DelegationMemberController {

    /** Registration fields that the member form names differently. */
    private static final Map<String, String> FORM_FIELDS =
            Map.of("townId", "town", "townName", "town", "delegationId", "");

    private final DelegationManagement delegations;
    private final DelegationImport imports;
    private final RegistrationManagement registrations;
    private final EventManagement events;
    private final TownDirectory towns;

    DelegationMemberController(
            DelegationManagement delegations,
            DelegationImport imports,
            RegistrationManagement registrations,
            EventManagement events,
            TownDirectory towns) {
        this.delegations = delegations;
        this.imports = imports;
        this.registrations = registrations;
        this.events = events;
        this.towns = towns;
    }

    // --- One member at a time ---

    @GetMapping("/delegations/{id}/members/new")
    String newMember(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model) {
        DelegationSummary delegation = manageable(me, id);
        DelegationMemberForm form = new DelegationMemberForm();
        form.setCountry(delegation.country());
        model.addAttribute("memberForm", form);
        return memberPage(me, model, delegation, null);
    }

    @PostMapping("/delegations/{id}/members")
    String addMember(
            @AuthenticationPrincipal SignedInUser me,
            @PathVariable long id,
            @ModelAttribute("memberForm") DelegationMemberForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        DelegationSummary delegation = manageable(me, id);
        if (!result.hasErrors()) {
            TownResolution town = town(form);
            // the member's registration language: the staff member's, any language participants read
            String language = Languages.knownOrDefault(me.language());
            try {
                registrations.register(
                        me,
                        delegation.eventId(),
                        form.toRequest(id, townId(town), townName(form, town), language),
                        RegistrationSource.STAFF);
                redirect.addFlashAttribute("flashSuccess", "event.delegation.members.added");
                return "redirect:/delegations/" + id;
            } catch (EventException e) {
                reject(result, e);
            }
        }
        return FormErrors.invalid(response, memberPage(me, model, delegation, null));
    }

    @GetMapping("/delegations/{id}/members/{registrationId}/edit")
    String editMember(
            @AuthenticationPrincipal SignedInUser me,
            @PathVariable long id,
            @PathVariable long registrationId,
            Model model) {
        DelegationSummary delegation = manageable(me, id);
        RegistrationSummary member = member(me, id, registrationId);
        model.addAttribute("memberForm", DelegationMemberForm.of(member));
        return memberPage(me, model, delegation, member);
    }

    @PostMapping("/delegations/{id}/members/{registrationId}")
    String changeMember(
            @AuthenticationPrincipal SignedInUser me,
            @PathVariable long id,
            @PathVariable long registrationId,
            @ModelAttribute("memberForm") DelegationMemberForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        DelegationSummary delegation = manageable(me, id);
        RegistrationSummary member = member(me, id, registrationId);
        if (!result.hasErrors()) {
            TownResolution town = town(form);
            try {
                // Staff change a member through the person's own change, so the same rules apply.
                registrations.changeByManageToken(
                        registrations.manageToken(member.id()),
                        form.toChange(member, townId(town), townName(form, town)));
                redirect.addFlashAttribute("flashSuccess", "event.delegation.members.changed");
                return "redirect:/delegations/" + id;
            } catch (EventException e) {
                reject(result, e);
            }
        }
        return FormErrors.invalid(response, memberPage(me, model, delegation, member));
    }

    private @org.jspecify.annotations.Nullable TownResolution town(DelegationMemberForm form) {
        return form.getTown().isBlank() ? null : towns.resolve(form.getTown().strip(), form.getCountry());
    }

    private static @org.jspecify.annotations.Nullable Long townId(
            @org.jspecify.annotations.Nullable TownResolution town) {
        return town == null || town.town() == null ? null : town.town().id();
    }

    private static @org.jspecify.annotations.Nullable String townName(
            DelegationMemberForm form, @org.jspecify.annotations.Nullable TownResolution town) {
        return town == null || town.town() != null ? null : form.getTown().strip();
    }

    private static void reject(BindingResult result, EventException e) {
        if (e.problems().isEmpty()) {
            FormErrors.rejectInput(result, e, FORM_FIELDS);
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

    private RegistrationSummary member(SignedInUser me, long delegationId, long registrationId) {
        return registrations
                .find(me, registrationId)
                .filter(found -> found.delegationId() != null && found.delegationId() == delegationId)
                .filter(found -> !found.erased())
                .orElseThrow(() -> EventException.registrationNotFound(registrationId));
    }

    @PostMapping("/delegations/{id}/members/{registrationId}/cancel")
    String cancelMember(
            @AuthenticationPrincipal SignedInUser me,
            @PathVariable long id,
            @PathVariable long registrationId,
            RedirectAttributes redirect) {
        manageable(me, id);
        registrations.cancel(me, member(me, id, registrationId).id());
        redirect.addFlashAttribute("flashSuccess", "event.delegation.members.cancelled");
        return "redirect:/delegations/" + id;
    }

    // --- Import ---

    @GetMapping("/delegations/{id}/import")
    String importPage(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model) {
        return importPage(me, model, manageable(me, id));
    }

    @PostMapping("/delegations/{id}/import")
    String importList(
            @AuthenticationPrincipal SignedInUser me,
            @PathVariable long id,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(defaultValue = "check") String mode,
            @RequestParam(defaultValue = "false") boolean validOnly,
            @RequestParam(defaultValue = "false") boolean consent,
            Model model,
            HttpServletResponse response)
            throws IOException {
        DelegationSummary delegation = manageable(me, id);
        model.addAttribute("validOnly", validOnly);
        model.addAttribute("consent", consent);
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", EventException.importEmpty());
            return FormErrors.invalid(response, importPage(me, model, delegation));
        }
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        try (InputStream content = file.getInputStream()) {
            DelegationImportReport report = "import".equals(mode)
                    ? imports.importList(me, id, name, content, validOnly, consent)
                    : imports.check(me, id, name, content);
            model.addAttribute("report", report);
            model.addAttribute("imported", "import".equals(mode) && report.imported() > 0);
            if (!report.allValid() && report.imported() == 0) {
                return FormErrors.invalid(response, importPage(me, model, delegation));
            }
        } catch (EventException e) {
            if (e.kind() == EventException.Kind.NOT_FOUND || e.kind() == EventException.Kind.FORBIDDEN) {
                throw e;
            }
            model.addAttribute("fileError", e);
            return FormErrors.invalid(response, importPage(me, model, delegation));
        }
        return importPage(me, model, delegations.find(me, id).orElseThrow());
    }

    @GetMapping("/delegations/{id}/import/template.{format}")
    ResponseEntity<byte[]> template(
            @AuthenticationPrincipal SignedInUser me,
            @PathVariable long id,
            @PathVariable String format,
            Locale locale) {
        manageable(me, id);
        DelegationImport.Format kind;
        try {
            kind = DelegationImport.Format.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw EventException.importUnsupportedType("template." + format);
        }
        MediaType type = kind == DelegationImport.Format.CSV
                ? new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8)
                : MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("delegation-list-" + locale.getLanguage() + "." + kind.extension())
                                .build()
                                .toString())
                .body(imports.template(kind, locale));
    }

    private String importPage(SignedInUser me, Model model, DelegationSummary delegation) {
        model.addAttribute("delegation", delegation);
        model.addAttribute("event", event(me, delegation.eventId()));
        return "event/delegation-import";
    }

    private String memberPage(
            SignedInUser me,
            Model model,
            DelegationSummary delegation,
            @org.jspecify.annotations.Nullable RegistrationSummary member) {
        model.addAttribute("delegation", delegation);
        model.addAttribute("member", member);
        model.addAttribute("event", event(me, delegation.eventId()));
        return "event/delegation-member";
    }

    private DelegationSummary manageable(SignedInUser me, long id) {
        DelegationSummary delegation =
                delegations.find(me, id).orElseThrow(() -> EventException.delegationNotFound(id));
        if (delegation.linkToken() == null) {
            throw EventException.delegationNotAllowed("");
        }
        return delegation;
    }

    private EventSummary event(SignedInUser me, long eventId) {
        return events.find(me, eventId).orElseThrow(() -> EventException.notFound(eventId));
    }
}
