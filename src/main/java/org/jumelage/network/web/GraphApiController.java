package org.jumelage.network.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.jumelage.account.SignedInUser;
import org.jumelage.network.CooperationGraph;
import org.jumelage.network.GraphView;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** JSON API of the cooperation graph. */
@RestController
@Tag(name = "Cooperation graph", description = "Towns and organisations linked by twinnings and shared projects")
class GraphApiController {

    private final CooperationGraph graph;

    GraphApiController(CooperationGraph graph) {
        this.graph = graph;
    }

    @GetMapping(path = "/api/v1/network/graph", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "The cooperation graph of an organisation's network, a project's partners or the whole instance",
            description = "Nodes (towns, organisations), edges (twin links, pairs of partners sharing a project) alive"
                    + " between from and to, and the figures of the scope. Links and projects with unknown years"
                    + " count for every year. The whole instance names no project.")
    @ApiResponse(responseCode = "200", description = "The graph")
    @ApiResponse(
            responseCode = "422",
            description = "A year or id is not a number, a year is out of range, from is after to, both organisation"
                    + " and project are given, or the country is unknown; 'errors' names the parameter",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(
            responseCode = "404",
            description = "No such organisation, or no such project or one not shared with the caller",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(
            responseCode = "401",
            description = "Not signed in",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    GraphView graph(
            @AuthenticationPrincipal SignedInUser me,
            @Parameter(description = "An organisation's id: its network") @RequestParam(required = false) @Nullable
                    String organisation,
            @Parameter(description = "A project's id: its partners") @RequestParam(required = false) @Nullable
                    String project,
            @Parameter(description = "First year, 800 to 2100", example = "2014")
                    @RequestParam(required = false)
                    @Nullable
                    String from,
            @Parameter(description = "Last year, 800 to 2100", example = "2020")
                    @RequestParam(required = false)
                    @Nullable
                    String to,
            @Parameter(
                            description = "Only the nodes and edges touching this country's towns (figures unchanged)",
                            example = "LV")
                    @RequestParam(required = false)
                    @Nullable
                    String country) {
        return graph.graph(me, GraphParameters.query(organisation, project, from, to, country));
    }
}
