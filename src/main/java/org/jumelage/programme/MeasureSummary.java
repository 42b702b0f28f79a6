package org.jumelage.programme;

import org.jspecify.annotations.Nullable;
import org.jumelage.shared.LocalizedText;

/**
 * A measure of an EU programme under which projects apply, for example Europe for Citizens
 * 2014–2020, measure 2.1 Town Twinning.
 *
 * @param code stable code, for example {@code E4C-2014-TT}
 * @param name the measure's official name in Latvian and English, with its number where the
 *     programme numbers its measures (for example "2.1 Town Twinning")
 * @param programmeCode stable code of the programme, for example {@code E4C-2014}
 * @param programmeName the programme's name with its years, in Latvian and English
 * @param strand the strand (or action) the measure belongs to, or {@code null} when the programme
 *     does not group this measure into a strand
 * @param firstYear first year in which the measure had calls
 * @param lastYear last year in which the measure had (or will have) calls
 */
public record MeasureSummary(
        String code,
        LocalizedText name,
        String programmeCode,
        LocalizedText programmeName,
        @Nullable LocalizedText strand,
        int firstYear,
        int lastYear) {}
