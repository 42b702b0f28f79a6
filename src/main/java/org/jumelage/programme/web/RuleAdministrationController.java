package org.jumelage.programme.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jumelage.account.IsAdministrator;
import org.jumelage.account.SignedInUser;
import org.jumelage.programme.ProgrammeException;
import org.jumelage.programme.RuleAdministration;
import org.jumelage.programme.RuleFileSummary;
import org.jumelage.programme.RuleOverrideVersion;
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

/**
 * Administrators' pages for the rule data: the rules in force per measure with source and
 * confidence of every value, an editor for the measure's override in the rule data format, import
 * and export of rule files, and the saved versions.
 */
@Controller
@IsAdministrator
class RuleAdministrationController {

    /** Rule files are small; the reader refuses larger texts too. */
    static final int MAX_FILE_BYTES = 200_000;

    private final RuleAdministration rules;

    RuleAdministrationController(RuleAdministration rules) {
        this.rules = rules;
    }

    /** The override editor's one field. */
    static final class OverrideForm {

        private String content = "";

        public String getContent() {
            return content;
        }

        public void setContent(String content) {
            this.content = content;
        }
    }

    @GetMapping("/admin/rules")
    String list(Model model) {
        model.addAttribute("files", rules.ruleFiles());
        return "programme/admin-rules";
    }

    @GetMapping("/admin/rules/{measure}")
    String show(@PathVariable String measure, @RequestParam(required = false) Integer version, Model model) {
        RuleFileSummary file = file(measure);
        OverrideForm form = new OverrideForm();
        List<RuleOverrideVersion> history = rules.history(measure);
        if (version != null) {
            form.setContent(history.stream()
                    .filter(saved -> saved.version() == version)
                    .findFirst()
                    .map(RuleOverrideVersion::content)
                    .orElseThrow(() -> ProgrammeException.noRules(measure + " v" + version)));
        } else {
            form.setContent(rules.currentOverride(measure)
                    .map(RuleOverrideVersion::content)
                    .orElseGet(() -> skeleton(file)));
        }
        return page(file, form, history, model);
    }

    @PostMapping("/admin/rules/{measure}")
    String save(
            @PathVariable String measure,
            @ModelAttribute("form") OverrideForm form,
            BindingResult result,
            @AuthenticationPrincipal SignedInUser administrator,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        RuleFileSummary file = file(measure);
        try {
            rules.saveOverride(administrator, measure, form.getContent());
        } catch (ProgrammeException e) {
            FormErrors.rejectInput(result, e, java.util.Map.of());
            return FormErrors.invalid(response, page(file, form, rules.history(measure), model));
        }
        redirect.addFlashAttribute("flashSuccess", "rules.admin.saved");
        return "redirect:/admin/rules/" + measure;
    }

    @PostMapping("/admin/rules/{measure}/import")
    String importFile(
            @PathVariable String measure,
            @RequestParam("file") MultipartFile upload,
            @AuthenticationPrincipal SignedInUser administrator,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect)
            throws IOException {
        RuleFileSummary file = file(measure);
        OverrideForm form = new OverrideForm();
        String problem = null;
        if (upload.isEmpty()) {
            problem = "rules.admin.import.empty";
        } else if (upload.getSize() > MAX_FILE_BYTES) {
            problem = "rules.admin.import.too-large";
        } else {
            try {
                form.setContent(StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(upload.getBytes()))
                        .toString());
            } catch (CharacterCodingException e) {
                problem = "rules.admin.import.not-text";
            }
        }
        BindingResult result = new org.springframework.validation.BeanPropertyBindingResult(form, "form");
        if (problem == null) {
            try {
                rules.saveOverride(administrator, measure, form.getContent());
                redirect.addFlashAttribute("flashSuccess", "rules.admin.imported");
                return "redirect:/admin/rules/" + measure;
            } catch (ProgrammeException e) {
                FormErrors.rejectInput(result, e, java.util.Map.of());
            }
        } else {
            result.reject(problem, new Object[] {MAX_FILE_BYTES / 1000}, null);
        }
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", result);
        return FormErrors.invalid(response, page(file, form, rules.history(measure), model));
    }

    @PostMapping("/admin/rules/{measure}/remove")
    String remove(
            @PathVariable String measure,
            @AuthenticationPrincipal SignedInUser administrator,
            RedirectAttributes redirect) {
        file(measure);
        rules.removeOverride(administrator, measure);
        redirect.addFlashAttribute("flashSuccess", "rules.admin.removed");
        return "redirect:/admin/rules/" + measure;
    }

    @GetMapping("/admin/rules/{measure}/export")
    ResponseEntity<String> export(@PathVariable String measure) {
        file(measure);
        return ResponseEntity.ok()
                .contentType(new MediaType("application", "yaml", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(measure + ".yaml")
                                .build()
                                .toString())
                .body(rules.export(measure));
    }

    private String page(RuleFileSummary file, OverrideForm form, List<RuleOverrideVersion> history, Model model) {
        model.addAttribute("file", file);
        model.addAttribute("form", form);
        model.addAttribute("history", history);
        return "programme/admin-rule-file";
    }

    private RuleFileSummary file(String measure) {
        return rules.ruleFiles().stream()
                .filter(file -> file.measure().equals(measure))
                .findFirst()
                .orElseThrow(() -> ProgrammeException.unknownMeasure(measure));
    }

    /** What the editor starts from when no override is in force: the measure and its rule sets, no values. */
    private static String skeleton(RuleFileSummary file) {
        StringBuilder text =
                new StringBuilder("measure: ").append(file.measure()).append("\nruleSets:\n");
        for (RuleFileSummary.RuleSetSummary set : file.ruleSets()) {
            text.append("  - id: ").append(set.id()).append('\n');
        }
        return text.toString();
    }
}
