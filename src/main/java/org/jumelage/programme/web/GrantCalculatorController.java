package org.jumelage.programme.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.jumelage.network.OrganisationType;
import org.jumelage.programme.GrantCalculator;
import org.jumelage.programme.GrantEvaluationView;
import org.jumelage.programme.GrantPlan;
import org.jumelage.programme.ProgrammeCatalogue;
import org.jumelage.programme.ProgrammeException;
import org.jumelage.shared.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The "what if" grant calculator for signed-in users: a plan in a form, checked against the
 * programme rules with the grant it brings. Without JavaScript the form posts and the page comes
 * back with the result (422 with the errors at the fields when the plan cannot be read). With htmx,
 * a changed field updates only the result panel, and the buttons (calculate, add a row) update the
 * whole calculator.
 */
@Controller
@RequestMapping("/programmes/calculator")
class GrantCalculatorController {

    static final String VIEW = "programme/calculator";
    static final String CALCULATOR_FRAGMENT = VIEW + " :: calculator";
    static final String RESULT_FRAGMENT = VIEW + " :: result";

    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

    private final GrantPlanReader reader;
    private final GrantCalculator calculator;
    private final ProgrammeCatalogue catalogue;
    private final MessageSource messages;

    GrantCalculatorController(
            GrantPlanReader reader, GrantCalculator calculator, ProgrammeCatalogue catalogue, MessageSource messages) {
        this.reader = reader;
        this.calculator = calculator;
        this.catalogue = catalogue;
        this.messages = messages;
    }

    /** One error of the form, for the summary above the result: the field's label and a link to it. */
    record Problem(@Nullable String fieldId, String label, String message) {}

    @GetMapping
    String blank(Locale locale, Model model) {
        model.addAttribute("calculatorForm", new GrantCalculatorForm());
        return page(model, locale, List.of());
    }

    /**
     * @param action the button pressed: {@code calculate}, {@code add-partner}, {@code add-event} or
     *     {@code add-delegation-<event row>}; none when htmx sends a changed field
     */
    @PostMapping
    String calculate(
            @ModelAttribute("calculatorForm") GrantCalculatorForm form,
            BindingResult result,
            @RequestParam(required = false) @Nullable String action,
            Locale locale,
            Model model,
            HtmxRequest htmx,
            HttpServletResponse response) {
        form.trim();
        boolean addingRow = action != null && action.startsWith("add-");
        if (addingRow) {
            form.addRow(action);
        }
        if (!result.hasErrors()) {
            GrantCalculatorForm.Plan plan = form.toPlan();
            try {
                GrantPlan grantPlan = reader.read(plan.request(), locale);
                model.addAttribute(
                        "evaluation", GrantEvaluationView.of(calculator.evaluate(grantPlan), messages, locale));
            } catch (InvalidPlanException e) {
                if (!addingRow) {
                    for (FieldProblem problem : e.problems()) {
                        reject(result, plan.formField(problem.field()), problem.messageKey(), problem.arguments());
                    }
                }
            } catch (ProgrammeException e) {
                if (!addingRow) {
                    FormErrors.reject(result, e, Map.of(e.field(), plan.formField(e.field())));
                }
            }
        }
        List<Problem> problems = problems(result, locale);
        if (htmx.isHtmxRequest()) {
            // htmx swaps only successful answers; the errors are in the fragment for the reader.
            page(model, locale, problems);
            return action == null ? RESULT_FRAGMENT : CALCULATOR_FRAGMENT;
        }
        String view = page(model, locale, problems);
        return result.hasErrors() ? FormErrors.invalid(response, view) : view;
    }

    private String page(Model model, Locale locale, List<Problem> problems) {
        model.addAttribute("programmes", catalogue.programmes());
        model.addAttribute("applicantTypes", OrganisationType.values());
        model.addAttribute("problems", problems);
        return VIEW;
    }

    private static void reject(BindingResult result, String field, String messageKey, List<Object> arguments) {
        if (result.getFieldType(field) != null) {
            result.rejectValue(field, messageKey, arguments.toArray(), null);
        } else {
            result.reject(messageKey, arguments.toArray(), null);
        }
    }

    private List<Problem> problems(BindingResult result, Locale locale) {
        List<Problem> problems = new ArrayList<>();
        for (ObjectError error : result.getGlobalErrors()) {
            problems.add(new Problem(null, "", messages.getMessage(error, locale)));
        }
        for (FieldError error : result.getFieldErrors()) {
            problems.add(new Problem(
                    error.getField().replaceAll("[\\[\\]]", ""),
                    label(error.getField(), locale),
                    messages.getMessage(error, locale)));
        }
        return problems;
    }

    /**
     * The label the form shows for a field: {@code events[0].delegations[1].participants} has the
     * label {@code programme.calculator.field.events.delegations.participants} with the row numbers 1 and 2.
     */
    private String label(String field, Locale locale) {
        List<Object> rows = new ArrayList<>();
        Matcher index = INDEX.matcher(field);
        while (index.find()) {
            rows.add(Integer.parseInt(index.group(1)) + 1);
        }
        String key = "programme.calculator.field." + INDEX.matcher(field).replaceAll("");
        return messages.getMessage(key, rows.toArray(), field, locale);
    }
}
