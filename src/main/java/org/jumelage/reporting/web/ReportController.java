package org.jumelage.reporting.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.jumelage.account.SignedInUser;
import org.jumelage.reporting.FinalReport;
import org.jumelage.reporting.FinalReport.SectionKind;
import org.jumelage.reporting.ProjectReports;
import org.jumelage.reporting.ReportSections;
import org.jumelage.reporting.ReportingException;
import org.jumelage.shared.Languages;
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

/**
 * The final report page of a project ({@code /projects/{id}/report}): every section of {@link
 * FinalReport}, with links to where each number comes from, the downloads, and for the project's
 * editors the form of the written sections with a draft of the summary from the data. Viewers who
 * are not editors read it; others are told it does not exist.
 */
@Controller
class ReportController {

    static final String VIEW = "reporting/report";

    private final ProjectReports reports;

    ReportController(ProjectReports reports) {
        this.reports = reports;
    }

    @GetMapping("/projects/{id}/report")
    String report(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Locale locale, Model model) {
        FinalReport report = reports.report(me, id, locale);
        model.addAttribute("reportForm", ReportForm.of(report.sections()));
        return page(model, report);
    }

    @PostMapping("/projects/{id}/report")
    String save(
            @AuthenticationPrincipal SignedInUser me,
            @PathVariable long id,
            @ModelAttribute("reportForm") ReportForm form,
            BindingResult result,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        String draft = form.getDraft();
        if (draft != null && !draft.isEmpty()) {
            if (!Languages.isSupported(draft)) {
                FormErrors.rejectInput(result, ReportingException.unknownLanguage("draft", draft), ReportForm.FIELDS);
                return FormErrors.invalid(response, page(model, reports.report(me, id, locale)));
            }
            form.set(SectionKind.SUMMARY, draft, reports.draftSummary(me, id, draft));
            form.setDraft(null);
            model.addAttribute("drafted", true);
            return page(model, reports.report(me, id, locale));
        }
        try {
            reports.saveSections(me, id, form.toSections());
        } catch (ReportingException e) {
            FormErrors.rejectInput(result, e, ReportForm.FIELDS);
            return FormErrors.invalid(response, page(model, reports.report(me, id, locale)));
        }
        redirect.addFlashAttribute("flashSuccess", "reporting.report.sections.saved");
        return "redirect:/projects/" + id + "/report#sections";
    }

    private static String page(Model model, FinalReport report) {
        model.addAttribute("report", report);
        model.addAttribute("summaryMax", ReportSections.SUMMARY_MAX);
        model.addAttribute("textMax", ReportSections.TEXT_MAX);
        model.addAttribute("languages", Languages.SUPPORTED);
        model.addAttribute("utc", java.time.ZoneOffset.UTC);
        java.util.Map<String, java.util.List<FinalReport.WrittenSection>> byKind = new java.util.LinkedHashMap<>();
        for (SectionKind kind : SectionKind.values()) {
            byKind.put(kind.id(), report.sections(kind));
        }
        model.addAttribute("sectionsByKind", byKind);
        return VIEW;
    }
}
