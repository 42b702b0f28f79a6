package org.jumelage.event.domain;

import org.jspecify.annotations.Nullable;

/**
 * Which EU funding statement a participant list carries: the Europe for Citizens wording for its
 * 2007–2013 and 2014–2020 programmes ("With the support of the Europe for Citizens Programme of the
 * European Union"), and the current "Co-funded by the European Union" for CERV and anything newer
 * or unknown (the European Commission's visibility rules for 2021–2027 programmes).
 */
final class FundingStatement {

    static final String EUROPE_FOR_CITIZENS = "event.lists.funding.e4c";
    static final String CO_FUNDED = "event.lists.funding.cerv";

    private FundingStatement() {}

    /** @param programmeCode the catalogue's programme code ({@code E4C-2007}, {@code E4C-2014}, {@code CERV}), or {@code null} */
    static String messageKey(@Nullable String programmeCode) {
        return programmeCode != null
                        && programmeCode.toUpperCase(java.util.Locale.ROOT).startsWith("E4C")
                ? EUROPE_FOR_CITIZENS
                : CO_FUNDED;
    }
}
