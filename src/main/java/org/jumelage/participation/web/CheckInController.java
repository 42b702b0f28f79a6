package org.jumelage.participation.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.jumelage.account.SignedInUser;
import org.jumelage.event.EventAction;
import org.jumelage.event.EventException;
import org.jumelage.event.EventSummary;
import org.jumelage.participation.AttendanceManagement;
import org.jumelage.participation.CheckInOutcome;
import org.jumelage.participation.CheckInResult;
import org.jumelage.participation.PaperList;
import org.jumelage.participation.domain.ParticipationAccess;
import org.jumelage.project.ProjectException;
import org.jumelage.project.ProjectManagement;
import org.jumelage.shared.web.FormErrors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff pages of check-in and attendance: the mobile check-in page (QR scan, manual token,
 * name search, undo, live counter), the paper list and the statistics. Check-in and the paper list
 * are for the project's editors; the statistics for whoever sees the project. Every action works
 * with htmx (fragments of the page) and without (the whole page again).
 */
@Controller
class CheckInController {

    static final int RECENT = 8;
    private static final String CHANGED = "attendance-changed";

    private final AttendanceManagement attendance;
    private final ParticipationAccess access;
    private final ProjectManagement projects;

    CheckInController(AttendanceManagement attendance, ParticipationAccess access, ProjectManagement projects) {
        this.attendance = attendance;
        this.access = access;
        this.projects = projects;
    }

    /** Makes a fresh nonce for each form of a page, for browsers that cannot make their own. */
    static final class Nonces {
        public String next() {
            return UUID.randomUUID().toString();
        }
    }

    /** A message for the outcome region: bundle key, arguments, and whether it went well. */
    record Message(String key, Object[] arguments, boolean ok) {}

    @GetMapping("/events/{id}/check-in")
    String page(
            @AuthenticationPrincipal SignedInUser me,
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String day,
            Model model) {
        EventSummary event = staffEvent(me, id);
        return page(me, event, chosenDay(me, event, day), "", null, model);
    }

    @GetMapping("/events/{id}/check-in/search")
    String search(
            @AuthenticationPrincipal SignedInUser me,
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String day,
            @RequestParam(name = "q", defaultValue = "") String query,
            HtmxRequest htmx,
            Model model) {
        EventSummary event = staffEvent(me, id);
        LocalDate chosen = chosenDay(me, event, day);
        if (htmx.isHtmxRequest()) {
            results(me, event, chosen, query, model);
            return "event/check-in :: results";
        }
        return page(me, event, chosen, query, null, model);
    }

    @GetMapping("/events/{id}/check-in/live")
    String live(
            @AuthenticationPrincipal SignedInUser me,
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String day,
            Model model) {
        EventSummary event = staffEvent(me, id);
        live(me, event, chosenDay(me, event, day), model);
        return "event/check-in :: live";
    }

    @PostMapping("/events/{id}/check-in")
    String checkIn(
            @AuthenticationPrincipal SignedInUser me,
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String day,
            @RequestParam(required = false) @Nullable String token,
            @RequestParam(required = false) @Nullable Long registrationId,
            @RequestParam(defaultValue = "") String nonce,
            @RequestParam(name = "q", defaultValue = "") String query,
            HtmxRequest htmx,
            HttpServletResponse response,
            Model model) {
        EventSummary event = staffEvent(me, id);
        LocalDate chosen = chosenDay(me, event, day);
        Message message;
        try {
            CheckInResult result = registrationId != null && (token == null || token.isBlank())
                    ? attendance.checkIn(me, id, registrationId, chosen, nonce)
                    : attendance.checkInByToken(me, id, token == null ? "" : token, chosen, nonce);
            message = message(event, result);
            response.setHeader("HX-Trigger", CHANGED);
        } catch (EventException e) {
            if (e.kind() == EventException.Kind.FORBIDDEN) {
                throw e;
            }
            message = new Message(e.messageKey(), e.arguments(), false);
            response.setStatus(HttpServletResponse.SC_UNPROCESSABLE_CONTENT);
        }
        return answer(me, event, chosen, query, message, htmx, model);
    }

    @PostMapping("/events/{id}/check-in/undo")
    String undo(
            @AuthenticationPrincipal SignedInUser me,
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String day,
            @RequestParam long registrationId,
            @RequestParam(defaultValue = "") String nonce,
            HtmxRequest htmx,
            HttpServletResponse response,
            Model model) {
        EventSummary event = staffEvent(me, id);
        LocalDate chosen = chosenDay(me, event, day);
        Message message;
        try {
            message = message(event, attendance.undo(me, id, registrationId, chosen, nonce));
            response.setHeader("HX-Trigger", CHANGED);
        } catch (EventException e) {
            if (e.kind() == EventException.Kind.FORBIDDEN) {
                throw e;
            }
            message = new Message(e.messageKey(), e.arguments(), false);
            response.setStatus(HttpServletResponse.SC_UNPROCESSABLE_CONTENT);
        }
        return answer(me, event, chosen, "", message, htmx, model);
    }

    @GetMapping("/events/{id}/attendance/paper")
    String paperList(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model) {
        EventSummary event = staffEvent(me, id);
        if (event.startDate() == null) {
            throw EventException.checkInNoDates();
        }
        model.addAttribute("event", event);
        model.addAttribute("project", projects.find(me, event.projectId()).orElseThrow());
        model.addAttribute("list", attendance.paperList(me, id));
        return "event/paper-list";
    }

