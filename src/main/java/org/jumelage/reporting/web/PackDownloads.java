package org.jumelage.reporting.web;

import java.nio.charset.StandardCharsets;
import org.jumelage.reporting.EvidencePacks;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * An evidence pack as an answer: a ZIP attachment streamed to the client as it is written (no
 * length known in advance), never cached, never sniffed, since it holds personal data.
 */
final class PackDownloads {

    static final String ZIP = "application/zip";

    private PackDownloads() {}

    static ResponseEntity<StreamingResponseBody> zip(EvidencePacks.Download download) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentDisposition(ContentDisposition.attachment()
                .filename(download.pack().fileName(), StandardCharsets.UTF_8)
                .build());
        headers.set("X-Content-Type-Options", "nosniff");
        headers.setCacheControl(CacheControl.noStore());
        return ResponseEntity.ok()
                .headers(headers)
                .contentType(MediaType.parseMediaType(ZIP))
                .body(download::writeTo);
    }
}
