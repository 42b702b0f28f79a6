package org.jumelage.network;

/** Whether a link between two towns is lived. */
public enum TwinStatus {
    ACTIVE,
    /** Signed but without exchanges for years. */
    DORMANT,
    /** Ended; {@link TwinLink#until()} says when, where known. */
    ENDED
}
