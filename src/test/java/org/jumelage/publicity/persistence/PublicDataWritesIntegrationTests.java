package org.jumelage.publicity.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import org.jumelage.support.JumelageIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every table of the schema is either one whose writes empty the public page cache (the default)
 * or one {@link PublicDataWrites#neverShown} on purpose. A new table makes this test
 * fail until someone decides which it is: writes to it then invalidate (the safe side) unless it is
 * added to {@code NEVER_SHOWN}, and here.
 */
@JumelageIntegrationTest
class PublicDataWritesIntegrationTests {

    /** Tables whose writes empty the cache: what public pages show, or could show. */
    static final Set<String> MAY_SHOW_PUBLICLY = Set.of(
            "event",
            "event_host",
            "event_planned_delegation",
            "event_registration_settings",
            "grant_award",
            "news_article",
            "news_tag",
            "organisation",
            "organisation_contact",
            "partner_notice",
            "programme_call_statistic",
            "programme_rule_override",
            "project",
            "project_outcome",
            "project_partner",
            "project_theme",
            "publication",
            "report_section",
            "town",
            "twin_link");

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyTableIsEitherShownOrNeverShownOnPurpose() {
        Set<String> tables = new TreeSet<>(jdbc.sql("""
                        select lower(table_name) from information_schema.tables
                         where lower(table_schema) = lower(current_schema()) and table_type = 'BASE TABLE'""").query(String.class).list());
        assertThat(tables).contains("project", "news_article", "spring_session");
        Set<String> unclassified = new TreeSet<>(tables);
        unclassified.removeAll(MAY_SHOW_PUBLICLY);
        unclassified.removeIf(PublicDataWrites::neverShown);
        assertThat(unclassified)
                .as("tables neither in MAY_SHOW_PUBLICLY (here) nor PublicDataWrites.neverShown")
                .isEmpty();
        for (String table : MAY_SHOW_PUBLICLY) {
            assertThat(PublicDataWrites.mayChangePublicPages("update " + table + " set x = 1"))
                    .as(table)
                    .isTrue();
        }
    }
}
