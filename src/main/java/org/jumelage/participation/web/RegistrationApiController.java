package org.jumelage.participation.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.jumelage.account.SignedInUser;
import org.jumelage.participation.RegistrationManagement;
import org.jumelage.participation.RegistrationQuestions;
import org.jumelage.participation.RegistrationRequest;
import org.jumelage.participation.RegistrationSettings;
import org.jumelage.participation.RegistrationSettingsDraft;
import org.jumelage.participation.RegistrationSettingsManagement;
import org.jumelage.participation.RegistrationSource;
import org.jumelage.participation.RegistrationSummary;
import org.jumelage.shared.LocalizedText;
import org.jumelage.shared.Paging;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * JSON API of registration: an event's registrations (project editors see all, partner contacts
 * their own delegations'), registering people as staff, cancelling, and the registration settings.
 * Instants are ISO 8601 ({@code 2018-10-01T00:00:00Z}); {@code town} is a GeoNames id.
 */
@RestController
class RegistrationApiController {

    private final RegistrationManagement registrations;
    private final RegistrationSettingsManagement settings;

    RegistrationApiController(RegistrationManagement registrations, RegistrationSettingsManagement settings) {
        this.registrations = registrations;
        this.settings = settings;
    }

    static final int DEFAULT_PAGE_SIZE = 100;
    static final int MAX_PAGE_SIZE = 500;

    /** A page of a list: its items, the number of all, the page number (from 0) and its size. */
    record PageOf<T>(List<T> items, long total, int page, int size) {}

    /** The body of POST: the person; the optional statistics count only when the event asks them. */
    record RegistrationBody(
            @Nullable String firstName,
            @Nullable String lastName,
            @Nullable String email,
            @Nullable String organisationName,
            @Nullable Long town,
            @Nullable String townName,
            @Nullable String country,
            @Nullable Long delegationId,
            @Nullable String gender,
            @Nullable String ageBand,
            @Nullable Boolean firstTime,
            @Nullable Boolean fewerOpportunities,
            @Nullable String dietary,
            @Nullable String accessibility,
            @Nullable String language,
            @Nullable Boolean consent,
            @Nullable Boolean minor) {

        RegistrationRequest toRequest(String fallbackLanguage) {
            return new RegistrationRequest(
                    firstName == null ? "" : firstName,
                    lastName == null ? "" : lastName,
                    email,
                    organisationName,
                    town,
                    townName,
                    country == null ? "" : country,
                    delegationId,
                    gender,
                    ageBand,
                    firstTime,
                    fewerOpportunities,
                    dietary,
                    accessibility,
                    language == null ? fallbackLanguage : language,
                    Boolean.TRUE.equals(consent),
                    Boolean.TRUE.equals(minor));
        }
    }

    /**
     * The body of PUT. {@code open}, {@code opensAt}, {@code closesAt}, {@code capacity} and
     * {@code publicLink} are replaced (absent means off or none); the other fields keep their
     * stored values when absent.
     */
    record SettingsBody(
            @Nullable Boolean open,
            @Nullable Instant opensAt,
            @Nullable Instant closesAt,
            @Nullable Integer capacity,
            @Nullable Boolean publicLink,
            @Nullable List<String> workingLanguages,
            @Nullable RegistrationQuestions questions,
            @Nullable LocalizedText consentText) {}

    /**
     * One page of the event's registrations, oldest first; {@code total} counts them all. Without
     * {@code page} and {@code size} the first {@value #DEFAULT_PAGE_SIZE}: an event may have
     * thousands, which one answer must not carry.
     */
    @GetMapping("/api/v1/events/{id}/registrations")
    PageOf<RegistrationSummary> list(
            @AuthenticationPrincipal SignedInUser me,
            @PathVariable long id,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + DEFAULT_PAGE_SIZE) int size) {
        var request = Paging.page(page, size, MAX_PAGE_SIZE);
        Page<RegistrationSummary> found = registrations.forEvent(me, id, request);
        return new PageOf<>(
                found.getContent(), found.getTotalElements(), request.getPageNumber(), request.getPageSize());
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/api/v1/events/{id}/registrations")
    ResponseEntity<RegistrationSummary> register(
            @AuthenticationPrincipal SignedInUser me, @PathVariable long id, @RequestBody RegistrationBody body) {
        RegistrationSummary registered =
                registrations.register(me, id, body.toRequest(me.language()), RegistrationSource.API);
        return ResponseEntity.created(URI.create("/api/v1/registrations/" + registered.id()))
                .body(registered);
    }

    @GetMapping("/api/v1/registrations/{id}")
    RegistrationSummary get(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
        return registrations.find(me, id).orElseThrow(() -> org.jumelage.event.EventException.registrationNotFound(id));
    }

    /** Cancels the registration (the waiting list moves up); erasing a person is a separate, audited step. */
    @DeleteMapping("/api/v1/registrations/{id}")
    ResponseEntity<Void> cancel(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
        registrations.cancel(me, id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/events/{id}/registration-settings")
    RegistrationSettings settings(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
        return settings.settings(me, id);
    }

    @PutMapping("/api/v1/events/{id}/registration-settings")
    RegistrationSettings updateSettings(
            @AuthenticationPrincipal SignedInUser me, @PathVariable long id, @RequestBody SettingsBody body) {
        RegistrationSettings current = settings.settings(me, id);
        return settings.update(
                me,
                id,
                new RegistrationSettingsDraft(
                        Boolean.TRUE.equals(body.open()),
                        body.opensAt(),
                        body.closesAt(),
                        body.capacity(),
                        Boolean.TRUE.equals(body.publicLink()),
                        body.workingLanguages() == null ? current.workingLanguages() : body.workingLanguages(),
                        body.questions() == null ? current.questions() : body.questions(),
                        body.consentText() == null ? current.consentText() : body.consentText()));
    }
}
