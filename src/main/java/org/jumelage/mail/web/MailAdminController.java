package org.jumelage.mail.web;

import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.jumelage.account.IsAdministrator;
import org.jumelage.mail.MailAttachment;
import org.jumelage.mail.domain.OutboxAdministration;
import org.jumelage.mail.persistence.MailStatus;
import org.jumelage.shared.Paging;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators read the outbox: the list with a status filter, one mail with its text, HTML
 * source (shown as text, never rendered) and attachments, and retry a mail that failed or whose
 * fate is unknown.
 */
@Controller
@IsAdministrator
class MailAdminController {

    static final int PAGE_SIZE = 50;

    private final OutboxAdministration outbox;

    MailAdminController(OutboxAdministration outbox) {
        this.outbox = outbox;
    }

    @GetMapping("/admin/mail")
    String list(
            @RequestParam(required = false) @Nullable MailStatus status,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("sending", outbox.sending());
        model.addAttribute("statuses", MailStatus.values());
        model.addAttribute("status", status);
        model.addAttribute("mails", outbox.entries(status, Paging.page(page, PAGE_SIZE)));
        model.addAttribute("pageUrl", "/admin/mail?status=" + (status == null ? "" : status.name()));
        return "mail/admin-outbox";
    }

    @GetMapping("/admin/mail/{id}")
    String mail(@PathVariable long id, Model model) {
        model.addAttribute("sending", outbox.sending());
        model.addAttribute("mail", outbox.mail(id).orElseThrow(MailAdminController::notFound));
        return "mail/admin-mail";
    }

    @GetMapping("/admin/mail/{id}/attachments/{position}")
    ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable int position) {
        MailAttachment attachment = outbox.attachment(id, position).orElseThrow(MailAdminController::notFound);
        // Always a download, never shown inline: an attachment could be HTML.
        return ResponseEntity.ok()
                .contentType(mediaType(attachment.contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(attachment.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(attachment.content());
    }

    @PostMapping("/admin/mail/{id}/retry")
    String retry(@PathVariable long id, RedirectAttributes redirect) {
        switch (outbox.retry(id)) {
            case SENT -> redirect.addFlashAttribute("flashSuccess", "mail.admin.retry.sent");
            case QUEUED -> redirect.addFlashAttribute("flashSuccess", "mail.admin.retry.queued");
            case NOT_RETRYABLE -> redirect.addFlashAttribute("flashError", "mail.admin.retry.not-retryable");
            case NOT_FOUND -> throw notFound();
        }
        return "redirect:/admin/mail/" + id;
    }

    private static MediaType mediaType(String contentType) {
        try {
            return MediaType.parseMediaType(contentType);
        } catch (InvalidMediaTypeException e) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
