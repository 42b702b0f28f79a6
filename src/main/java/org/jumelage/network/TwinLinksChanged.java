package org.jumelage.network;

/**
 * Published (as a Spring application event, after the transaction commits) whenever a link between
 * towns is added, changed, ended or removed, so that what is computed from all links (the partner
 * search's index, the cooperation graph) is computed again.
 *
 * @param linkId the link that changed
 */
public record TwinLinksChanged(long linkId) {}
