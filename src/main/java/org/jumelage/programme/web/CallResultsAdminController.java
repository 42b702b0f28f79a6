package org.jumelage.programme.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.jumelage.account.IsAdministrator;
import org.jumelage.account.SignedInUser;
import org.jumelage.programme.CallResults;
import org.jumelage.programme.CallResultsLimits;
import org.jumelage.programme.CallStatisticInput;
import org.jumelage.programme.CallStatisticsImport;
import org.jumelage.programme.ProgrammeException;
import org.jumelage.shared.web.FormErrors;
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
 * Administrators' page for call results: the recorded rows, a form for one call and scope, a CSV
 * import (all-or-nothing, with its problems by line) and removal of a row.
 */
@Controller
@IsAdministrator
class CallResultsAdminController {

    private final CallResults results;

    CallResultsAdminController(CallResults results) {
        this.results = results;
    }

    /** The form of one call's results; the country empty for the whole call. */
    static final class CallStatisticForm {

        private String callCode = "";
        private @Nullable String country;
        private @Nullable Integer submitted;
        private @Nullable Integer funded;
        private @Nullable String source;

        public String getCallCode() {
            return callCode;
        }

        public void setCallCode(String callCode) {
            this.callCode = callCode;
        }

        public @Nullable String getCountry() {
            return country;
        }

        public void setCountry(@Nullable String country) {
            this.country = country;
        }

        public @Nullable Integer getSubmitted() {
            return submitted;
        }

        public void setSubmitted(@Nullable Integer submitted) {
            this.submitted = submitted;
        }

        public @Nullable Integer getFunded() {
            return funded;
        }

        public void setFunded(@Nullable Integer funded) {
            this.funded = funded;
        }

        public @Nullable String getSource() {
            return source;
        }

        public void setSource(@Nullable String source) {
            this.source = source;
        }

        CallStatisticInput input() {
            return new CallStatisticInput(callCode, country, submitted, funded, source);
        }
    }

    @GetMapping("/admin/calls")
    String page(Model model) {
        return page(new CallStatisticForm(), List.of(), model);
    }

    @PostMapping("/admin/calls/statistics")
    String record(
            @ModelAttribute("form") CallStatisticForm form,
            BindingResult result,
            @AuthenticationPrincipal SignedInUser administrator,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                results.record(administrator, form.input());
                redirect.addFlashAttribute("flashSuccess", "programme.calls.admin.saved");
                return "redirect:/admin/calls";
            } catch (ProgrammeException e) {
                FormErrors.rejectInput(result, e, Map.of());
            }
        }
        return FormErrors.invalid(response, page(form, List.of(), model));
    }

    @PostMapping("/admin/calls/statistics/import")
    String importFile(
            @RequestParam(name = "file", required = false) @Nullable MultipartFile upload,
            @AuthenticationPrincipal SignedInUser administrator,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect)
            throws IOException {
        CallStatisticsImport outcome;
        if (upload == null || upload.isEmpty()) {
            outcome = refused("programme.call-statistic.import.empty");
        } else if (upload.getSize() > CallResultsLimits.MAX_BYTES) {
            outcome = refused(
                    "programme.call-statistic.import.too-large", String.valueOf(CallResultsLimits.MAX_BYTES / 1000));
        } else {
            try {
                String text = StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(upload.getBytes()))
                        .toString();
                outcome = results.importCsv(administrator, text);
            } catch (CharacterCodingException e) {
                outcome = refused("programme.call-statistic.import.not-text");
            }
        }
        if (outcome.accepted()) {
            redirect.addFlashAttribute("flashSuccess", "programme.calls.admin.imported");
            redirect.addFlashAttribute("importedRows", outcome.saved());
            return "redirect:/admin/calls";
        }
        return FormErrors.invalid(response, page(new CallStatisticForm(), outcome.problems(), model));
    }

    @PostMapping("/admin/calls/{code}/statistics/remove")
    String remove(
            @PathVariable String code,
            @RequestParam(name = "country", required = false) @Nullable String country,
            @AuthenticationPrincipal SignedInUser administrator,
            RedirectAttributes redirect) {
        boolean removed = results.remove(administrator, code, country == null ? "" : country);
        redirect.addFlashAttribute(
                "flashSuccess", removed ? "programme.calls.admin.removed" : "programme.calls.admin.nothing-removed");
        return "redirect:/admin/calls";
    }

    private String page(CallStatisticForm form, List<CallStatisticsImport.Problem> problems, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("recorded", results.recorded());
        model.addAttribute("calls", results.calls());
        model.addAttribute("header", String.join(",", CallResults.CSV_HEADER));
        return "programme/admin-calls";
    }

    private static CallStatisticsImport refused(String code, String... arguments) {
        return new CallStatisticsImport(
                0, List.of(new CallStatisticsImport.Problem(1, code, "error." + code, List.of(arguments))));
    }
}
