package org.jumelage.programme;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Who counts as an invited participant: the one definition the rules engine, the grant panel, the
 * attendance statistics, the participant lists and every report use.
 *
 * <p>CERV Town-Twinning (CERV-20xx-CITIZENS-TOWN-TT, 2024 call): “events must have at least 50 direct
 * participants, of whom at least 25 are invited international participants”. The programme's guide
 * for Town Twinning (Europe for Citizens 2014–2020, Measure 2.1) says who they are: “international
 * participants sent by the partner(s) from eligible countries other than the host country”; the
 * lump sum is calculated from their number (programme rules reference, §3.1, §3.2 and §7.1).
 *
 * <p>So what decides is the partner that sends a person, not the person's own country: a Latvian in
 * the delegation of a Lithuanian partner at a meeting in Latvia is invited, a Lithuanian in the
 * Latvian host's delegation is not. A guest organisation (not a project partner) sends no invited
 * participants, and neither does a partner from a country the call does not admit.
 */
public final class InvitedParticipants {

    private InvitedParticipants() {}

    /**
     * Whether the people a delegation brings count as invited participants at an event.
     *
     * @param sentByPartner the delegation is sent by a project partner (lead or partner), not a guest
     * @param partnerCountry ISO 3166-1 alpha-2 code of the sending partner's country
     * @param hostCountry ISO 3166-1 alpha-2 code of the country where the event takes place
     * @param eligibleCountries the countries the call admits, or {@code null} when not known (then
     *     every country counts)
     */
    public static boolean invited(
            boolean sentByPartner, String partnerCountry, String hostCountry, @Nullable Set<String> eligibleCountries) {
        return sentByPartner
                && !partnerCountry.isBlank()
                && !partnerCountry.equalsIgnoreCase(hostCountry)
                && (eligibleCountries == null || eligibleCountries.contains(partnerCountry));
    }

    /**
     * Whether the people a partner's delegation brings count as invited, when the call's country list
     * is not at hand (the partners of a project are from its eligible countries).
     *
     * @see #invited(boolean, String, String, Set)
     */
    public static boolean invited(boolean sentByPartner, String partnerCountry, String hostCountry) {
        return invited(sentByPartner, partnerCountry, hostCountry, null);
    }
}
