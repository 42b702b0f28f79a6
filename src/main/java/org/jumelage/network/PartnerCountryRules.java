package org.jumelage.network;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Port: what a measure's rules say about the countries of a partnership, for partner search.
 * Implemented by the {@code programme} module with its own eligibility rules (the rule data
 * files): there is no second definition here.
 */
public interface PartnerCountryRules {

    /**
     * The rules of the measure in force for the call year (or the nearest year the rules cover).
     *
     * @param partnership the ISO codes of the countries already in the partnership (lead included)
     * @return empty when the measure has no rules (unknown code)
     */
    Optional<Requirements> requirements(String measure, int year, Collection<String> partnership);

    /** Every measure's code and name in the locale's language, in catalogue order, for a search form. */
    java.util.Map<String, String> measureNames(java.util.Locale locale);

    /**
     * @param allowed the countries the measure admits that year, or {@code null} when it names no list
     * @param needs what the partnership still lacks; empty when nothing
     */
    record Requirements(@Nullable Set<String> allowed, java.util.List<CountryNeed> needs) {

        public boolean allows(String country) {
            return allowed == null || allowed.contains(country);
        }
    }

    /**
     * A rule the partnership's countries do not meet yet.
     *
     * @param memberStates {@code true} when EU member states are missing, {@code false} for countries
     * @param missing how many more are needed
     * @param required how many the rule asks for in all
     * @param countries the countries a new partner could come from to meet it (not yet in the partnership)
     */
    record CountryNeed(boolean memberStates, int missing, int required, Set<String> countries) {}
}
