package org.jumelage.network.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.jumelage.account.SignedInUser;
import org.jumelage.network.NetworkMap;
import org.jumelage.network.NetworkMaps;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The map pages: a project's towns ({@code ?project=}, for who may see the project) and an
 * organisation's network ({@code ?organisation=}, for everybody signed in, the partners only of the
 * projects the viewer may see). Exactly one of the two; anything else is a 400 page saying what is
 * wrong, an unknown or hidden subject the 404 page.
 */
@Controller
class MapController {

    private final NetworkMaps maps;

    MapController(NetworkMaps maps) {
        this.maps = maps;
    }

    @GetMapping("/network/map")
    String map(
            @RequestParam(required = false) @Nullable String project,
            @RequestParam(required = false) @Nullable String organisation,
            @AuthenticationPrincipal SignedInUser me,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        boolean hasProject = project != null && !project.isBlank();
        boolean hasOrganisation = organisation != null && !organisation.isBlank();
        if (hasProject == hasOrganisation) {
            return problem(hasProject ? "map.problem.both" : "map.problem.none", model, response);
        }
        Long id = parseId(hasProject ? project : organisation);
        if (id == null) {
            return problem(
                    hasProject ? "map.problem.project-invalid" : "map.problem.organisation-invalid", model, response);
        }
        NetworkMap map = (hasProject ? maps.ofProject(me, id, locale) : maps.ofOrganisation(me, id, locale))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("networkMap", map);
        model.addAttribute(hasProject ? "projectId" : "organisationId", id);
        return "network/map-page";
    }

    private static String problem(String key, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("mapProblem", key);
        return "network/map-page";
    }

    /** A positive whole number, else {@code null}. */
    private static @Nullable Long parseId(String text) {
        try {
            long id = Long.parseLong(text.strip());
            return id > 0 ? id : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
