package org.jumelage.reporting.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jumelage.account.SignedInUser;
import org.jumelage.reporting.ReportDocument;
import org.jumelage.reporting.ReportDocuments;
import org.jumelage.reporting.ReportFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The report file as an answer, for the page and the API alike: written whole first (so that a
 * refusal is an error answer, never half a file), then sent as an attachment named with the
 * reference number, without content sniffing or caching.
 */
@Component
class ReportDownloads {

    private final ReportDocuments documents;

    ReportDownloads(ReportDocuments documents) {
        this.documents = documents;
    }

    /** @param format the {@code format} parameter as sent; a missing or unknown one is refused */
    ResponseEntity<byte[]> download(SignedInUser me, long projectId, String format, Locale locale) {
        ReportFormat wanted = ReportFormat.parse(format);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        ReportDocument document = documents.write(me, projectId, wanted, locale, out);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentDisposition(ContentDisposition.attachment()
                .filename(document.fileName(), StandardCharsets.UTF_8)
                .build());
        headers.set("X-Content-Type-Options", "nosniff");
        headers.setCacheControl(CacheControl.noStore());
        return ResponseEntity.ok()
                .headers(headers)
                .contentType(MediaType.parseMediaType(document.contentType()))
                .contentLength(out.size())
                .body(out.toByteArray());
    }
}
