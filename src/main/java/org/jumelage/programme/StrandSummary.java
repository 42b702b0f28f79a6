package org.jumelage.programme;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.jumelage.shared.LocalizedText;

/**
 * A strand (or action) of a programme with its measures, in catalogue order.
 *
 * @param name the strand's name, or {@code null} for measures the programme does not group into a strand
 * @param measures the strand's measures
 */
public record StrandSummary(@Nullable LocalizedText name, List<MeasureSummary> measures) {

    public StrandSummary {
        measures = List.copyOf(measures);
    }
}
