package org.jumelage.project;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the grant agreement of a project awarded, as its editors recorded it (one per project).
 *
 * @param amount the awarded grant, positive, two decimals
 * @param currency always {@code EUR}
 * @param agreementNumber the grant agreement's number, for example {@code 2018-1234/001-001}
 * @param signedOn the day the agreement was signed (never in the future)
 * @param conditions the agreement's conditions in free text, or {@code null}
 * @param recordedBy the name of who recorded it last
 * @param recordedAt when it was recorded last
 */
public record GrantAward(
        long projectId,
        BigDecimal amount,
        String currency,
        String agreementNumber,
        LocalDate signedOn,
        @Nullable String conditions,
        String recordedBy,
        Instant recordedAt) {}
