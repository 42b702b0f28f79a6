package org.jumelage.publicity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jumelage.support.JumelageIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every country of the town gazetteer, as the database holds it, has every form the drafts need. */
@JumelageIntegrationTest
class DraftCountryNamesIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyCountryOfTheGazetteerHasItsNamesInEveryLanguage() {
        List<String> countries = jdbc.sql("select distinct country from town order by country")
                .query(String.class)
                .list();

        assertThat(countries).as("the gazetteer is loaded").hasSizeGreaterThanOrEqualTo(40);
        for (String language : DraftGrammar.LANGUAGES) {
            WordForms names = DraftGrammar.of(language).orElseThrow().countryNames();
            for (String country : countries) {
                for (String column : names.columns()) {
                    assertThat(names.find(country, column))
                            .as(language + " " + column + " of " + country)
                            .isPresent();
                }
            }
        }
    }
}
