package org.jumelage.network.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.jumelage.account.Role;
import org.jumelage.account.SignedInUser;
import org.jumelage.network.NetworkException;
import org.jumelage.network.TownDirectory;
import org.jumelage.network.TwinLink;
import org.jumelage.network.TwinLinkChange;
import org.jumelage.network.TwinLinkDraft;
import org.jumelage.network.TwinTown;
import org.jumelage.network.TwinningManagement;
import org.jumelage.network.Twinnings;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * JSON API of the links between towns: a town's twins for everybody signed in; adding, changing
 * and removing links for the organisations of one of the two towns and administrators.
 */
@RestController
class TwinningApiController {

    private final Twinnings twinnings;
    private final TwinningManagement management;
    private final TownDirectory towns;
    private final NetworkProblems problems;

    TwinningApiController(
            Twinnings twinnings, TwinningManagement management, TownDirectory towns, NetworkProblems problems) {
        this.twinnings = twinnings;
        this.management = management;
        this.towns = towns;
        this.problems = problems;
    }

    /**
     * One side of a link.
     *
     * @param id GeoNames id, or {@code null} for a town outside the gazetteer (then name and country say which)
     * @param country ISO 3166-1 alpha-2, also outside Europe ({@code CN})
     */
    record TownJson(
            @Nullable Long id,
            @Nullable String name,
            @Nullable String country) {
        static TownJson of(TwinTown town) {
            return new TownJson(town.id(), town.name(), town.country());
        }

        TwinTown toTown() {
            return new TwinTown(id, name == null ? "" : name, country == null ? "" : country);
        }
    }

    /**
     * A town's twin: the link seen from the town.
     *
     * @param id the link's id (for PUT and DELETE)
     * @param town the other side
     * @param source {@code Wikipedia} for the shipped links (CC BY-SA 4.0), else the organisation that recorded it
     * @param sourceDetail for Wikipedia links the lists it comes from, such as {@code enwiki:Latvia}
     * @param version for PUT and DELETE
     */
    record TwinJson(
            long id,
            TownJson town,
            String kind,
            String status,
            @Nullable Integer since,
            @Nullable Integer until,
            String source,
            @Nullable String sourceDetail,
            @Nullable String managedBy,
            long version) {

        static TwinJson of(TwinLink link, long townId) {
            return new TwinJson(
                    link.id(),
                    TownJson.of(link.otherSide(townId)),
                    link.kind().name(),
                    link.status().name(),
                    link.since(),
                    link.until(),
                    link.source(),
                    link.sourceDetail(),
                    link.managedBy(),
                    link.version());
        }
    }

    /** A town's twins and how many. */
    record TwinList(List<TwinJson> items, long total) {}

    /**
     * A link as written and read by {@code /api/v1/twinnings}.
     *
     * @param town on POST, the GeoNames id of the organisation's own town (by default the town of
     *     the caller's organisation); in answers, one side
     * @param partner on POST, the other side: {@code {"id": N}} for a gazetteer town, or {@code
     *     {"name": "Harbin", "country": "CN"}} for a town outside it
     * @param kind FORMAL, FRIENDSHIP, PROJECT or INFORMAL
     * @param status ACTIVE, DORMANT or ENDED
     * @param until only for an ENDED link
     * @param version on PUT, the version the change starts from
     */
    record LinkJson(
            @Nullable Long id,
            @Nullable Long town,
            @Nullable TownJson townA,
            @Nullable TownJson partner,
            @Nullable TownJson townB,
            @Nullable String kind,
            @Nullable String status,
            @Nullable Integer since,
            @Nullable Integer until,
            @Nullable String managedBy,
            @Nullable String source,
            @Nullable String sourceDetail,
            @Nullable Long version) {

        static LinkJson of(TwinLink link) {
            return new LinkJson(
                    link.id(),
                    null,
                    TownJson.of(link.townA()),
                    null,
                    TownJson.of(link.townB()),
                    link.kind().name(),
                    link.status().name(),
                    link.since(),
                    link.until(),
                    link.managedBy(),
                    link.source(),
                    link.sourceDetail(),
                    link.version());
        }

        TwinLinkChange toChange() {
            return new TwinLinkChange(kind, status, since, until, managedBy);
        }
    }

    /** The twins of a gazetteer town, both directions, by the other side's country and name. */
    @GetMapping("/api/v1/towns/{geonamesId}/twins")
    TwinList twins(@PathVariable long geonamesId) {
        if (towns.find(geonamesId).isEmpty()) {
            throw NetworkException.townNotFound(geonamesId);
        }
        List<TwinJson> items = twinnings.linksOf(geonamesId).stream()
                .map(link -> TwinJson.of(link, geonamesId))
                .toList();
        return new TwinList(items, items.size());
    }

    @GetMapping("/api/v1/twinnings/{id}")
    LinkJson link(@PathVariable long id) {
        return LinkJson.of(twinnings.find(id).orElseThrow(() -> NetworkException.twinNotFound(id)));
    }

    /** Records a link of the organisation's own town. */
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/api/v1/twinnings")
    ResponseEntity<LinkJson> add(@AuthenticationPrincipal SignedInUser me, @RequestBody LinkJson request) {
        Long town = request.town() != null ? request.town() : ownTown(me);
        if (town == null) {
            throw me.hasRole(Role.ADMIN) ? NetworkException.twinTownMissing() : NetworkException.twinNotAllowed();
        }
        if (towns.find(town).isPresent() && !management.mayManageTown(me, town)) {
            throw NetworkException.twinNotAllowed();
        }
        TwinTown partner = request.partner() == null ? null : request.partner().toTown();
        if (partner == null) {
            throw NetworkException.twinPartnerMissing();
        }
        TwinLink link = management.add(
                me,
                new TwinLinkDraft(
                        town,
                        partner,
                        request.kind(),
                        request.status(),
                        request.since(),
                        request.until(),
                        request.managedBy()));
        return ResponseEntity.created(URI.create("/api/v1/twinnings/" + link.id()))
                .body(LinkJson.of(link));
    }

    /** Changes a link's kind, status, years and managing body (with {@code version}). */
    @PutMapping("/api/v1/twinnings/{id}")
    LinkJson change(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @RequestBody LinkJson request) {
        managed(me, id);
        if (request.version() == null) {
            throw NetworkException.twinVersionMissing();
        }
        return LinkJson.of(management.change(me, id, request.toChange(), request.version()));
    }

    /** Removes a link, when {@code version} is still its version. */
    @DeleteMapping("/api/v1/twinnings/{id}")
    ResponseEntity<Void> remove(
            @AuthenticationPrincipal SignedInUser me,
            @PathVariable long id,
            @RequestParam(required = false) @Nullable Long version) {
        managed(me, id);
        if (version == null) {
            throw NetworkException.twinVersionMissing();
        }
        management.remove(me, id, version);
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(NetworkException.class)
    ResponseEntity<ProblemDetail> refused(NetworkException e, HttpServletRequest request, Locale locale) {
        return problems.of(e, request, locale);
    }

    /** Refuses before any input is read: 404 for an unknown link, 403 when the user may not change it. */
    private void managed(SignedInUser me, long id) {
        TwinLink link = twinnings.find(id).orElseThrow(() -> NetworkException.twinNotFound(id));
        if (!management.mayManage(me, link)) {
            throw NetworkException.twinNotAllowed();
        }
    }

    private @Nullable Long ownTown(SignedInUser me) {
        return me.organisationId() == null
                ? null
                : management.ownTown(me.organisationId()).orElse(null);
    }
}
