package org.jumelage.project.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jumelage.project.GrantAward;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The grant awards of projects (table {@code grant_award}, one row per project). */
@Repository
public class GrantAwardStore {

    private final JdbcClient jdbc;

    GrantAwardStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<GrantAward> find(long projectId) {
        return jdbc.sql("""
                        select project_id, amount, currency, agreement_number, signed_on, conditions, recorded_by,
                               recorded_at
                        from grant_award where project_id = :project""")
                .param("project", projectId)
                .query(GrantAwardStore::map)
                .optional();
    }

    /** The awards of these projects, by project id; projects without one are left out. */
    public java.util.Map<Long, GrantAward> findAll(java.util.Collection<Long> projectIds) {
        java.util.Map<Long, GrantAward> awards = new java.util.HashMap<>();
        if (projectIds.isEmpty()) {
            return awards;
        }
        jdbc.sql("""
                        select project_id, amount, currency, agreement_number, signed_on, conditions, recorded_by,
                               recorded_at
                        from grant_award where project_id in (:projects)""")
                .param("projects", java.util.Set.copyOf(projectIds))
                .query(GrantAwardStore::map)
                .list()
                .forEach(award -> awards.put(award.projectId(), award));
        return awards;
    }

    /** Inserts the project's award or replaces the one recorded. */
    public void save(GrantAward award) {
        int updated = jdbc.sql("""
                        update grant_award set amount = :amount, currency = :currency,
                               agreement_number = :number, signed_on = :signed, conditions = :conditions,
                               recorded_by = :by, recorded_at = :at
                        where project_id = :project""").params(parameters(award)).update();
        if (updated == 0) {
            jdbc.sql("""
                            insert into grant_award (project_id, amount, currency, agreement_number, signed_on,
                                                     conditions, recorded_by, recorded_at)
                            values (:project, :amount, :currency, :number, :signed, :conditions, :by, :at)""").params(parameters(award)).update();
        }
    }

    private static java.util.Map<String, Object> parameters(GrantAward award) {
        java.util.Map<String, Object> parameters = new java.util.HashMap<>();
        parameters.put("project", award.projectId());
        parameters.put("amount", award.amount());
        parameters.put("currency", award.currency());
        parameters.put("number", award.agreementNumber());
        parameters.put("signed", award.signedOn());
        parameters.put("conditions", award.conditions());
        parameters.put("by", award.recordedBy());
        parameters.put("at", OffsetDateTime.ofInstant(award.recordedAt(), ZoneOffset.UTC));
        return parameters;
    }

    private static GrantAward map(ResultSet row, int number) throws SQLException {
        return new GrantAward(
                row.getLong("project_id"),
                row.getBigDecimal("amount"),
                row.getString("currency"),
                row.getString("agreement_number"),
                row.getObject("signed_on", java.time.LocalDate.class),
                row.getString("conditions"),
                row.getString("recorded_by"),
                row.getObject("recorded_at", OffsetDateTime.class).toInstant());
    }
}
