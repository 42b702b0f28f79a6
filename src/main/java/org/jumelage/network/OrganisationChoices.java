package org.jumelage.network;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an organisation picker offers ({@link OrganisationManagement#choices}): a few organisations
 * whose name contains the query, never all of them.
 *
 * @param query the query as searched (stripped); empty lists the first organisations by name
 * @param organisations the chosen organisation first when it was not among the matches, then the
 *     matches by name
 * @param selected the id of the organisation to show as selected, or {@code null} for none
 * @param more whether more organisations match than are offered (the person should type more)
 */
public record OrganisationChoices(
        String query,
        List<OrganisationSummary> organisations,
        @Nullable Long selected,
        boolean more) {

    /** How many matches a picker offers. */
    public static final int LIMIT = 20;

    public OrganisationChoices {
        organisations = List.copyOf(organisations);
    }

    /** Whether the organisation is the selected one. */
    public boolean isSelected(long id) {
        return selected != null && selected == id;
    }
}
