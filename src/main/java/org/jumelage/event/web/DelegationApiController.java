package org.jumelage.event.web;

import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.jumelage.account.SignedInUser;
import org.jumelage.event.DelegationDraft;
import org.jumelage.event.DelegationManagement;
import org.jumelage.event.DelegationSummary;
import org.jumelage.event.EventException;
import org.jumelage.event.EventManagement;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** JSON API of delegations: countries as ISO codes, the head as {@code head} and {@code headEmail}. */
@RestController
class DelegationApiController {

    private final DelegationManagement delegations;
    private final EventManagement events;

    DelegationApiController(DelegationManagement delegations, EventManagement events) {
        this.delegations = delegations;
        this.events = events;
    }

    record Items<T>(List<T> items, long total) {}

    /** The body of POST and PUT; PUT ignores the partner fields and needs {@code version}. */
    record DelegationRequest(
            @Nullable Long partnerId,
            @Nullable Long organisationId,
            @Nullable String country,
            @Nullable Integer plannedSize,
            @Nullable String head,
            @Nullable String headEmail,
            @Nullable Long version) {

        DelegationDraft toDraft() {
            return new DelegationDraft(partnerId, organisationId, country, plannedSize, head, headEmail);
        }
    }

    /** A delegation as the API answers it; {@code registrationLink} only for those who may share it. */
    record DelegationResource(
            long id,
            long eventId,
            long partnerId,
            @Nullable Long organisationId,
            @Nullable String organisationName,
            String country,
            int plannedSize,
            @Nullable String head,
            @Nullable String headEmail,
            int registered,
            int confirmed,
            @Nullable String linkToken,
            @Nullable String registrationLink,
            long version) {

        static DelegationResource of(DelegationSummary summary, java.util.Locale locale) {
            return new DelegationResource(
                    summary.id(),
                    summary.eventId(),
                    summary.partnerId(),
                    summary.organisationId(),
                    summary.organisationName() == null
                            ? null
                            : summary.organisationName().in(locale),
                    summary.country(),
                    summary.plannedSize(),
                    summary.headName(),
                    summary.headEmail(),
                    summary.registered(),
                    summary.confirmed(),
                    summary.linkToken(),
                    summary.linkPath(),
                    summary.version());
        }
    }

    @GetMapping("/api/v1/events/{eventId}/delegations")
    Items<DelegationResource> list(
            @AuthenticationPrincipal SignedInUser me, @PathVariable long eventId, java.util.Locale locale) {
        events.find(me, eventId).orElseThrow(() -> EventException.notFound(eventId));
        List<DelegationResource> list = delegations.forEvent(me, eventId).stream()
                .map(summary -> DelegationResource.of(summary, locale))
                .toList();
        return new Items<>(list, list.size());
    }

    @PostMapping("/api/v1/events/{eventId}/delegations")
    ResponseEntity<DelegationResource> create(
            @AuthenticationPrincipal SignedInUser me,
            @PathVariable long eventId,
            @RequestBody DelegationRequest request,
            java.util.Locale locale) {
        DelegationSummary created = delegations.create(me, eventId, request.toDraft());
        return ResponseEntity.created(URI.create("/api/v1/delegations/" + created.id()))
                .body(DelegationResource.of(created, locale));
    }

    @GetMapping("/api/v1/delegations/{id}")
    DelegationResource get(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, java.util.Locale locale) {
        return delegations
                .find(me, id)
                .map(summary -> DelegationResource.of(summary, locale))
                .orElseThrow(() -> EventException.delegationNotFound(id));
    }

    @PutMapping("/api/v1/delegations/{id}")
    DelegationResource update(
            @AuthenticationPrincipal SignedInUser me,
            @PathVariable long id,
            @RequestBody DelegationRequest request,
            java.util.Locale locale) {
        if (request.version() == null) {
            throw EventException.delegationStaleVersion();
        }
        return DelegationResource.of(delegations.update(me, id, request.toDraft(), request.version()), locale);
    }

    @DeleteMapping("/api/v1/delegations/{id}")
    ResponseEntity<Void> delete(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
        delegations.delete(me, id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/delegations/{id}/link")
    DelegationResource regenerateLink(
            @AuthenticationPrincipal SignedInUser me, @PathVariable long id, java.util.Locale locale) {
        return DelegationResource.of(delegations.regenerateLink(me, id), locale);
    }
}
