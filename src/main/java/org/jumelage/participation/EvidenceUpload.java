package org.jumelage.participation;

import java.io.InputStream;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A file to keep as evidence.
 *
 * @param delegationId the delegation the signed list is of, or {@code null}
 * @param day the day it was signed on, or {@code null}
 * @param fileName the name the person's device gave; only a safe form of it is kept
 * @param declaredSize the size the client announced, or -1 when unknown; the bytes read are what counts
 * @param content read once, not closed
 */
public record EvidenceUpload(
        @Nullable Long delegationId,
        @Nullable LocalDate day,
        String fileName,
        long declaredSize,
        InputStream content) {}
