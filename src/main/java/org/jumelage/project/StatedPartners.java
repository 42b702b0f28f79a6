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

    /** The most partners a source may state; a larger number is a typing error. */
    public static final int MAX = 1000;

    /** The most countries a source may state (Europe and its neighbours hold fewer). */
    public static final int MAX_COUNTRIES = 60;

    /**
     * @throws ProjectException naming the field ({@code statedPartners} or {@code statedCountries})
     *     when partners are not 1–{@value #MAX}, countries not 1–{@value #MAX_COUNTRIES}, or there are
     *     more countries than partners
     */
    public StatedPartners {
        if (partners < 1 || partners > MAX) {
            throw ProjectException.statedPartnersOutOfRange(MAX);
        }
        if (countries != null && (countries < 1 || countries > MAX_COUNTRIES)) {
            throw ProjectException.statedCountriesOutOfRange(MAX_COUNTRIES);
        }
        if (countries != null && countries > partners) {
            throw ProjectException.statedCountriesAbovePartners();
        }
    }

    /**
     * What a form or request states: {@code null} when both counts are empty (nothing stated).
     *
     * @throws ProjectException when the counts are out of range, or countries come without partners
     */
    public static @Nullable StatedPartners of(@Nullable Integer partners, @Nullable Integer countries) {
        if (partners == null && countries == null) {
            return null;
        }
        if (partners == null) {
            throw ProjectException.statedPartnersRequired();
        }
        return new StatedPartners(partners, countries);
    }

    /** How many of the stated partners are not recorded (0 when the record holds as many or more). */
    public int unrecorded(int recorded) {
        return Math.max(0, partners - recorded);
    }
}
