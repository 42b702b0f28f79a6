package org.jumelage.project;

import org.jspecify.annotations.Nullable;

/**
 * What the project's source (its application, the call results, a news item) states about the
 * partnership, kept beside the partners recorded: a source may count partners it does not name,
 * and those cannot be recorded. "Cities of change" says 14 partners from 11 countries and names
 * two of them.
 *
 * @param partners the partners the source counts (the lead included)
 * @param countries the countries it counts, or {@code null} when it does not say
 */
public record StatedPartners(int partners, @Nullable Integer countries) {

    /** The most partners or countries a source may state; a larger number is a typing error. */
    public static final int MAX = 1000;

    public StatedPartners {
        if (partners < 0 || partners > MAX || (countries != null && (countries < 0 || countries > MAX))) {
            throw new IllegalArgumentException("partners and countries are between 0 and " + MAX);
        }
    }

    /** How many of the stated partners are not recorded (0 when the record holds as many or more). */
    public int unrecorded(int recorded) {
        return Math.max(0, partners - recorded);
    }
}
