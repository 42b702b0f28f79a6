package org.jumelage.network.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.jumelage.account.IsAdministrator;
import org.jumelage.network.NetworkException;
import org.jumelage.network.TownDirectory;
import org.jumelage.network.TownSummary;
import org.jumelage.shared.Countries;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The town search page (type-ahead with htmx, a plain GET form without it), the options of town
 * fields, and the administrators' form for a missing town.
 */
@Controller
class TownController {

    static final int PAGE_LIMIT = 50;
    static final int OPTIONS_LIMIT = 12;

    private final TownDirectory towns;

    TownController(TownDirectory towns) {
        this.towns = towns;
    }

    @GetMapping("/towns")
    String search(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String country,
            Model model,
            Locale locale,
            HtmxRequest htmx) {
        String code = Countries.isKnown(country) ? country : "";
        List<TownSummary> found = towns.search(q, code.isEmpty() ? null : code, PAGE_LIMIT);
        model.addAttribute("query", q);
        model.addAttribute("country", code);
        model.addAttribute("towns", found);
        model.addAttribute(
                "total", found.size() < PAGE_LIMIT ? found.size() : towns.count(q, code.isEmpty() ? null : code));
        model.addAttribute("countryNames", CountryOption.names(locale));
        if (htmx.isHtmxRequest() && !htmx.isHistoryRestoreRequest()) {
            return "network/towns :: rows";
        }
        model.addAttribute("countries", CountryOption.all(locale));
        return "network/towns";
    }

    /**
     * The {@code <option>}s of a town field's datalist. The field's own value arrives under its
     * name, which {@code field} names (htmx sends an input's value under the input's name); a
     * plain {@code q} works too.
     */
    @GetMapping("/towns/options")
    String options(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) @Nullable String field,
            @RequestParam(defaultValue = "") String country,
            HttpServletRequest request,
            Model model) {
        String query = q;
        if (field != null && !field.isBlank() && request.getParameter(field) != null) {
            query = request.getParameter(field);
        }
        String code = Countries.isKnown(country) ? country : null;
        model.addAttribute("towns", query.isBlank() ? List.of() : towns.search(query, code, OPTIONS_LIMIT));
        return "network/fragments :: town-options";
    }

    @GetMapping("/admin/towns/new")
    @IsAdministrator
    String newTown(Model model, Locale locale) {
        model.addAttribute("townForm", new NewTownForm());
        return townFormPage(model, locale);
    }

    @PostMapping("/admin/towns")
    @IsAdministrator
    String addTown(
            @Valid @ModelAttribute("townForm") NewTownForm form,
            BindingResult result,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        if (!form.getCountry().isBlank() && !Countries.isKnown(form.getCountry())) {
            result.rejectValue("country", "error.network.unknown-country", new Object[] {form.getCountry()}, null);
        }
        if (result.hasErrors()) {
            return townFormPage(model, locale);
        }
        try {
            TownSummary town = towns.addTown(form.toNewTown());
            redirect.addFlashAttribute("flashSuccess", "network.town-form.added");
            return "redirect:"
                    + UriComponentsBuilder.fromPath("/towns")
                            .queryParam("q", town.name())
                            .queryParam("country", town.country())
                            .encode()
                            .build()
                            .toUriString();
        } catch (NetworkException e) {
            String field = e.field();
            if (field != null
                    && List.of("name", "country", "latitude", "longitude", "population", "region")
                            .contains(field)) {
                result.rejectValue(field, e.messageKey(), e.arguments(), null);
            } else {
                result.reject(e.messageKey(), e.arguments(), null);
            }
            return townFormPage(model, locale);
        }
    }

    private String townFormPage(Model model, Locale locale) {
        model.addAttribute("countries", CountryOption.all(locale));
        return "network/town-form";
    }
}
