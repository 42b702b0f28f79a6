package org.jumelage.network;

/** What kind of link joins two towns. */
public enum TwinKind {
    /** A formal twinning (town twinning, sister city) with a signed charter. */
    FORMAL,
    /** A friendship or cooperation agreement, less than a twinning. */
    FRIENDSHIP,
    /** A partnership that grew out of a common project. */
    PROJECT,
    /** An informal contact, nothing signed. */
    INFORMAL
}