    @PostMapping("/events/{id}/attendance/paper")
    String savePaperList(
            @AuthenticationPrincipal SignedInUser me,
            @PathVariable long id,
            @RequestParam(name = "shown", required = false) @Nullable List<String> shown,
            @RequestParam(name = "present", required = false) @Nullable List<String> present,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        staffEvent(me, id);
        PaperList.Change change;
        try {
            change = attendance.savePaperList(me, id, ticks(shown), ticks(present));
        } catch (EventException e) {
            if (e.kind() == EventException.Kind.FORBIDDEN || e.kind() == EventException.Kind.NOT_FOUND) {
                throw e;
            }
            // Nothing was saved: the list again, as stored, with the reason.
            model.addAttribute("message", new Message(e.messageKey(), e.arguments(), false));
            return FormErrors.invalid(response, paperList(me, id, model));
        }
        redirect.addFlashAttribute("flashSuccess", "event.attendance.paper.saved");
        // Flash attributes live in the database session: plain numbers, not records.
        redirect.addFlashAttribute("paperAdded", change.added());
        redirect.addFlashAttribute("paperRemoved", change.removed());
        return "redirect:/events/" + id + "/attendance/paper";
    }

    @GetMapping("/events/{id}/statistics")
    String statistics(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model) {
        ParticipationAccess.OnEvent on = access.require(me, EventAction.VIEW_EVENT, id);
        EventSummary event = on.event();
        model.addAttribute("event", event);
        model.addAttribute(
                "project",
                projects.find(me, event.projectId()).orElseThrow(() -> ProjectException.notFound(event.projectId())));
        model.addAttribute("stats", attendance.statistics(me, id));
        model.addAttribute("canEdit", on.may(EventAction.EDIT_EVENT));
        return "event/statistics";
    }

    private static Set<PaperList.Tick> ticks(@Nullable List<String> values) {
        Set<PaperList.Tick> ticks = new HashSet<>();
        if (values != null) {
            for (String value : values) {
                PaperList.Tick tick = PaperList.Tick.parse(value);
                if (tick == null) {
                    throw EventException.checkInDayRequired();
                }
                ticks.add(tick);
            }
        }
        return ticks;
    }

    private String answer(
            SignedInUser me,
            EventSummary event,
            LocalDate day,
            String query,
            Message message,
            HtmxRequest htmx,
            Model model) {
        if (htmx.isHtmxRequest()) {
            model.addAttribute("message", message);
            model.addAttribute("event", event);
            model.addAttribute("day", day);
            model.addAttribute("nonces", new Nonces());
            return "event/check-in :: outcome";
        }
        return page(me, event, day, query, message, model);
    }

    private String page(
            SignedInUser me, EventSummary event, LocalDate day, String query, @Nullable Message message, Model model) {
        model.addAttribute("event", event);
        model.addAttribute("project", projects.find(me, event.projectId()).orElseThrow());
        model.addAttribute(
                "days",
                event.startDate().datesUntil(event.endDate().plusDays(1)).toList());
        model.addAttribute("message", message);
        results(me, event, day, query, model);
        live(me, event, day, model);
        return "event/check-in";
    }

    private void results(SignedInUser me, EventSummary event, LocalDate day, String query, Model model) {
        model.addAttribute("event", event);
        model.addAttribute("day", day);
        model.addAttribute("query", query);
        model.addAttribute("nonces", new Nonces());
        model.addAttribute("searched", !query.isBlank());
        model.addAttribute("candidates", attendance.search(me, event.id(), query, day));
        model.addAttribute("zone", ZoneId.of(event.timeZone()));
    }

    private void live(SignedInUser me, EventSummary event, LocalDate day, Model model) {
        model.addAttribute("event", event);
        model.addAttribute("day", day);
        model.addAttribute("nonces", new Nonces());
        model.addAttribute("counter", attendance.counter(me, event.id(), day));
        model.addAttribute("recent", attendance.recent(me, event.id(), day, RECENT));
        model.addAttribute("zone", ZoneId.of(event.timeZone()));
    }

    private static Message message(EventSummary event, CheckInResult result) {
        String time = result.presentSince() == null
                ? ""
                : DateTimeFormatter.ofPattern("HH:mm")
                        .withZone(ZoneId.of(event.timeZone()))
                        .format(result.presentSince());
        String key = switch (result.outcome()) {
            case CHECKED_IN -> "event.checkin.outcome.checked-in";
            case ALREADY_CHECKED_IN -> "event.checkin.outcome.already";
            case UNDONE -> "event.checkin.outcome.undone";
            case NOT_CHECKED_IN -> "event.checkin.outcome.not-checked-in";
        };
        return new Message(
                key,
                new Object[] {result.name(), result.country(), result.day().toString(), time},
                result.outcome() != CheckInOutcome.NOT_CHECKED_IN);
    }

    /** The day asked for when it is one of the event's, else the default (today within the event, or its first day). */
    private LocalDate chosenDay(SignedInUser me, EventSummary event, @Nullable String day) {
        if (day != null && !day.isBlank()) {
            try {
                LocalDate asked = LocalDate.parse(day.strip());
                if (!asked.isBefore(event.startDate()) && !asked.isAfter(event.endDate())) {
                    return asked;
                }
            } catch (java.time.format.DateTimeParseException ignored) {
                // An unreadable day falls back to the default, as a day outside the event does.
            }
        }
        return attendance.defaultDay(me, event.id());
    }

    /** The event for its staff; an event without dates has no days to check in on. */
    private EventSummary staffEvent(SignedInUser me, long id) {
        EventSummary event = access.require(me, EventAction.CHECK_IN, id).event();
        if (event.startDate() == null || event.endDate() == null) {
            throw EventException.checkInNoDates();
        }
        return event;
    }
}
