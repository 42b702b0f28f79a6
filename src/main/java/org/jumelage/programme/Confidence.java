package org.jumelage.programme;

/** How sure the rule data is of a value: read in several sources, in one, or doubtful. */
public enum Confidence {
    CONFIRMED("confirmed"),
    SINGLE_SOURCE("single-source"),
    UNCERTAIN("uncertain");

    private final String label;

    Confidence(String label) {
        this.label = label;
    }

    /** The word the data files and the API use. */
    public String label() {
        return label;
    }
}
