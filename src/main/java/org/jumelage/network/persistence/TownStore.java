package org.jumelage.network.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.jumelage.network.TownSummary;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code town} table in plain SQL that runs unchanged on H2 and PostgreSQL.
 *
 * <p>A prefix search never uses a range or LIKE on an index: it compares one of the precomputed
 * columns {@code prefix1}, {@code prefix2}, {@code prefix3} for equality. Each has an index
 * ordered by {@code population desc, id} (and {@code (country, prefix1)} has one too), so the
 * database reads the largest matching towns first and stops at the limit. Queries longer than three characters
 * filter the rows of their three-character group with {@code search_key like 'query%'}.
 * Equality does not depend on the database collation, unlike {@code like 'x%'} on PostgreSQL,
 * which needs the C collation or {@code text_pattern_ops} to use a btree index.
 */
@Repository
public class TownStore {

    private static final String COLUMNS = "id, name, country, latitude, longitude, population, region";
    private static final String INSERT_COLUMNS = "id, name, search_key, prefix1, prefix2, prefix3, country, "
            + "latitude, longitude, population, region, source, added_at";
    private static final int INSERT_PARAMETERS = 13;

    /** Rows per INSERT statement when loading many: far fewer round trips than one row each. */
    static final int ROWS_PER_STATEMENT = 500;

    private static final RowMapper<TownSummary> SUMMARY = (rs, row) -> new TownSummary(
            rs.getLong("id"),
            rs.getString("name"),
            rs.getString("country"),
            rs.getDouble("latitude"),
            rs.getDouble("longitude"),
            rs.getLong("population"),
            rs.getString("region"));

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    TownStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Towns whose search key starts with {@code key}, largest first. */
    public List<TownSummary> startingWith(String key, @Nullable String country, int limit) {
        Prefix prefix = Prefix.of(key, country);
        return jdbc.sql("select " + COLUMNS + " from town where " + prefix.condition() + " order by " + prefix.orderBy()
                        + " limit :limit")
                .params(prefix.parameters())
                .param("limit", limit)
                .query(SUMMARY)
                .list();
    }

    /** How many towns' search keys start with {@code key}. */
    public long countStartingWith(String key, @Nullable String country) {
        Prefix prefix = Prefix.of(key, country);
        return jdbc.sql("select count(*) from town where " + prefix.condition())
                .params(prefix.parameters())
                .query(Long.class)
                .single();
    }

    /** Towns whose search key is exactly {@code key}, largest first. */
    public List<TownSummary> withKey(String key, @Nullable String country, int limit) {
        Prefix prefix = Prefix.of(key, country);
        return jdbc.sql("select " + COLUMNS + " from town where " + prefix.condition()
                        + " and search_key = :key order by " + prefix.orderBy() + " limit :limit")
                .params(prefix.parameters())
                .param("key", key)
                .param("limit", limit)
                .query(SUMMARY)
                .list();
    }

    /**
     * Towns with a word of their name starting with {@code key} ("bistrica" finds Ilirska
     * Bistrica), largest first. Scans the table (or the country); meant for resolving a form's
     * text, not for type-ahead.
     */
    public List<TownSummary> withWordStarting(String key, @Nullable String country, int limit) {
        String countryCondition = country == null ? "" : "country = :country and ";
        JdbcClient.StatementSpec statement = jdbc.sql("select " + COLUMNS + " from town where " + countryCondition
                        + "(search_key like :start or search_key like :word)"
                        + " order by population desc, id limit :limit")
                .param("start", key + "%")
                .param("word", "% " + key + "%")
                .param("limit", limit);
        if (country != null) {
            statement = statement.param("country", country);
        }
        return statement.query(SUMMARY).list();
    }

