package org.jumelage.network.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.jumelage.account.SignedInUser;
import org.jumelage.network.NetworkException;
import org.jumelage.network.NoticeDraft;
import org.jumelage.network.PartnerNotice;
import org.jumelage.network.PartnerNoticeRelay;
import org.jumelage.network.PartnerNotices;
import org.jumelage.network.RelayLimitReached;
import org.jumelage.network.RelayMessage;
import org.jumelage.shared.LocalizedText;
import org.jumelage.shared.Paging;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * JSON API of partner-search notices: anybody reads the current ones; an organisation's editors
 * publish; anybody answers one through the relay, which mails the sender a confirmation link and
 * never shows the organisation's addresses.
 */
@RestController
@Tag(name = "Partner notices", description = "Partner-search notices and the relay of answers to them")
class PartnerNoticeApiController {

    static final int MAX_PAGE_SIZE = 100;

    private final PartnerNotices notices;
    private final PartnerNoticeRelay relay;
    private final NetworkProblems problems;
    private final MessageSource messages;

    PartnerNoticeApiController(
            PartnerNotices notices, PartnerNoticeRelay relay, NetworkProblems problems, MessageSource messages) {
        this.notices = notices;
        this.relay = relay;
        this.problems = problems;
        this.messages = messages;
    }

    /** The organisation of a notice: no address, ever. */
    record NoticeOrganisationJson(
            long id, LocalizedText name, @Nullable String town, String country) {}

    /**
     * A notice as the API reads it.
     *
     * @param measure the catalogue's measure code, or null
     * @param townSize ANY, SMALL (under 10,000), MEDIUM (10,000 to 100,000) or LARGE
     * @param languages ISO 639-1 codes
     * @param expiresOn the last day the notice is shown
     */
    record NoticeJson(
            long id,
            NoticeOrganisationJson organisation,
            LocalizedText title,
            LocalizedText idea,
            LocalizedText theme,
            LocalizedText sought,
            @Nullable String measure,
            @Nullable LocalizedText measureName,
            @Nullable LocalDate callDeadline,
            String townSize,
            List<String> languages,
            LocalDate expiresOn,
            String status) {

        static NoticeJson of(PartnerNotice notice) {
            return new NoticeJson(
                    notice.id(),
                    new NoticeOrganisationJson(
                            notice.organisationId(), notice.organisationName(), notice.townName(), notice.country()),
                    notice.title(),
                    notice.idea(),
                    notice.theme(),
                    notice.sought(),
                    notice.measureCode(),
                    notice.measureName(),
                    notice.callDeadline(),
                    notice.townSize().name(),
                    notice.languages(),
                    notice.expiresOn(),
                    notice.status().name());
        }
    }

    record NoticePage(List<NoticeJson> items, long total, int page, int size) {
        static NoticePage of(Page<PartnerNotice> page) {
            return new NoticePage(
                    page.map(NoticeJson::of).getContent(), page.getTotalElements(), page.getNumber(), page.getSize());
        }
    }

    /**
     * The body of POST: texts as {@code {"lv": "…", "en": "…"}} (title and idea in at least one
     * language), the publishing organisation's id, and an expiry day after today.
     */
    record NoticeRequest(
            @Nullable Long organisation,
            @Nullable LocalizedText title,
            @Nullable LocalizedText idea,
            @Nullable LocalizedText theme,
            @Nullable LocalizedText sought,
            @Nullable String measure,
            @Nullable LocalDate callDeadline,
            @Nullable String townSize,
            @Nullable List<String> languages,
            @Nullable LocalDate expiresOn) {

        NoticeDraft toDraft() {
            return new NoticeDraft(
                    orEmpty(title),
                    orEmpty(idea),
                    orEmpty(theme),
                    orEmpty(sought),
                    measure,
                    callDeadline,
                    NoticeForm.townSizeOf(townSize),
                    languages == null
                            ? List.of()
                            : languages.stream().filter(l -> l != null).toList(),
                    expiresOn);
        }

        private static LocalizedText orEmpty(@Nullable LocalizedText text) {
            return text == null ? LocalizedText.of(null, null) : text;
        }
    }

