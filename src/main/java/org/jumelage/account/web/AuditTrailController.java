package org.jumelage.account.web;

import org.jumelage.account.AuditTrail;
import org.jumelage.account.IsAdministrator;
import org.jumelage.shared.Paging;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Administrators read the audit trail, newest first, optionally filtered by action. */
@Controller
@IsAdministrator
class AuditTrailController {

    static final int PAGE_SIZE = 50;

    private final AuditTrail auditTrail;

    AuditTrailController(AuditTrail auditTrail) {
        this.auditTrail = auditTrail;
    }

    @GetMapping("/admin/audit")
    String list(
            @RequestParam(defaultValue = "") String action, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("entries", auditTrail.entries(action.strip(), Paging.page(page, PAGE_SIZE)));
        model.addAttribute("action", action);
        return "account/audit";
    }
}
