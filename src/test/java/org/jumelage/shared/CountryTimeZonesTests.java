package org.jumelage.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountryTimeZonesTests {

    @Test
    void everyKnownCountryHasAZone() {
        for (String code : Countries.CODES) {
            assertThat(CountryTimeZones.of(code)).as(code).isPresent();
        }
    }

    @ParameterizedTest
    @CsvSource({
        "PL, Europe/Warsaw",
        "LV, Europe/Riga",
        "ES, Europe/Madrid",
        "PT, Europe/Lisbon",
        "UA, Europe/Kyiv",
        "XK, Europe/Belgrade",
        "CY, Asia/Nicosia"
    })
    void aCountryWithSeveralZonesGetsItsCapitals(String country, String zone) {
        assertThat(CountryTimeZones.of(country)).hasValue(ZoneId.of(zone));
    }

    @Test
    void anUnknownCountryHasNone() {
        assertThat(CountryTimeZones.of("ZZ")).isEmpty();
        assertThat(CountryTimeZones.of(null)).isEmpty();
    }
}
