package org.jumelage.network;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.jumelage.shared.LocalizedText;

/**
 * A partner-search notice ("looking for partners") with its organisation. It never carries an
 * address of the organisation: answers reach it only through {@link PartnerNoticeRelay}.
 *
 * @param organisationName the organisation's names
 * @param townName the organisation's town, or {@code null}
 * @param country the organisation's country, ISO 3166-1 alpha-2
 * @param measureName the measure's name from the catalogue, or {@code null} when there is no
 *     measure (or the catalogue no longer has it)
 */
public record PartnerNotice(
        long id,
        long organisationId,
        LocalizedText organisationName,
        @Nullable String townName,
        String country,
        LocalizedText title,
        LocalizedText idea,
        LocalizedText theme,
        LocalizedText sought,
        @Nullable String measureCode,
        @Nullable LocalizedText measureName,
        @Nullable LocalDate callDeadline,
        NoticeTownSize townSize,
        List<String> languages,
        LocalDate expiresOn,
        NoticeStatus status,
        Instant updatedAt,
        long version) {

    public PartnerNotice {
        languages = List.copyOf(languages);
    }

    /**
     * Whether the notice is on the public site on {@code today}: it is active and its expiry day
     * has not passed (the last day it is shown is {@link #expiresOn()}). The public queries select
     * by the same rule.
     */
    public boolean isCurrent(LocalDate today) {
        return status == NoticeStatus.ACTIVE && !expiresOn.isBefore(today);
    }
}
