package org.jumelage.network;

/** The size of town a partner-search notice looks for, by population. */
public enum NoticeTownSize {
    /** Any size. */
    ANY,
    /** Fewer than 10,000 inhabitants. */
    SMALL,
    /** 10,000 to 100,000 inhabitants. */
    MEDIUM,
    /** More than 100,000 inhabitants. */
    LARGE
}
