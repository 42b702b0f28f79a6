package org.jumelage.network.persistence;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A row of the {@code twin_link} table as written and read, for {@link TwinLinkStore}.
 *
 * @param id the link's id ({@code 0} for a row not yet inserted)
 * @param pairKey the unordered pair in normal form (see the migration)
 * @param kind a {@code TwinKind} name
 * @param status a {@code TwinStatus} name
 * @param imported whether the link came from the shipped file
 * @param recordedBy the organisation that recorded the link, or {@code null}
 */
public record TwinLinkRow(
        long id,
        String pairKey,
        @Nullable Long townAId,
        String townAName,
        String townACountry,
        @Nullable Long townBId,
        String townBName,
        String townBCountry,
        String kind,
        String status,
        @Nullable Integer since,
        @Nullable Integer until,
        @Nullable String managedBy,
        String source,
        @Nullable String sourceDetail,
        boolean imported,
        @Nullable Long recordedBy,
        @Nullable Charter charter,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    /** The signed charter's file: its key in the file storage, the name it was uploaded with, type and size. */
    public record Charter(String key, String fileName, String contentType, long size) {}
}
