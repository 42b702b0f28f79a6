package org.jumelage.programme.domain;

import java.util.Arrays;
import java.util.Optional;

/** How a measure's grant is computed. */
enum GrantMethod {
    /** 2007–2013 citizens' meetings: invited participants × days × daily rate, plus travel per km. */
    FLAT_RATE("flat-rate"),
    /** A lump sum looked up in a table by the number of invited participants. */
    BAND_TABLE("band-table"),
    /** The applicant states the amount; the rules only bound it. */
    DECLARED("declared");

    private final String label;

    GrantMethod(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    static Optional<GrantMethod> of(String label) {
        return Arrays.stream(values()).filter(m -> m.label.equals(label)).findFirst();
    }
}