    public Optional<TownSummary> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from town where id = :id")
                .param("id", id)
                .query(SUMMARY)
                .optional();
    }

    public List<TownSummary> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        // One array parameter rather than one parameter per id: an organisation's dashboard asks for
        // about 2,000 towns, and PostgreSQL read the whole table for such a list but looks the array's
        // ids up in the primary key.
        return jdbc.sql("select " + COLUMNS + " from town where id = any (:ids)")
                .param("ids", ids.toArray(Long[]::new))
                .query(SUMMARY)
                .list();
    }

    /**
     * Every town of the gazetteer (about 65,000), by id, for what is computed over all towns in
     * memory (partner search's index). Only the columns of {@link TownSummary}.
     */
    public List<TownSummary> allTowns() {
        return jdbc.sql("select " + COLUMNS + " from town order by id")
                .query(SUMMARY)
                .list();
    }

    /** True once the GeoNames rows have been loaded. */
    public boolean hasGazetteer() {
        return !jdbc.sql("select id from town where source = :source limit 1")
                .param("source", TownRow.GEONAMES)
                .query(Long.class)
                .list()
                .isEmpty();
    }

    public long count() {
        return jdbc.sql("select count(*) from town").query(Long.class).single();
    }

    /** The next id for a town an administrator adds. */
    public long nextAddedId() {
        return jdbc.sql("select nextval('town_added_id_seq')").query(Long.class).single();
    }

    /** Inserts the rows with multi-row INSERT statements in the caller's transaction. */
    public void insert(List<TownRow> rows) {
        template.execute((ConnectionCallback<Void>) connection -> {
            int full = rows.size() / ROWS_PER_STATEMENT * ROWS_PER_STATEMENT;
            if (full > 0) {
                try (PreparedStatement statement = prepare(connection, ROWS_PER_STATEMENT)) {
                    for (int start = 0; start < full; start += ROWS_PER_STATEMENT) {
                        bind(statement, rows.subList(start, start + ROWS_PER_STATEMENT));
                        statement.executeUpdate();
                    }
                }
            }
            if (full < rows.size()) {
                try (PreparedStatement statement = prepare(connection, rows.size() - full)) {
                    bind(statement, rows.subList(full, rows.size()));
                    statement.executeUpdate();
                }
            }
            return null;
        });
    }

    /** Refreshes the planner's statistics after a bulk load (the syntax differs between the two databases). */
    public void analyze() {
        template.execute((ConnectionCallback<Void>) connection -> {
            String product = connection.getMetaData().getDatabaseProductName();
            try (Statement statement = connection.createStatement()) {
                if (product.equalsIgnoreCase("PostgreSQL")) {
                    statement.execute("analyze town");
                } else if (product.equalsIgnoreCase("H2")) {
                    statement.execute("analyze table town");
                }
            }
            return null;
        });
    }

    private static PreparedStatement prepare(Connection connection, int rowCount) throws SQLException {
        String row = "(" + "?, ".repeat(INSERT_PARAMETERS - 1) + "?)";
        StringBuilder sql = new StringBuilder("insert into town (" + INSERT_COLUMNS + ") values ");
        for (int i = 0; i < rowCount; i++) {
            sql.append(i == 0 ? "" : ", ").append(row);
        }
        return connection.prepareStatement(sql.toString());
    }

    private static void bind(PreparedStatement statement, List<TownRow> rows) throws SQLException {
        int p = 1;
        for (TownRow row : rows) {
            String key = row.searchKey();
            statement.setLong(p++, row.id());
            statement.setString(p++, row.name());
            statement.setString(p++, key);
            statement.setString(p++, Prefix.head(key, 1));
            statement.setString(p++, Prefix.head(key, 2));
            statement.setString(p++, Prefix.head(key, 3));
            statement.setString(p++, row.country());
            statement.setDouble(p++, row.latitude());
            statement.setDouble(p++, row.longitude());
            statement.setLong(p++, row.population());
            if (row.region() == null) {
                statement.setNull(p++, Types.VARCHAR);
            } else {
                statement.setString(p++, row.region());
            }
            statement.setString(p++, row.source());
            statement.setObject(p++, OffsetDateTime.ofInstant(row.addedAt(), ZoneOffset.UTC));
        }
    }

    /**
     * How a search key is looked up: which prefix column is compared for equality, whether a LIKE
     * narrows the group, and the ORDER BY that lets the index deliver the order. Without a country,
     * a key of n characters uses {@code prefix<n>} (n at most 3). With a country, keys of one or two
     * characters use {@code (country, prefix1)}; longer keys use {@code prefix3} and filter by
     * country, since a three-character group is small.
     */
    record Prefix(
            String column,
            String value,
            @Nullable String pattern,
            @Nullable String country) {

        static Prefix of(String key, @Nullable String country) {
            if (key.isEmpty()) {
                throw new IllegalArgumentException("An empty key matches nothing");
            }
            int length = key.length();
            if (country != null && length < 3) {
                return new Prefix("prefix1", head(key, 1), length > 1 ? key + "%" : null, country);
            }
            int columnLength = Math.min(length, 3);
            return new Prefix("prefix" + columnLength, head(key, 3), length > 3 ? key + "%" : null, country);
        }

        static String head(String key, int length) {
            return key.length() <= length ? key : key.substring(0, length);
        }

        boolean byCountryIndex() {
            return country != null && column.equals("prefix1");
        }

        String condition() {
            return (byCountryIndex() ? "country = :country and " : "")
                    + column
                    + " = :prefix"
                    + (country != null && !byCountryIndex() ? " and country = :country" : "")
                    + (pattern == null ? "" : " and search_key like :pattern");
        }

        /** Names the equal columns too: H2 uses an index for the order only when the ORDER BY starts like the index. */
        String orderBy() {
            return (byCountryIndex() ? "country, " : "") + column + ", population desc, id";
        }

        Map<String, Object> parameters() {
            Map<String, Object> parameters = new HashMap<>();
            parameters.put("prefix", value);
            if (pattern != null) {
                parameters.put("pattern", pattern);
            }
            if (country != null) {
                parameters.put("country", country);
            }
            return parameters;
        }
    }
}
