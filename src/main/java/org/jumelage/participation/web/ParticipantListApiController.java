package org.jumelage.participation.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.jumelage.account.SignedInUser;
import org.jumelage.event.EventException;
import org.jumelage.participation.EventEvidence;
import org.jumelage.participation.EvidenceFile;
import org.jumelage.participation.EvidenceSummary;
import org.jumelage.participation.EvidenceUpload;
import org.jumelage.participation.ListFormat;
import org.jumelage.participation.ParticipantListFile;
import org.jumelage.participation.ParticipantLists;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * JSON API of the official participant lists and of the signed lists kept as evidence. Lists and
 * evidence files answer as attachments; bad parameters answer problem details naming the parameter
 * ({@code format}, {@code day}: 422; {@code delegation} of another event: 404).
 */
@RestController
class ParticipantListApiController {

    private final ParticipantLists lists;
    private final EventEvidence evidence;

    ParticipantListApiController(ParticipantLists lists, EventEvidence evidence) {
        this.lists = lists;
        this.evidence = evidence;
    }

    record Items<T>(List<T> items, long total) {}

    @GetMapping("/api/v1/events/{id}/participant-list")
    ResponseEntity<byte[]> participantList(
            @AuthenticationPrincipal SignedInUser me,
            @PathVariable long id,
            @RequestParam(required = false) @Nullable Long delegation,
            @RequestParam(required = false) @Nullable String day,
            @RequestParam(required = false) @Nullable String format) {
        ListFormat listFormat = ListFormat.parse(format);
        ParticipantListFile file = lists.export(me, id, delegation, ListParameters.day(day), listFormat);
        return Downloads.attachment(file.fileName(), file.contentType(), file.content().length)
                .body(file.content());
    }

    @GetMapping("/api/v1/events/{id}/evidence")
    Items<EvidenceSummary> evidence(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
        List<EvidenceSummary> items = evidence.forEvent(me, id);
        return new Items<>(items, items.size());
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(value = "/api/v1/events/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<EvidenceSummary> upload(
            @AuthenticationPrincipal SignedInUser me,
            @PathVariable long id,
            @RequestParam(required = false) @Nullable MultipartFile file,
            @RequestParam(required = false) @Nullable Long delegation,
            @RequestParam(required = false) @Nullable String day)
            throws IOException {
        if (file == null || file.isEmpty()) {
            throw EventException.evidenceEmpty();
        }
        try (InputStream content = file.getInputStream()) {
            EvidenceSummary stored = evidence.upload(
                    me,
                    id,
                    new EvidenceUpload(
                            delegation,
                            ListParameters.day(day),
                            file.getOriginalFilename() == null ? "" : file.getOriginalFilename(),
                            file.getSize(),
                            content));
            return ResponseEntity.created(URI.create("/api/v1/events/" + id + "/evidence/" + stored.id()))
                    .body(stored);
        }
    }

    @GetMapping("/api/v1/events/{id}/evidence/{evidenceId}")
    ResponseEntity<InputStreamResource> download(
            @AuthenticationPrincipal SignedInUser me, @PathVariable long id, @PathVariable long evidenceId) {
        EvidenceFile file = evidence.open(me, id, evidenceId);
        return Downloads.attachment(
                        file.summary().fileName(),
                        file.summary().contentType(),
                        file.summary().size())
                .body(new InputStreamResource(file.content()));
    }

    @DeleteMapping("/api/v1/events/{id}/evidence/{evidenceId}")
    ResponseEntity<Void> delete(
            @AuthenticationPrincipal SignedInUser me, @PathVariable long id, @PathVariable long evidenceId) {
        evidence.delete(me, id, evidenceId);
        return ResponseEntity.noContent().build();
    }
}
