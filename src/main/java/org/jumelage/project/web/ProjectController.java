package org.jumelage.project.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.jumelage.account.IsAdministrator;
import org.jumelage.account.Role;
import org.jumelage.account.SignedInUser;
import org.jumelage.network.NetworkException;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.network.TownDirectory;
import org.jumelage.network.TownSummary;
import org.jumelage.programme.ProgrammeCatalogue;
import org.jumelage.project.OutcomeKind;
import org.jumelage.project.PartnerRole;
import org.jumelage.project.PortfolioFilter;
import org.jumelage.project.ProjectDetails;
import org.jumelage.project.ProjectException;
import org.jumelage.project.ProjectManagement;
import org.jumelage.project.ProjectStatus;
import org.jumelage.project.ProjectSummary;
import org.jumelage.shared.LocalizedText;
import org.jumelage.shared.Paging;
import org.jumelage.shared.web.FormErrors;
import org.springframework.context.MessageSource;
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

/** The portfolio, the project page and the forms to create and change projects, partners and outcomes. */
@Controller
class ProjectController {

    static final int PAGE_SIZE = 20;

    private static final Locale LV = Locale.forLanguageTag("lv");

    private final ProjectManagement projects;
    private final ProgrammeCatalogue catalogue;
    private final OrganisationManagement organisations;
    private final TownDirectory towns;
    private final MessageSource messages;

    ProjectController(
            ProjectManagement projects,
            ProgrammeCatalogue catalogue,
            OrganisationManagement organisations,
            TownDirectory towns,
            MessageSource messages) {
        this.projects = projects;
        this.catalogue = catalogue;
        this.organisations = organisations;
        this.towns = towns;
        this.messages = messages;
    }

