package org.jumelage.programme.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jumelage.programme.RuleOverrideVersion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The saved versions of the administrators' rule overrides (table {@code programme_rule_override}). */
@Repository
public class RuleOverrideStore {

    private final JdbcClient jdbc;

    RuleOverrideStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Saves a new version of the measure's override; the unique (measure, version) key refuses a
     * second save that raced this one.
     */
    public RuleOverrideVersion add(String measure, String content, String author, Instant at) {
        int version = jdbc.sql(
                        "select coalesce(max(version), 0) + 1 from programme_rule_override where measure = :measure")
                .param("measure", measure)
                .query(Integer.class)
                .single();
        jdbc.sql("""
                        insert into programme_rule_override (measure, version, content, created_by, created_at)
                        values (:measure, :version, :content, :author, :at)""")
                .param("measure", measure)
                .param("version", version)
                .param("content", content)
                .param("author", author)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .update();
        return new RuleOverrideVersion(measure, version, content, author, at);
    }

    /** The measure's versions, newest first. */
    public List<RuleOverrideVersion> versions(String measure) {
        return jdbc.sql("""
                        select measure, version, content, created_by, created_at from programme_rule_override
                        where measure = :measure order by version desc""")
                .param("measure", measure)
                .query(RuleOverrideStore::map)
                .list();
    }

    public Optional<RuleOverrideVersion> version(String measure, int version) {
        return jdbc.sql("""
                        select measure, version, content, created_by, created_at from programme_rule_override
                        where measure = :measure and version = :version""")
                .param("measure", measure)
                .param("version", version)
                .query(RuleOverrideStore::map)
                .optional();
    }

    /** The newest version of every measure that has one. */
    public List<RuleOverrideVersion> latest() {
        return jdbc.sql("""
                        select o.measure, o.version, o.content, o.created_by, o.created_at
                        from programme_rule_override o
                        where o.version = (select max(v.version) from programme_rule_override v where v.measure = o.measure)
                        order by o.measure""").query(RuleOverrideStore::map).list();
    }

    private static RuleOverrideVersion map(java.sql.ResultSet row, int number) throws java.sql.SQLException {
        return new RuleOverrideVersion(
                row.getString("measure"),
                row.getInt("version"),
                row.getString("content"),
                row.getString("created_by"),
                row.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
