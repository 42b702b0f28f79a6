package org.jumelage.network.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.jumelage.account.SignedInUser;
import org.jumelage.network.NetworkException;
import org.jumelage.network.PartnerCandidate;
import org.jumelage.network.PartnerReason;
import org.jumelage.network.PartnerSearch;
import org.jumelage.network.PartnerSearchResult;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** JSON API of partner search: candidate towns for a town or a project, ranked, with their reasons. */
@RestController
@RequestMapping("/api/v1/partner-search")
@Tag(name = "Partner search", description = "Candidate partner towns, ranked, with the reasons each was proposed")
class PartnerSearchApiController {

    private final PartnerSearch search;
    private final NetworkProblems problems;

    PartnerSearchApiController(PartnerSearch search, NetworkProblems problems) {
        this.search = search;
        this.problems = problems;
    }

    @Schema(name = "PartnerSearchTown")
    record TownResource(
            long id, String name, @Schema(example = "LT") String country, long population) {}

    @Schema(name = "PartnerSearchVia")
    record ViaResource(long id, String name) {}

    @Schema(name = "PartnerSearchReason")
    record ReasonResource(
            @Schema(allowableValues = {"TWIN", "TWIN_OF_TWIN", "PAST_PROJECT", "THEME", "POPULATION", "COUNTRY_NEEDED"})
            String kind,

            @Schema(description = "The starting town (TWIN) or the twin in between (TWIN_OF_TWIN); else null") @Nullable
            ViaResource via) {

        static ReasonResource of(PartnerReason reason) {
            return new ReasonResource(
                    reason.kind().name(),
                    reason.via() == null
                            ? null
                            : new ViaResource(reason.via().id(), reason.via().name()));
        }
    }

    @Schema(name = "PartnerSearchItem")
    record ItemResource(
            TownResource town,

            @Schema(description = "Whole km from the lead town; null without one") @Nullable
            Long distanceKm,

            List<ReasonResource> reasons) {

        static ItemResource of(PartnerCandidate candidate) {
            return new ItemResource(
                    new TownResource(
                            candidate.town().id(),
                            candidate.town().name(),
                            candidate.town().country(),
                            candidate.town().population()),
                    candidate.distanceKm(),
                    candidate.reasons().stream().map(ReasonResource::of).toList());
        }
    }

    @Schema(name = "PartnerSearchResult")
    record ResultResource(
            List<ItemResource> items,

            @Schema(description = "Every match, not only this page")
            long total) {}

    @GetMapping
    @Operation(
            summary = "Find partner towns",
            description = "Candidates for a town and/or a project, ranked. Countries the measure does not allow are "
                    + "never proposed. Needs a town or a project.")
    @ApiResponse(responseCode = "200", description = "One page of candidates and the total")
    @ApiResponse(
            responseCode = "401",
            description = "Not signed in",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(
            responseCode = "404",
            description = "A project that does not exist or the caller may not see",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(
            responseCode = "422",
            description = "Bad input, naming the parameter (unknown town, measure, country or language; hops other "
                    + "than 1 or 2; a minimum above its maximum; a negative figure; a page size out of range)",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    ResultResource search(
            @AuthenticationPrincipal SignedInUser me,
            @Parameter(description = "GeoNames id of the town to search from") @RequestParam(required = false) @Nullable
                    Long town,
            @Parameter(description = "The project to find partners for") @RequestParam(required = false) @Nullable
                    Long project,
            @Parameter(description = "Measure code, e.g. CERV-TT; default the project's")
                    @RequestParam(required = false)
                    @Nullable
                    String measure,
            @Parameter(description = "1 (twins) or 2 (twins of twins)") @RequestParam(defaultValue = "1") int hops,
            @Parameter(description = "ISO codes, comma-separated, e.g. LT,PL") @RequestParam(required = false) @Nullable
                    String countries,
            @RequestParam(required = false) @Nullable Long minPopulation,
            @RequestParam(required = false) @Nullable Long maxPopulation,
            @RequestParam(required = false) @Nullable Double minKm,
            @RequestParam(required = false) @Nullable Double maxKm,
            @Parameter(description = "Only towns with an organisation in Jumelage")
                    @RequestParam(defaultValue = "false")
                    boolean organisation,
            @Parameter(description = "ISO 639 language code, e.g. de") @RequestParam(required = false) @Nullable
                    String language,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + PartnerSearch.DEFAULT_SIZE) int size) {
        PartnerSearchResult result = search.search(
                me,
                new org.jumelage.network.PartnerQuery(
                        town,
                        project,
                        measure,
                        hops,
                        PartnerSearchForm.countryCodes(countries),
                        minPopulation,
                        maxPopulation,
                        minKm,
                        maxKm,
                        organisation,
                        language,
                        page,
                        size));
        return new ResultResource(result.items().stream().map(ItemResource::of).toList(), result.total());
    }

    @ExceptionHandler(NetworkException.class)
    ResponseEntity<ProblemDetail> refused(NetworkException e, HttpServletRequest request, Locale locale) {
        return problems.of(e, request, locale);
    }
}