    /** The body of a message to a notice's organisation: plain text, no markup. */
    record MessageRequest(
            @Nullable String name,
            @Nullable String email,
            @Nullable String organisation,
            @Nullable String town,
            @Nullable String message) {}

    /** The answer to a message: it waits for the sender to open the link mailed to them. */
    record MessageAccepted(String status, String detail) {}

    @GetMapping(path = "/api/v1/partner-notices", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "List the current partner-search notices",
            description = "Public: notices that are active and whose expiry day has not passed, newest first.")
    @ApiResponse(responseCode = "200", description = "A page of notices")
    NoticePage list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return NoticePage.of(notices.current(Paging.page(page, size, MAX_PAGE_SIZE)));
    }

    @PostMapping(path = "/api/v1/partner-notices", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Publish a partner-search notice",
            description = "For the organisation's coordinators and administrators; audited. The measure is a code "
                    + "of the programme catalogue; languages are ISO 639-1 codes; expiresOn must be after today.")
    @ApiResponse(responseCode = "201", description = "Published; Location names the notice")
    @ApiResponse(
            responseCode = "422",
            description = "A rule is broken: a missing title or idea, markup, an expiry day not in the future…",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    ResponseEntity<NoticeJson> publish(@AuthenticationPrincipal SignedInUser me, @RequestBody NoticeRequest request) {
        if (request.organisation() == null) {
            throw NetworkException.noticeOrganisationMissing();
        }
        PartnerNotice notice = notices.publish(me, request.organisation(), request.toDraft());
        return ResponseEntity.created(URI.create("/api/v1/partner-notices/" + notice.id()))
                .body(NoticeJson.of(notice));
    }

    @PostMapping(path = "/api/v1/partner-notices/{id}/messages", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Answer a partner-search notice",
            description = "Anybody, without a token. The message is stored and a confirmation link is mailed to the "
                    + "sender; only when it is opened is the message relayed to the organisation, with replies going "
                    + "to the sender. No address of the organisation is ever shown. Limited per client address and "
                    + "per sender address.")
    @ApiResponse(responseCode = "202", description = "Stored; the confirmation link is on its way to the sender")
    @ApiResponse(
            responseCode = "422",
            description = "A rule is broken: a missing name or message, an invalid e-mail address, markup, a text "
                    + "too long",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(
            responseCode = "429",
            description = "Too many messages from this address or sender; Retry-After says when to try again",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    ResponseEntity<MessageAccepted> answer(
            @PathVariable long id, @RequestBody MessageRequest request, HttpServletRequest http, Locale locale) {
        relay.submit(
                id,
                new RelayMessage(
                        request.name(), request.email(), request.organisation(), request.town(), request.message()),
                http.getRemoteAddr(),
                locale);
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(new MessageAccepted(
                        "CONFIRMATION_SENT", messages.getMessage("notices.relay.sent", null, locale)));
    }

    @ExceptionHandler(NetworkException.class)
    ResponseEntity<ProblemDetail> refused(NetworkException e, HttpServletRequest request, Locale locale) {
        return problems.of(e, request, locale);
    }

    @ExceptionHandler(RelayLimitReached.class)
    ResponseEntity<ProblemDetail> tooMany(RelayLimitReached e, HttpServletRequest request, Locale locale) {
        String detail = messages.getMessage("error.network.relay-limit", new Object[] {e.retryAfterSeconds()}, locale);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, detail);
        problem.setTitle(messages.getMessage("error.status.429", null, "Too Many Requests", locale));
        problem.setType(URI.create("urn:jumelage:problem:network.relay-limit"));
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("code", "network.relay-limit");
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
