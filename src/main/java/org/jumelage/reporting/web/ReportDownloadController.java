package org.jumelage.reporting.web;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.jumelage.account.SignedInUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The downloads of the report page: {@code /projects/{id}/report/download?format=pdf|docx|xlsx}, in
 * the reader's language. A missing or unknown format answers 400 with the error page, a project the
 * reader may not see 404, as the report page does.
 */
@Controller
class ReportDownloadController {

    private final ReportDownloads downloads;

    ReportDownloadController(ReportDownloads downloads) {
        this.downloads = downloads;
    }

    @GetMapping("/projects/{id}/report/download")
    ResponseEntity<byte[]> download(
            @AuthenticationPrincipal SignedInUser me,
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String format,
            Locale locale) {
        return downloads.download(me, id, format == null ? "" : format, locale);
    }
}
