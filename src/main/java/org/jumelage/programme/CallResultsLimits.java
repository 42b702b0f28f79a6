package org.jumelage.programme;

/** Limits of recorded call results. */
public final class CallResultsLimits {

    /** Longest source text. */
    public static final int MAX_SOURCE = 500;

    /** Most lines of an import file, header included. */
    public static final int MAX_LINES = 2_000;

    /** Largest import file. */
    public static final int MAX_BYTES = 200_000;

    private CallResultsLimits() {}
}
