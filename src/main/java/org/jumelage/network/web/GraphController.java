package org.jumelage.network.web;

import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.jumelage.account.SignedInUser;
import org.jumelage.network.CooperationGraph;
import org.jumelage.network.GraphException;
import org.jumelage.network.GraphNode;
import org.jumelage.network.GraphQuery;
import org.jumelage.network.GraphView;
import org.jumelage.network.NetworkProjects;
import org.jumelage.network.OrganisationManagement;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The cooperation graph page: the figures, the towns with most links, the graph drawn by
 * Cytoscape.js ({@code static/js/graph.js}) and the table of its edges. The page is complete
 * without JavaScript for all years; the year sliders ask {@code /api/v1/network/graph} again. For
 * the whole instance it draws one country's towns (Latvia's unless another is chosen) and shows the
 * whole instance's figures next to a published reference.
 */
@Controller
class GraphController {

    /** The country whose towns the whole instance's page draws unless another is chosen. */
    static final String DEFAULT_COUNTRY = "LV";

    /** The most links the page draws (the table lists them all); those of the best-linked towns first. */
    static final int MAX_DRAWN = 500;

    /** The years the sliders offer before the first one the data knows. */
    static final int YEARS_BEFORE = 30;

    private final CooperationGraph graph;
    private final OrganisationManagement organisations;
    private final NetworkProjects projects;

    GraphController(CooperationGraph graph, OrganisationManagement organisations, NetworkProjects projects) {
        this.graph = graph;
        this.organisations = organisations;
        this.projects = projects;
    }

    @GetMapping("/network/graph")
    String page(
            @AuthenticationPrincipal SignedInUser me,
            @RequestParam(required = false) @Nullable String organisation,
            @RequestParam(required = false) @Nullable String project,
            @RequestParam(required = false) @Nullable String country,
            Model model,
            Locale locale) {
        GraphQuery asked = GraphParameters.query(organisation, project, null, null, country);
        boolean whole = asked.organisation() == null && asked.project() == null;
        String drawn = whole ? (asked.country() == null ? DEFAULT_COUNTRY : asked.country()) : null;
        GraphView view = graph.graph(me, new GraphQuery(asked.organisation(), asked.project(), null, null, drawn));
        String scope;
        String name = null;
        if (asked.project() != null) {
            scope = "project";
            long id = asked.project();
            name = projects.viewable(me, id)
                    .orElseThrow(() -> GraphException.projectNotFound(id))
                    .title();
        } else if (asked.organisation() != null) {
            scope = "organisation";
            long id = asked.organisation();
            name = organisations
                    .find(id)
                    .orElseThrow(() -> GraphException.organisationNotFound(id))
                    .name(locale);
        } else {
            scope = "instance";
        }
        int thisYear = Year.now().getValue();
        int last = Math.max(thisYear, view.lastYear() == null ? thisYear : view.lastYear());
        int first = Math.min(thisYear - YEARS_BEFORE, view.firstYear() == null ? thisYear : view.firstYear());
        Map<String, String> labels = new HashMap<>();
        for (GraphNode node : view.nodes()) {
            labels.put(node.id(), node.label());
        }
        var api = UriComponentsBuilder.fromPath("/api/v1/network/graph");
        if (asked.organisation() != null) {
            api.queryParam("organisation", asked.organisation());
        }
        if (asked.project() != null) {
            api.queryParam("project", asked.project());
        }
        model.addAttribute("scope", scope);
        model.addAttribute("scopeName", name);
        model.addAttribute("organisationId", asked.organisation());
        model.addAttribute("projectId", asked.project());
        model.addAttribute("graph", view);
        model.addAttribute("labels", labels);
        model.addAttribute("firstYear", first);
        model.addAttribute("lastYear", last);
        model.addAttribute("apiUrl", api.build().toUriString());
        model.addAttribute("country", drawn);
        model.addAttribute("countries", whole ? CountryOption.all(locale) : List.of());
        model.addAttribute(
                "countryName",
                drawn == null ? null : CountryOption.names(locale).get(drawn));
        model.addAttribute("reference", Reference.WIKIDATA_2017);
        model.addAttribute("maxDrawn", MAX_DRAWN);
        return "network/graph";
    }

    /**
     * A published sister-city network to compare with: Wikidata, 2017 (figures as the study gives
     * them).
     */
    record Reference(int towns, int links, double averageDegree, int largestComponent) {
        static final Reference WIKIDATA_2017 = new Reference(14_274, 20_573, 2.88, 10_320);
    }
}
