package org.jumelage.participation.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.jumelage.account.SignedInUser;
import org.jumelage.event.EventException;
import org.jumelage.participation.AttendanceManagement;
import org.jumelage.participation.AttendanceStatistics;
import org.jumelage.participation.CheckInOutcome;
import org.jumelage.participation.CheckInResult;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** JSON API of check-in and attendance. */
@RestController
class AttendanceApiController {

    private final AttendanceManagement attendance;

    AttendanceApiController(AttendanceManagement attendance) {
        this.attendance = attendance;
    }

    /**
     * A check-in: a QR {@code token} or a {@code registrationId}; {@code day} defaults to today
     * within the event (else its first day); without a {@code nonce} the server makes one, so
     * only a client that sends its own gets the same answer for a repeated request.
     */
    record CheckInRequest(
            @Nullable String token,
            @Nullable Long registrationId,
            @Nullable LocalDate day,
            @Nullable String nonce) {}

    /** An undo of a check-in of one day. */
    record UndoRequest(
            @Nullable Long registrationId,
            @Nullable LocalDate day,
            @Nullable String nonce) {}

    /**
     * @param presentSince when the person was first recorded present on the day, or {@code null}
     * @param repeated whether this answers a nonce already processed
     */
    record CheckInAnswer(
            CheckInOutcome outcome,
            boolean present,
            long registrationId,
            String name,
            String country,
            LocalDate day,
            @Nullable Instant presentSince,
            boolean repeated) {

        static CheckInAnswer of(CheckInResult result) {
            return new CheckInAnswer(
                    result.outcome(),
                    result.outcome().present(),
                    result.registrationId(),
                    result.name(),
                    result.country(),
                    result.day(),
                    result.presentSince(),
                    result.repeated());
        }
    }

    record CountryJson(String country, int registered, int present, boolean invited) {}

    record DelegationJson(
            long delegationId, long partnerId, String country, int registered, int present, boolean invited) {}

    /** The attendance of an event; {@code invited} and {@code local} count registered people. */
    record AttendanceJson(
            int registered,
            Map<String, Integer> presentByDay,
            int invited,
            int local,
            List<CountryJson> byCountry,
            List<DelegationJson> byDelegation) {}

    @PostMapping("/api/v1/events/{id}/check-ins")
    CheckInAnswer checkIn(
            @AuthenticationPrincipal SignedInUser me, @PathVariable long id, @RequestBody CheckInRequest request) {
        LocalDate day = request.day() == null ? attendance.defaultDay(me, id) : request.day();
        String nonce = request.nonce() == null ? UUID.randomUUID().toString() : request.nonce();
        CheckInResult result;
        if (request.token() != null) {
            result = attendance.checkInByToken(me, id, request.token(), day, nonce);
        } else if (request.registrationId() != null) {
            result = attendance.checkIn(me, id, request.registrationId(), day, nonce);
        } else {
            throw EventException.checkInTokenRequired();
        }
        return CheckInAnswer.of(result);
    }

    @PostMapping("/api/v1/events/{id}/check-ins/undo")
    CheckInAnswer undo(
            @AuthenticationPrincipal SignedInUser me, @PathVariable long id, @RequestBody UndoRequest request) {
        if (request.registrationId() == null) {
            throw EventException.checkInRegistrationNotFound(0);
        }
        LocalDate day = request.day() == null ? attendance.defaultDay(me, id) : request.day();
        String nonce = request.nonce() == null ? UUID.randomUUID().toString() : request.nonce();
        return CheckInAnswer.of(attendance.undo(me, id, request.registrationId(), day, nonce));
    }

    @GetMapping("/api/v1/events/{id}/attendance")
    AttendanceJson attendance(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
        AttendanceStatistics statistics = attendance.statistics(me, id);
        Map<String, Integer> byDay = new LinkedHashMap<>();
        statistics.presentByDay().forEach((day, count) -> byDay.put(day.toString(), count));
        return new AttendanceJson(
                statistics.registered(),
                byDay,
                statistics.invited(),
                statistics.local(),
                statistics.byCountry().stream()
                        .map(c -> new CountryJson(c.country(), c.registered(), c.present(), c.invited()))
                        .toList(),
                statistics.byDelegation().stream()
                        .map(d -> new DelegationJson(
                                d.delegationId(), d.partnerId(), d.country(), d.registered(), d.present(), d.invited()))
                        .toList());
    }
}