    @GetMapping("/projects")
    String portfolio(
            @AuthenticationPrincipal SignedInUser me,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) @Nullable ProjectStatus status,
            @RequestParam(defaultValue = "") String measure,
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable PartnerRole role,
            @RequestParam(defaultValue = "0") int page,
            HtmxRequest htmx,
            Model model) {
        PortfolioFilter filter = new PortfolioFilter(q, status, measure, year, role);
        model.addAttribute("projects", projects.portfolio(me, filter, Paging.page(page, PAGE_SIZE)));
        model.addAttribute("q", q);
        model.addAttribute("status", status);
        model.addAttribute("measure", measure);
        model.addAttribute("year", year);
        model.addAttribute("role", role);
        model.addAttribute("statuses", ProjectStatus.values());
        model.addAttribute("roles", PartnerRole.values());
        model.addAttribute("measures", catalogue.measures());
        model.addAttribute("canCreate", me.hasRole(Role.ADMIN) || me.hasRole(Role.COORDINATOR));
        model.addAttribute("hasOrganisation", me.organisationId() != null || me.hasRole(Role.ADMIN));
        return htmx.isHtmxRequest() ? "project/portfolio :: results" : "project/portfolio";
    }

    /** The form for a new project; {@code q} searches the lead organisation's choices (the form without htmx). */
    @GetMapping("/projects/new")
    String newProject(
            @AuthenticationPrincipal SignedInUser me, @RequestParam(defaultValue = "") String q, Model model) {
        if (!me.hasRole(Role.ADMIN) && !me.hasRole(Role.COORDINATOR)) {
            throw ProjectException.notAllowed();
        }
        ProjectForm form = new ProjectForm();
        form.setLeadOrganisationId(q.isBlank() ? me.organisationId() : null);
        model.addAttribute("projectForm", form);
        return formPage(model, null, q);
    }

    @PostMapping("/projects")
    String create(
            @AuthenticationPrincipal SignedInUser me,
            @ModelAttribute("projectForm") ProjectForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return FormErrors.invalid(response, formPage(model, null, ""));
        }
        try {
            ProjectSummary created = projects.create(me, form.toDraft(), form.toStated());
            redirect.addFlashAttribute("flashSuccess", "project.saved");
            return "redirect:/projects/" + created.id();
        } catch (ProjectException e) {
            FormErrors.reject(result, e);
            return FormErrors.invalid(response, formPage(model, null, ""));
        }
    }

    /** The project page; {@code q} searches the partner form's organisation choices (the form without htmx). */
    @GetMapping("/projects/{id}")
    String show(
            @AuthenticationPrincipal SignedInUser me,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String q,
            Model model) {
        model.addAttribute("partnerForm", new PartnerForm());
        model.addAttribute("outcomeForm", new OutcomeForm());
        return projectPage(me, id, model, q);
    }

    @GetMapping("/projects/{id}/edit")
    String edit(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model) {
        ProjectDetails project = load(me, id);
        if (!projects.canEdit(me, id)) {
            throw ProjectException.notAllowed();
        }
        model.addAttribute("projectForm", ProjectForm.of(project));
        return formPage(model, project, "");
    }

    @PostMapping("/projects/{id}")
    String update(
            @AuthenticationPrincipal SignedInUser me,
            @PathVariable long id,
            @ModelAttribute("projectForm") ProjectForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        ProjectDetails current = load(me, id);
        if (result.hasErrors()) {
            return FormErrors.invalid(response, formPage(model, current, ""));
        }
        try {
            projects.update(me, id, form.toDraft(), form.toStated(), form.getVersion());
            redirect.addFlashAttribute("flashSuccess", "project.saved");
            return "redirect:/projects/" + id;
        } catch (ProjectException e) {
            FormErrors.reject(result, e);
            model.addAttribute("stale", e.code().equals("project.stale-version"));
            return FormErrors.invalid(response, formPage(model, current, ""));
        }
    }

    @PostMapping("/projects/{id}/delete")
    String delete(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, RedirectAttributes redirect) {
        projects.delete(me, id);
        redirect.addFlashAttribute("flashSuccess", "project.deleted");
        return "redirect:/projects";
    }

    @PostMapping("/projects/{id}/partners")
    String addPartner(
            @AuthenticationPrincipal SignedInUser me,
            @PathVariable long id,
            @ModelAttribute("partnerForm") PartnerForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                projects.addPartner(me, id, form.getOrganisationId(), form.getCountry(), form.getRole());
                redirect.addFlashAttribute("flashSuccess", "project.partner.added");
                return "redirect:/projects/" + id + "#partners";
            } catch (ProjectException e) {
                FormErrors.rejectInput(result, e, Map.of());
            }
        }
        model.addAttribute("outcomeForm", new OutcomeForm());
        return FormErrors.invalid(response, projectPage(me, id, model, ""));
    }

    /**
     * Partner search's "Add to the project": the town's organisation (or a new municipality) becomes
     * a partner; back to the search with a confirmation, or with the refusal.
     */
    @PostMapping("/projects/{id}/partners/from-town")
    String addPartnerFromTown(
            @AuthenticationPrincipal SignedInUser me,
            @PathVariable long id,
            @RequestParam(required = false) @Nullable Long townId,
            RedirectAttributes redirect) {
        if (!projects.canView(me, id)) {
            throw ProjectException.notFound(id);
        }
        if (!projects.canEdit(me, id)) {
            throw ProjectException.notAllowed();
        }
        if (townId == null) {
            redirect.addFlashAttribute("flashError", "partners.add.town-missing");
            return "redirect:/partner-search?project=" + id;
        }
        try {
            TownSummary town = towns.find(townId).orElseThrow(() -> NetworkException.unknownTown(townId));
            LocalizedText name = LocalizedText.of(
                    messages.getMessage("project.partner.municipality-name", new Object[] {town.name()}, LV),
                    messages.getMessage(
                            "project.partner.municipality-name", new Object[] {town.name()}, Locale.ENGLISH));
            projects.addPartnerFromTown(me, id, townId, name);
            redirect.addFlashAttribute("flashSuccess", "partners.added");
        } catch (ProjectException e) {
            if (e.kind() == ProjectException.Kind.NOT_FOUND || e.kind() == ProjectException.Kind.FORBIDDEN) {
                throw e;
            }
            redirect.addFlashAttribute("flashError", e.messageKey());
        } catch (NetworkException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
        return "redirect:/partner-search?project=" + id;
    }

    @PostMapping("/projects/{id}/partners/{partnerId}/remove")
    String removePartner(
            @AuthenticationPrincipal SignedInUser me,
            @PathVariable long id,
            @PathVariable long partnerId,
            RedirectAttributes redirect) {
        try {
            projects.removePartner(me, id, partnerId);
            redirect.addFlashAttribute("flashSuccess", "project.partner.removed");
        } catch (ProjectException e) {
            if (e.kind() == ProjectException.Kind.NOT_FOUND || e.kind() == ProjectException.Kind.FORBIDDEN) {
                throw e;
            }
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
        return "redirect:/projects/" + id + "#partners";
    }

    @PostMapping("/projects/{id}/outcomes")
    String addOutcome(
            @AuthenticationPrincipal SignedInUser me,
            @PathVariable long id,
            @ModelAttribute("outcomeForm") OutcomeForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                projects.addOutcome(me, id, form.getDate(), form.getKind(), form.text());
                redirect.addFlashAttribute("flashSuccess", "project.outcome.added");
                return "redirect:/projects/" + id + "#outcomes";
            } catch (ProjectException e) {
                FormErrors.rejectInput(result, e, Map.of());
            }
        }
        model.addAttribute("partnerForm", new PartnerForm());
        return FormErrors.invalid(response, projectPage(me, id, model, ""));
    }

    @PostMapping("/projects/{id}/outcomes/{outcomeId}/remove")
    String removeOutcome(
            @AuthenticationPrincipal SignedInUser me,
            @PathVariable long id,
            @PathVariable long outcomeId,
            RedirectAttributes redirect) {
        projects.removeOutcome(me, id, outcomeId);
        redirect.addFlashAttribute("flashSuccess", "project.outcome.removed");
        return "redirect:/projects/" + id + "#outcomes";
    }

    @GetMapping("/admin/projects/deleted")
    @IsAdministrator
    String deleted(@AuthenticationPrincipal SignedInUser me, Model model) {
        model.addAttribute("projects", projects.deleted(me));
        return "project/deleted";
    }

    @PostMapping("/admin/projects/{id}/restore")
    @IsAdministrator
    String restore(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, RedirectAttributes redirect) {
        projects.restore(me, id);
        redirect.addFlashAttribute("flashSuccess", "project.restored");
        return "redirect:/projects/" + id;
    }

    /** The project page; the partner form's organisation choices only for those who may add partners. */
    private String projectPage(SignedInUser me, long id, Model model, String organisationQuery) {
        model.addAttribute("project", load(me, id));
        boolean canEdit = projects.canEdit(me, id);
        model.addAttribute("canEdit", canEdit);
        model.addAttribute("roles", PartnerRole.values());
        model.addAttribute("outcomeKinds", OutcomeKind.values());
        if (canEdit) {
            PartnerForm form = (PartnerForm) model.getAttribute("partnerForm");
            model.addAttribute(
                    "organisationChoices",
                    organisations.choices(organisationQuery, form == null ? null : form.getOrganisationId()));
        }
        return "project/project";
    }

    /** The project form; the lead's choices only for a new project (the lead does not change later). */
    private String formPage(Model model, @Nullable ProjectDetails project, String organisationQuery) {
        model.addAttribute("project", project);
        model.addAttribute("statuses", ProjectStatus.values());
        model.addAttribute("measures", catalogue.measures());
        model.addAttribute(
                "calls",
                catalogue.measures().stream()
                        .flatMap(measure -> catalogue.calls(measure.code()).stream())
                        .toList());
        if (project == null) {
            ProjectForm form = (ProjectForm) model.getAttribute("projectForm");
            model.addAttribute(
                    "organisationChoices",
                    organisations.choices(organisationQuery, form == null ? null : form.getLeadOrganisationId()));
        }
        return "project/form";
    }

    private ProjectDetails load(SignedInUser me, long id) {
        return projects.find(me, id).orElseThrow(() -> ProjectException.notFound(id));
    }
}
