package org.jumelage.project.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import java.util.Locale;
import org.jumelage.account.SignedInUser;
import org.jumelage.project.ProjectException;
import org.jumelage.project.ProjectGrants;
import org.jumelage.project.ProjectManagement;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

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
            HtmxRequest htmx,
            Locale locale,
            Model model) {
        // The forecast refuses whoever may not see the project; the project itself is needed only for
        // the page of its own (its link back), not for the fragment htmx swaps into the project page.
        model.addAttribute("panel", GrantPanel.of(grants.forecast(me, id, locale), messages, locale));
        if (htmx.isHtmxRequest()) {
            return "project/grant-panel :: panel";
        }
        model.addAttribute("project", projects.find(me, id).orElseThrow(() -> ProjectException.notFound(id)));
        return "project/grant-panel";
    }
}
