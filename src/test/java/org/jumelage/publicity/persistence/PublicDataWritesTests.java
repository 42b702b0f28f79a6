package org.jumelage.publicity.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PublicDataWritesTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "insert into project (id, acronym) values (?, ?)",
                "update project set title_en=?, version=? where id=? and version=?",
                "delete from news_article where id = ?",
                "UPDATE \"event\" SET published = true",
                "update jumelage.news_tag set tag = ?",
                "  merge into publication key (kind, id) values (?, ?)",
                "insert into some_new_table (x) values (1)",
                "alter table project add column x int",
                "truncate table news_article",
                "update event_registration_settings set registration_open = ?, version = version + 1 where event_id = ?",
                "update event_registration_settings set confirmed = confirmed + 1, public_link = ? where event_id = ?",
                "update event_registration_settings set confirmed = (select count(*) from event_registration)",
                "update project set confirmed = 1 where id = ?"
            })
    void changesThatMayShowPubliclyCount(String sql) {
        assertThat(PublicDataWrites.mayChangePublicPages(sql)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "select * from project where id = ?",
                "with p as (select id from project) select * from p",
                "(select 1) union (select 2)",
                "update spring_session set last_access_time = ? where primary_id = ?",
                "INSERT INTO SPRING_SESSION_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) VALUES (?, ?)",
                "insert into event_registration (event_id, email) values (?, ?)",
                "update event_attendance set checked_in_at = ?",
                "insert into mail_outbox (recipient) values (?)",
                "insert into audit_event (action) values (?)",
                "delete from sign_in_failure where email = ?",
                "insert into flyway_schema_history_publicity (version) values (?)",
                "update shedlock set lock_until = ? where name = ?",
                "update event_registration_settings set confirmed = confirmed + 1\n where event_id = ? and version = ?",
                "UPDATE jumelage.\"event_registration_settings\" SET \"CONFIRMED\" = confirmed + ? WHERE event_id = ?",
                "update event_registration_settings set confirmed = confirmed where event_id = ? and capacity is not null",
                "set local lock_timeout = '1s'",
                "call next value for project_seq",
                "commit",
                ""
            })
    void queriesAndWritesOfTablesNoPublicPageShowsDoNot(String sql) {
        assertThat(PublicDataWrites.mayChangePublicPages(sql)).isFalse();
    }
}
