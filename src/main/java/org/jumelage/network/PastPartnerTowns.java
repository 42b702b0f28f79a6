package org.jumelage.network;

import java.util.Set;

/**
 * The gazetteer towns of the partner organisations of a search's earlier projects ({@link
 * NetworkProjects#pastPartnerTowns}): partner search's "took part in a project of the same
 * measure" and "took part in a project on a shared theme".
 *
 * @param sameMeasure GeoNames ids of towns with a partner in a project of the measure
 * @param sharedTheme GeoNames ids of towns with a partner in a project on one of the themes
 */
public record PastPartnerTowns(Set<Long> sameMeasure, Set<Long> sharedTheme) {

    /** No earlier projects. */
    public static final PastPartnerTowns NONE = new PastPartnerTowns(Set.of(), Set.of());

    public PastPartnerTowns {
        sameMeasure = Set.copyOf(sameMeasure);
        sharedTheme = Set.copyOf(sharedTheme);
    }
}
