package org.jumelage.participation;

import org.jumelage.shared.LocalizedText;

/**
 * A delegation for which the viewer may download the participant list.
 *
 * @param partner the sending partner organisation's names; empty when the partner is not named
 * @param country ISO 3166-1 alpha-2
 * @param confirmed confirmed, not erased people of the delegation
 */
public record ListDelegation(long id, LocalizedText partner, String country, int confirmed) {}
