package org.jumelage.network.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.jumelage.account.SignedInUser;
import org.jumelage.network.MapPoint;
import org.jumelage.network.MapReason;
import org.jumelage.network.MapRole;
import org.jumelage.network.NetworkException;
import org.jumelage.network.NetworkProject;
import org.jumelage.network.NetworkProjects;
import org.jumelage.network.PartnerCandidate;
import org.jumelage.network.PartnerCountryRules;
import org.jumelage.network.PartnerReason;
import org.jumelage.network.PartnerSearch;
import org.jumelage.network.PartnerSearchResult;
import org.jumelage.network.TownDirectory;
import org.jumelage.network.TownResolution;
import org.jumelage.network.TownSummary;
import org.jumelage.shared.Countries;
import org.jumelage.shared.web.FormErrors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The "Find partners" page: its own form, or opened from a project ({@code ?project=}). */
@Controller
class PartnerSearchController {

    private final PartnerSearch search;
    private final TownDirectory towns;
    private final NetworkProjects projects;
    private final ObjectProvider<PartnerCountryRules> rules;
    private final MessageSource messages;

    PartnerSearchController(
            PartnerSearch search,
            TownDirectory towns,
            NetworkProjects projects,
            ObjectProvider<PartnerCountryRules> rules,
            MessageSource messages) {
        this.search = search;
        this.towns = towns;
        this.projects = projects;
        this.rules = rules;
        this.messages = messages;
    }

    /** A result as the page shows it: the candidate, its country's name and its reasons in words. */
    record Row(PartnerCandidate candidate, String countryName, List<String> reasons) {}

    @GetMapping("/partner-search")
    String page(
            @AuthenticationPrincipal SignedInUser me,
            @ModelAttribute("searchForm") PartnerSearchForm form,
            BindingResult binding,
            Locale locale,
            HttpServletResponse response,
            Model model) {
        NetworkProject project = null;
        if (form.getProject() != null) {
            long id = form.getProject();
            project = projects.viewable(me, id).orElseThrow(() -> NetworkException.partnerSearchProjectNotFound(id));
            model.addAttribute("project", project);
            model.addAttribute("canAdd", projects.editable(me, id));
        }
        prepare(model, locale);
        if (binding.hasErrors()) {
            return FormErrors.invalid(response, "network/partner-search");
        }
        Long townId = null;
        if (!form.getTown().isBlank()) {
            TownResolution resolution = towns.resolve(form.getTown(), null);
            if (resolution.town() == null) {
                binding.rejectValue("town", "network.partner-search.town-unclear");
                model.addAttribute("townCandidates", Map.of("town", resolution.candidates()));
                return FormErrors.invalid(response, "network/partner-search");
            }
            townId = resolution.town().id();
        }
        if (townId == null && project == null) {
            return "network/partner-search";
        }
        try {
            PartnerSearchResult result = search.search(me, form.query(townId));
            model.addAttribute("result", result);
            model.addAttribute("rows", rows(result, locale));
            model.addAttribute("needs", needs(result, locale));
            model.addAttribute("mapPoints", mapPoints(result, model));
            model.addAttribute("countryNames", CountryOption.names(locale));
            if (result.page() > 0) {
                model.addAttribute("previousUrl", pageUrl(result.page() - 1));
            }
            if ((long) (result.page() + 1) * result.size() < result.total()) {
                model.addAttribute("nextUrl", pageUrl(result.page() + 1));
            }
        } catch (NetworkException e) {
            FormErrors.rejectInput(binding, e, Map.of());
            return FormErrors.invalid(response, "network/partner-search");
        }
        return "network/partner-search";
    }

    private void prepare(Model model, Locale locale) {
        model.addAttribute("countries", CountryOption.all(locale));
        PartnerCountryRules port = rules.getIfAvailable();
        model.addAttribute("measures", port == null ? Map.of() : port.measureNames(locale));
        List<String[]> languages = new ArrayList<>();
        for (String code : search.languages()) {
            languages.add(new String[] {code, Locale.forLanguageTag(code).getDisplayLanguage(locale)});
        }
        languages.sort((a, b) -> a[1].compareToIgnoreCase(b[1]));
        model.addAttribute("languages", languages);
    }

    private List<Row> rows(PartnerSearchResult result, Locale locale) {
        List<Row> rows = new ArrayList<>();
        for (PartnerCandidate candidate : result.items()) {
            List<String> reasons = new ArrayList<>();
            for (PartnerReason reason : candidate.reasons()) {
                reasons.add(reasonText(reason, candidate, result, locale));
            }
            rows.add(new Row(candidate, Countries.name(candidate.town().country(), locale), reasons));
        }
        return rows;
    }

    private String reasonText(
            PartnerReason reason, PartnerCandidate candidate, PartnerSearchResult result, Locale locale) {
        String key = "partners.reason."
                + reason.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
        Object[] arguments = switch (reason.kind()) {
            case TWIN -> new Object[] {name(reason.via())};
            case TWIN_OF_TWIN -> new Object[] {name(reason.from()), name(reason.via())};
            case PAST_PROJECT -> new Object[] {String.valueOf(result.measure())};
            case THEME -> new Object[] {};
            case POPULATION ->
                new Object[] {result.lead() == null ? "" : result.lead().name()};
            case COUNTRY_NEEDED -> new Object[] {Countries.name(candidate.town().country(), locale)};
        };
        return messages.getMessage(key, arguments, locale);
    }

    /** The lead town and this page's candidates for the map beside the list, with the same reasons in words. */
    @SuppressWarnings("unchecked")
    private static List<MapPoint> mapPoints(PartnerSearchResult result, Model model) {
        List<MapPoint> points = new ArrayList<>();
        TownSummary lead = result.lead();
        if (lead != null) {
            points.add(new MapPoint(
                    lead.id(),
                    lead.name(),
                    lead.country(),
                    lead.latitude(),
                    lead.longitude(),
                    MapRole.HOME,
                    List.of(new MapReason("partners.map.home", lead.name())),
                    0));
        }
        List<Row> rows = (List<Row>) model.getAttribute("rows");
        for (Row row : rows == null ? List.<Row>of() : rows) {
            TownSummary town = row.candidate().town();
            points.add(new MapPoint(
                    town.id(),
                    town.name(),
                    town.country(),
                    town.latitude(),
                    town.longitude(),
                    MapRole.CANDIDATE,
                    row.reasons().stream()
                            .map(reason -> new MapReason("partners.map.why", reason))
                            .toList(),
                    row.candidate().distanceKm() == null
                            ? null
                            : row.candidate().distanceKm().intValue()));
        }
        return points;
    }

    /** The measure's unmet country rules in words: "Latvia's project still needs …". */
    private List<String> needs(PartnerSearchResult result, Locale locale) {
        String lead = Optional.ofNullable(result.lead())
                .map(town -> Countries.name(town.country(), locale))
                .orElse("");
        return result.needs().stream()
                .map(need -> messages.getMessage(
                        need.memberStates() ? "partners.need.member-states" : "partners.need.countries",
                        new Object[] {lead, need.missing(), need.required(), String.valueOf(result.measure())},
                        locale))
                .toList();
    }

    private static String pageUrl(int page) {
        return ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("page", page)
                .build()
                .toUriString();
    }

    private static String name(PartnerReason.@Nullable TownRef town) {
        return town == null ? "" : town.name();
    }
}
