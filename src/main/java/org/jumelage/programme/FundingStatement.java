package org.jumelage.programme;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Which EU funding statement a project's documents and pages carry: the Europe for Citizens wording for
 * its 2007–2013 and 2014–2020 programmes ("With the support of the Europe for Citizens Programme of the
 * European Union"), and the current "Co-funded by the European Union" for CERV and anything newer or
 * unknown (the European Commission's visibility rules for 2021–2027 programmes). The texts are in the
 * programme bundle under the keys below, in every language of the instance.
 */
public final class FundingStatement {

    public static final String EUROPE_FOR_CITIZENS = "programme.funding.e4c";
    public static final String CO_FUNDED = "programme.funding.cerv";

    private FundingStatement() {}

    /** @param programmeCode the catalogue's programme code ({@code E4C-2007}, {@code E4C-2014}, {@code CERV}), or {@code null} */
    public static String messageKey(@Nullable String programmeCode) {
        return programmeCode != null && programmeCode.toUpperCase(Locale.ROOT).startsWith("E4C")
                ? EUROPE_FOR_CITIZENS
                : CO_FUNDED;
    }
}
