package org.jumelage.participation.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Answers with a file to save, never to show inline: attachment disposition (the name encoded per
 * RFC 6266/5987), no content sniffing, and no caching, since lists and scans hold personal data.
 */
final class Downloads {

    private Downloads() {}

    static ResponseEntity.BodyBuilder attachment(String fileName, String contentType, long length) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentDisposition(ContentDisposition.attachment()
                .filename(fileName, StandardCharsets.UTF_8)
                .build());
        headers.set("X-Content-Type-Options", "nosniff");
        headers.setCacheControl(CacheControl.noStore());
        ResponseEntity.BodyBuilder builder =
                ResponseEntity.ok().headers(headers).contentType(MediaType.parseMediaType(contentType));
        return length >= 0 ? builder.contentLength(length) : builder;
    }
}
