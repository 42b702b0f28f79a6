package org.jumelage.reporting.web;

import java.util.Locale;
import org.jumelage.account.SignedInUser;
import org.jumelage.reporting.EvidencePack;
import org.jumelage.reporting.EvidencePacks;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The evidence pack page of a project or an event: what the ZIP will hold and, first, what it
 * lacks, with the download button. For the project's editors.
 */
@Controller
class EvidencePackController {

    private final EvidencePacks packs;

    EvidencePackController(EvidencePacks packs) {
        this.packs = packs;
    }

    @GetMapping("/projects/{id}/evidence-pack")
    String project(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Locale locale, Model model) {
        return page(packs.plan(me, EvidencePack.Subject.project(id), locale), model);
    }

    @GetMapping("/events/{id}/evidence-pack")
    String event(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Locale locale, Model model) {
        return page(packs.plan(me, EvidencePack.Subject.event(id), locale), model);
    }

    @GetMapping("/projects/{id}/evidence-pack/download")
    ResponseEntity<StreamingResponseBody> downloadProject(
            @AuthenticationPrincipal SignedInUser me, @PathVariable long id, Locale locale) {
        return PackDownloads.zip(packs.download(me, EvidencePack.Subject.project(id), locale));
    }

    @GetMapping("/events/{id}/evidence-pack/download")
    ResponseEntity<StreamingResponseBody> downloadEvent(
            @AuthenticationPrincipal SignedInUser me, @PathVariable long id, Locale locale) {
        return PackDownloads.zip(packs.download(me, EvidencePack.Subject.event(id), locale));
    }

    private static String page(EvidencePack pack, Model model) {
        model.addAttribute("pack", pack);
        String base = pack.subject().kind() == EvidencePack.Kind.PROJECT ? "/projects/" : "/events/";
        model.addAttribute("back", base + pack.subject().id());
        model.addAttribute("downloadUrl", base + pack.subject().id() + "/evidence-pack/download");
        return "reporting/evidence-pack";
    }
}
