package org.jumelage.network;

/** What a town is on a map, which decides its marker; the table says why in words ({@link MapReason}). */
public enum MapRole {
    /** The town the map is about: the organisation's town, the project's lead town, the searching town. */
    HOME,
    /** A partner's town in a project. */
    PARTNER,
    /** A twin town (or another link between towns). */
    TWIN,
    /** A town proposed by a partner search. */
    CANDIDATE
}
