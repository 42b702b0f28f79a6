package org.jumelage.programme.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.jumelage.programme.RecordedCallStatistic;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Call results recorded by administrators (table {@code programme_call_statistic}); the scope is
 * {@value #WHOLE_CALL} for the whole call or a country code.
 */
@Repository
public class CallStatisticStore {

    /** The scope of a row about the whole call. */
    public static final String WHOLE_CALL = "ALL";

    private final JdbcClient jdbc;

    CallStatisticStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Saves the row of its call and scope, replacing one recorded before. */
    public void save(RecordedCallStatistic statistic) {
        String scope = scope(statistic.country());
        jdbc.sql("delete from programme_call_statistic where call_code = :code and scope = :scope")
                .param("code", statistic.callCode())
                .param("scope", scope)
                .update();
        jdbc.sql("""
                        insert into programme_call_statistic
                            (call_code, scope, submitted, funded, source, recorded_by, recorded_at)
                        values (:code, :scope, :submitted, :funded, :source, :by, :at)""")
                .param("code", statistic.callCode())
                .param("scope", scope)
                .param("submitted", statistic.submitted(), java.sql.Types.INTEGER)
                .param("funded", statistic.funded(), java.sql.Types.INTEGER)
                .param("source", statistic.source(), java.sql.Types.VARCHAR)
                .param("by", statistic.recordedBy())
                .param("at", OffsetDateTime.ofInstant(statistic.recordedAt(), ZoneOffset.UTC))
                .update();
    }

    /** Removes the row; false when there was none. */
    public boolean remove(String callCode, @Nullable String country) {
        return jdbc.sql("delete from programme_call_statistic where call_code = :code and scope = :scope")
                        .param("code", callCode)
                        .param("scope", scope(country))
                        .update()
                > 0;
    }

    /** Every row, by call code and then scope, the whole call first. */
    public List<RecordedCallStatistic> all() {
        return jdbc.sql("""
                        select call_code, scope, submitted, funded, source, recorded_by, recorded_at
                        from programme_call_statistic
                        order by call_code, case when scope = 'ALL' then 0 else 1 end, scope""").query(CallStatisticStore::map).list();
    }

    private static String scope(@Nullable String country) {
        return country == null ? WHOLE_CALL : country;
    }

    private static RecordedCallStatistic map(ResultSet row, int number) throws SQLException {
        String scope = row.getString("scope");
        return new RecordedCallStatistic(
                row.getString("call_code"),
                WHOLE_CALL.equals(scope) ? null : scope,
                (Integer) row.getObject("submitted", Integer.class),
                (Integer) row.getObject("funded", Integer.class),
                row.getString("source"),
                row.getString("recorded_by"),
                row.getObject("recorded_at", OffsetDateTime.class).toInstant());
    }
}
