package org.jumelage.network;

import org.jumelage.shared.LocalizedText;

/**
 * A measure of the programme catalogue, as the network shows it.
 *
 * @param code the catalogue's stable code, for example {@code E4C-2014-TT}
 * @param name the programme and the measure, in Latvian and English
 */
public record NetworkMeasure(String code, LocalizedText name) {}
