package org.jumelage.project.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.jumelage.account.SignedInUser;
import org.jumelage.programme.GrantEstimate;
import org.jumelage.project.CancelledDelegation;
import org.jumelage.project.GrantAward;
import org.jumelage.project.GrantAwardDraft;
import org.jumelage.project.GrantForecast;
import org.jumelage.project.ProjectException;
import org.jumelage.project.ProjectGrants;
import org.jumelage.project.ProjectManagement;
import org.jumelage.project.ProjectRights;
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

/**
 * The project's eligibility and grant panel: an htmx fragment of the project page, loaded when the
 * page loads and again whenever the page signals that the plan changed, and a page of its own for
 * browsers without JavaScript. Whoever may see the project sees the panel.
 */
@Controller
class GrantPanelController {

    private final ProjectManagement projects;
    private final ProjectGrants grants;
    private final MessageSource messages;

    GrantPanelController(ProjectManagement projects, ProjectGrants grants, MessageSource messages) {
        this.projects = projects;
        this.grants = grants;
        this.messages = messages;
    }

    @GetMapping("/projects/{id}/grant-panel")
    String panel(
            @AuthenticationPrincipal SignedInUser me,
            @PathVariable long id,
            @RequestParam(name = "without-delegation", required = false) @Nullable String withoutDelegation,
            HtmxRequest htmx,
            Locale locale,
            Model model) {
        // The forecast refuses whoever may not see the project; the project itself is needed only for
        // the page of its own (its link back), not for the fragment htmx swaps into the project page.
        GrantPanel panel =
                panel(me, id, CancelledDelegation.parse(withoutDelegation).orElse(null), locale);
        model.addAttribute("panel", panel);
        if (panel.canEdit()) {
            model.addAttribute("awardForm", GrantAwardForm.of(panel.award()));
        }
        if (htmx.isHtmxRequest()) {
            return "project/grant-panel :: panel";
        }
        model.addAttribute("project", projects.find(me, id).orElseThrow(() -> ProjectException.notFound(id)));
        return "project/grant-panel";
    }

    /** Records the grant award (editors only); a refused value is shown on the panel's own page. */
    @PostMapping("/projects/{id}/grant-award")
    String recordAward(
            @AuthenticationPrincipal SignedInUser me,
            @PathVariable long id,
            @ModelAttribute("awardForm") GrantAwardForm form,
            BindingResult result,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        BigDecimal amount = null;
        LocalDate signedOn = null;
        try {
            amount = form.amountValue();
        } catch (NumberFormatException e) {
            result.rejectValue("amount", "error.project.award-amount-invalid");
        }
        try {
            signedOn = form.signedOnValue();
        } catch (DateTimeParseException e) {
            result.rejectValue("signedOn", "project.grant.award.date-invalid");
        }
        if (!result.hasErrors()) {
            try {
                grants.recordAward(
                        me,
                        id,
                        new GrantAwardDraft(
                                amount, GrantEstimate.EUR, form.getAgreementNumber(), signedOn, form.getConditions()));
                redirect.addFlashAttribute("flashSuccess", "project.grant.award.saved");
                return "redirect:/projects/" + id + "/grant-panel";
            } catch (ProjectException e) {
                FormErrors.rejectInput(result, e, Map.of());
            }
        } else if (!projects.rights(me, id).edit()) {
            // Malformed input from someone who may not record it is refused all the same.
            grants.recordAward(me, id, new GrantAwardDraft(null, null, null, null, null));
        }
        model.addAttribute("panel", panel(me, id, null, locale));
        model.addAttribute("project", projects.find(me, id).orElseThrow(() -> ProjectException.notFound(id)));
        return FormErrors.invalid(response, "project/grant-panel");
    }

    private GrantPanel panel(SignedInUser me, long id, @Nullable CancelledDelegation without, Locale locale) {
        GrantForecast forecast =
                without == null ? grants.forecast(me, id, locale) : grants.forecast(me, id, locale, without);
        GrantAward award = grants.award(me, id).orElse(null);
        ProjectRights rights = projects.rights(me, id);
        boolean canEdit = rights != null && rights.edit();
        return GrantPanel.of(forecast, award, grants.verdict(award, forecast), canEdit, messages, locale);
    }
}
