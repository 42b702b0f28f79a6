package org.jumelage.network.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.jumelage.network.NetworkException;
import org.jumelage.network.TownDirectory;
import org.jumelage.network.TownSummary;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** JSON API of the gazetteer: prefix search for town fields and scripts. */
@RestController
@RequestMapping("/api/v1/towns")
class TownApiController {

    static final int DEFAULT_LIMIT = 20;

    private final TownDirectory towns;
    private final NetworkProblems problems;

    TownApiController(TownDirectory towns, NetworkProblems problems) {
        this.towns = towns;
        this.problems = problems;
    }

    /** The towns of one answer and how many match in all. */
    record TownList(List<TownSummary> items, long total) {}

    /**
     * Towns whose name starts with {@code q} (ignoring case and accents), largest first.
     *
     * @param country ISO 3166-1 alpha-2 code, optional
     * @param limit 1 to 100, default 20
     */
    @GetMapping
    TownList search(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) @Nullable String country,
            @RequestParam(defaultValue = "" + DEFAULT_LIMIT) int limit) {
        List<TownSummary> items = towns.search(q, country, limit);
        long total = items.size() < limit ? items.size() : towns.count(q, country);
        return new TownList(items, total);
    }

    @ExceptionHandler(NetworkException.class)
    ResponseEntity<ProblemDetail> refused(NetworkException e, HttpServletRequest request, Locale locale) {
        return problems.of(e, request, locale);
    }
}
