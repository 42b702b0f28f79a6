package org.jumelage.shared;

import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The time zone of each country {@link Countries} knows: the zone of its capital, so a country with
 * several zones (Spain, Portugal) gets the one most of its towns use and a person can choose
 * another. Events start in the zone of their first host town's country.
 */
public final class CountryTimeZones {

    private static final Map<String, ZoneId> ZONES = Map.ofEntries(
            Map.entry("AT", ZoneId.of("Europe/Vienna")),
            Map.entry("BE", ZoneId.of("Europe/Brussels")),
            Map.entry("BG", ZoneId.of("Europe/Sofia")),
            Map.entry("HR", ZoneId.of("Europe/Zagreb")),
            Map.entry("CY", ZoneId.of("Asia/Nicosia")),
            Map.entry("CZ", ZoneId.of("Europe/Prague")),
            Map.entry("DK", ZoneId.of("Europe/Copenhagen")),
            Map.entry("EE", ZoneId.of("Europe/Tallinn")),
            Map.entry("FI", ZoneId.of("Europe/Helsinki")),
            Map.entry("FR", ZoneId.of("Europe/Paris")),
            Map.entry("DE", ZoneId.of("Europe/Berlin")),
            Map.entry("GR", ZoneId.of("Europe/Athens")),
            Map.entry("HU", ZoneId.of("Europe/Budapest")),
            Map.entry("IE", ZoneId.of("Europe/Dublin")),
            Map.entry("IT", ZoneId.of("Europe/Rome")),
            Map.entry("LV", ZoneId.of("Europe/Riga")),
            Map.entry("LT", ZoneId.of("Europe/Vilnius")),
            Map.entry("LU", ZoneId.of("Europe/Luxembourg")),
            Map.entry("MT", ZoneId.of("Europe/Malta")),
            Map.entry("NL", ZoneId.of("Europe/Amsterdam")),
            Map.entry("PL", ZoneId.of("Europe/Warsaw")),
            Map.entry("PT", ZoneId.of("Europe/Lisbon")),
            Map.entry("RO", ZoneId.of("Europe/Bucharest")),
            Map.entry("SK", ZoneId.of("Europe/Bratislava")),
            Map.entry("SI", ZoneId.of("Europe/Ljubljana")),
            Map.entry("ES", ZoneId.of("Europe/Madrid")),
            Map.entry("SE", ZoneId.of("Europe/Stockholm")),
            Map.entry("AL", ZoneId.of("Europe/Tirane")),
            Map.entry("BA", ZoneId.of("Europe/Sarajevo")),
            Map.entry("ME", ZoneId.of("Europe/Podgorica")),
            Map.entry("MK", ZoneId.of("Europe/Skopje")),
            Map.entry("RS", ZoneId.of("Europe/Belgrade")),
            // Kosovo has no zone of its own in the IANA database; Pristina keeps Belgrade's time.
            Map.entry("XK", ZoneId.of("Europe/Belgrade")),
            Map.entry("UA", ZoneId.of("Europe/Kyiv")),
            Map.entry("MD", ZoneId.of("Europe/Chisinau")),
            Map.entry("GB", ZoneId.of("Europe/London")),
            Map.entry("NO", ZoneId.of("Europe/Oslo")),
            Map.entry("IS", ZoneId.of("Atlantic/Reykjavik")),
            Map.entry("LI", ZoneId.of("Europe/Vaduz")),
            Map.entry("CH", ZoneId.of("Europe/Zurich")),
            Map.entry("TR", ZoneId.of("Europe/Istanbul")),
            Map.entry("GE", ZoneId.of("Asia/Tbilisi")),
            Map.entry("AM", ZoneId.of("Asia/Yerevan")),
            Map.entry("AZ", ZoneId.of("Asia/Baku")),
            Map.entry("BY", ZoneId.of("Europe/Minsk")));

    private CountryTimeZones() {}

    /** The zone of the country's capital; empty for a code {@link Countries} does not know. */
    public static Optional<ZoneId> of(@Nullable String countryCode) {
        return countryCode == null ? Optional.empty() : Optional.ofNullable(ZONES.get(countryCode));
    }
}
