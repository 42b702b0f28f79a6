package org.jumelage.network;

import java.util.List;
import java.util.Optional;

/**
 * The registry of links between towns (twinnings, friendship agreements, project partnerships,
 * informal contacts): the 23,082 links of Wikipedia's lists shipped with Jumelage and loaded at
 * first start, and those organisations record for their own town. The same pair of towns is never
 * stored twice, in either direction. Writes publish {@link TwinLinksChanged}.
 */
public interface Twinnings {

    /** The links of a gazetteer town, both directions, the other side's name first by country then name. */
    List<TwinLink> linksOf(long townId);

    Optional<TwinLink> find(long linkId);

    /**
     * Every link, for what is computed over the whole network (partner search, graph, figures).
     * About 23,000 rows; callers keep what they compute and recompute on {@link TwinLinksChanged}.
     */
    List<TwinLink> all();
}
