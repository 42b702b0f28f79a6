package org.jumelage.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.jumelage.shared.Countries;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;

/** The country names every page gets: in the reader's language and order, built once per language. */
class PageModelAdviceTests {

    private final PageModelAdvice advice =
            new PageModelAdvice(new DefaultListableBeanFactory().getBeanProvider(MapTileProperties.class));

    @Test
    void namesEveryCountryInTheReadersLanguageInItsOrder() {
        Map<String, String> names = advice.countryNames(Locale.forLanguageTag("lv"));

        assertThat(names).containsOnlyKeys(Countries.CODES).containsEntry("LT", "Lietuva");
        assertThat(names.keySet()).containsExactlyElementsOf(Countries.sortedByName(Locale.forLanguageTag("lv")));
    }

    @Test
    void buildsTheNamesOncePerLanguage() {
        assertThat(advice.countryNames(Locale.ENGLISH)).isSameAs(advice.countryNames(Locale.ENGLISH));
        assertThat(advice.countryNames(Locale.ENGLISH)).isNotEqualTo(advice.countryNames(Locale.forLanguageTag("de")));
    }

    @Test
    void keepsNoCopyForALocaleOutsideItsLanguages() {
        Locale klingon = Locale.forLanguageTag("tlh");

        assertThat(advice.countryNames(klingon)).isNotSameAs(advice.countryNames(klingon));
        assertThat(advice.countryNames(klingon)).containsOnlyKeys(Countries.CODES);
    }
}
