package org.jumelage.programme;

import java.util.List;
import org.jumelage.shared.LocalizedText;

/**
 * A programme with its measures grouped by strand, in catalogue order.
 *
 * @param code stable code, for example {@code E4C-2014}
 * @param name the programme's name with its years, in Latvian and English
 * @param strands the programme's strands, each with its measures
 */
public record ProgrammeSummary(String code, LocalizedText name, List<StrandSummary> strands) {

    public ProgrammeSummary {
        strands = List.copyOf(strands);
    }
}
