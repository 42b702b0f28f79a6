package org.jumelage.participation;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A scan of a signed participant list, uploaded onto its event as evidence.
 *
 * @param delegationId the delegation the list is of, or {@code null} for the whole event
 * @param day the day it was signed on, or {@code null}
 * @param fileName the uploaded file's name, made safe, its extension matching the content
 * @param contentType the type found in the content: {@code application/pdf}, {@code image/png},
 *     {@code image/jpeg}, {@code image/webp} or {@code image/tiff}
 * @param size in bytes
 * @param sha256 the content's SHA-256, lower-case hex
 * @param uploadedBy the e-mail of the person who uploaded it
 */
public record EvidenceSummary(
        long id,
        long eventId,
        @Nullable Long delegationId,
        @Nullable LocalDate day,
        String fileName,
        String contentType,
        long size,
        String sha256,
        String uploadedBy,
        Instant uploadedAt) {}
