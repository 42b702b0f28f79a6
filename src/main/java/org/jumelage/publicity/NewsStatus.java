package org.jumelage.publicity;

/** Where an article is in its life: a draft, published with a date still to come, or public. */
public enum NewsStatus {
    /** Not published; only its editors see it. */
    DRAFT,
    /** Published with a publication date in the future; public from that date on. */
    SCHEDULED,
    /** Public since its publication date. */
    PUBLISHED
}
