package org.jumelage.network.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code twin_link} table in plain SQL that runs unchanged on H2 and PostgreSQL. */
@Repository
public class TwinLinkStore {

    private static final String INSERT_COLUMNS = "pair_key, town_a_id, town_a_name, town_a_country, town_b_id, "
            + "town_b_name, town_b_country, kind, status, since_year, until_year, managed_by, source, "
            + "source_detail, imported, recorded_by, charter_key, charter_name, charter_content_type, "
            + "charter_size, version, created_at, updated_at";
    private static final int INSERT_PARAMETERS = 23;
    private static final String COLUMNS = "id, " + INSERT_COLUMNS;

    /** Rows per INSERT statement when loading many: far fewer round trips than one row each. */
    static final int ROWS_PER_STATEMENT = 500;

    private static final RowMapper<TwinLinkRow> ROW = TwinLinkStore::map;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    TwinLinkStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** True once the links of the shipped file have been loaded. */
    public boolean hasImported() {
        return !jdbc.sql("select id from twin_link where imported = true limit 1")
                .query(Long.class)
                .list()
                .isEmpty();
    }

    public long count() {
        return jdbc.sql("select count(*) from twin_link").query(Long.class).single();
    }

    public Optional<TwinLinkRow> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from twin_link where id = :id")
                .param("id", id)
                .query(ROW)
                .optional();
    }

    /** The link stored for the pair, in either direction. */
    public Optional<TwinLinkRow> findByPair(String pairKey) {
        return jdbc.sql("select " + COLUMNS + " from twin_link where pair_key = :key")
                .param("key", pairKey)
                .query(ROW)
                .optional();
    }

    /** The links with the gazetteer town on either side. */
    public List<TwinLinkRow> ofTown(long townId) {
        return jdbc.sql("select " + COLUMNS + " from twin_link where town_a_id = :town union all select " + COLUMNS
                        + " from twin_link where town_b_id = :town and (town_a_id is null or town_a_id <> :town)")
                .param("town", townId)
                .query(ROW)
                .list();
    }

    public List<TwinLinkRow> all() {
        return jdbc.sql("select " + COLUMNS + " from twin_link order by id")
                .query(ROW)
                .list();
    }

    /** Inserts one row and answers its id. */
    public long insert(TwinLinkRow row) {
        KeyHolder keys = new GeneratedKeyHolder();
        template.update(
                connection -> {
                    PreparedStatement statement = connection.prepareStatement(
                            "insert into twin_link (" + INSERT_COLUMNS + ") values (" + placeholders() + ")",
                            new String[] {"id"});
                    bind(statement, 1, row);
                    return statement;
                },
                keys);
        Number id = keys.getKey();
        if (id == null) {
            throw new IllegalStateException("No id generated for the link");
        }
        return id.longValue();
    }

    /**
     * Writes the row's changeable columns when its version is still the stored one, and raises the
     * version. Answers whether a row was changed ({@code false}: changed or removed meanwhile).
     */
    public boolean update(TwinLinkRow row) {
        return jdbc.sql(
                                "update twin_link set kind = :kind, status = :status, since_year = :since, until_year = :until,"
                                        + " managed_by = :managedBy, charter_key = :charterKey, charter_name = :charterName,"
                                        + " charter_content_type = :charterType, charter_size = :charterSize,"
                                        + " version = version + 1, updated_at = :updatedAt where id = :id and version = :version")
                        .param("kind", row.kind())
                        .param("status", row.status())
                        .param("since", row.since(), Types.INTEGER)
                        .param("until", row.until(), Types.INTEGER)
                        .param("managedBy", row.managedBy(), Types.VARCHAR)
                        .param(
                                "charterKey",
                                row.charter() == null ? null : row.charter().key(),
                                Types.VARCHAR)
                        .param(
                                "charterName",
                                row.charter() == null ? null : row.charter().fileName(),
                                Types.VARCHAR)
                        .param(
                                "charterType",
                                row.charter() == null ? null : row.charter().contentType(),
                                Types.VARCHAR)
                        .param(
                                "charterSize",
                                row.charter() == null ? null : row.charter().size(),
                                Types.BIGINT)
                        .param("updatedAt", OffsetDateTime.ofInstant(row.updatedAt(), ZoneOffset.UTC))
                        .param("id", row.id())
                        .param("version", row.version())
                        .update()
                == 1;
    }

    /** Deletes the row when its version is still the stored one; answers whether it did. */
    public boolean delete(long id, long version) {
        return jdbc.sql("delete from twin_link where id = :id and version = :version")
                        .param("id", id)
                        .param("version", version)
                        .update()
                == 1;
    }

    /** Inserts the rows with multi-row INSERT statements in the caller's transaction. */
    public void insertAll(List<TwinLinkRow> rows) {
        template.execute((ConnectionCallback<Void>) connection -> {
            int full = rows.size() / ROWS_PER_STATEMENT * ROWS_PER_STATEMENT;
            if (full > 0) {
                try (PreparedStatement statement = prepare(connection, ROWS_PER_STATEMENT)) {
                    for (int start = 0; start < full; start += ROWS_PER_STATEMENT) {
                        bindAll(statement, rows.subList(start, start + ROWS_PER_STATEMENT));
                        statement.executeUpdate();
                    }
                }
            }
            if (full < rows.size()) {
                try (PreparedStatement statement = prepare(connection, rows.size() - full)) {
                    bindAll(statement, rows.subList(full, rows.size()));
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
                    statement.execute("analyze twin_link");
                } else if (product.equalsIgnoreCase("H2")) {
                    statement.execute("analyze table twin_link");
                }
            }
            return null;
        });
    }

    private static String placeholders() {
        return "?, ".repeat(INSERT_PARAMETERS - 1) + "?";
    }

    private static PreparedStatement prepare(Connection connection, int rowCount) throws SQLException {
        String row = "(" + placeholders() + ")";
        StringBuilder sql = new StringBuilder("insert into twin_link (" + INSERT_COLUMNS + ") values ");
        for (int i = 0; i < rowCount; i++) {
            sql.append(i == 0 ? "" : ", ").append(row);
        }
        return connection.prepareStatement(sql.toString());
    }

    private static void bindAll(PreparedStatement statement, List<TwinLinkRow> rows) throws SQLException {
        int p = 1;
        for (TwinLinkRow row : rows) {
            p = bind(statement, p, row);
        }
    }

    private static int bind(PreparedStatement statement, int first, TwinLinkRow row) throws SQLException {
        int p = first;
        statement.setString(p++, row.pairKey());
        setLong(statement, p++, row.townAId());
        statement.setString(p++, row.townAName());
        statement.setString(p++, row.townACountry());
        setLong(statement, p++, row.townBId());
        statement.setString(p++, row.townBName());
        statement.setString(p++, row.townBCountry());
        statement.setString(p++, row.kind());
        statement.setString(p++, row.status());
        setInteger(statement, p++, row.since());
        setInteger(statement, p++, row.until());
        setString(statement, p++, row.managedBy());
        statement.setString(p++, row.source());
        setString(statement, p++, row.sourceDetail());
        statement.setBoolean(p++, row.imported());
        setLong(statement, p++, row.recordedBy());
        TwinLinkRow.Charter charter = row.charter();
        setString(statement, p++, charter == null ? null : charter.key());
        setString(statement, p++, charter == null ? null : charter.fileName());
        setString(statement, p++, charter == null ? null : charter.contentType());
        setLong(statement, p++, charter == null ? null : charter.size());
        statement.setLong(p++, row.version());
        statement.setObject(p++, OffsetDateTime.ofInstant(row.createdAt(), ZoneOffset.UTC));
        statement.setObject(p++, OffsetDateTime.ofInstant(row.updatedAt(), ZoneOffset.UTC));
        return p;
    }

    private static void setLong(PreparedStatement statement, int p, @Nullable Long value) throws SQLException {
        if (value == null) {
            statement.setNull(p, Types.BIGINT);
        } else {
            statement.setLong(p, value);
        }
    }

    private static void setInteger(PreparedStatement statement, int p, @Nullable Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(p, Types.INTEGER);
        } else {
            statement.setInt(p, value);
        }
    }

    private static void setString(PreparedStatement statement, int p, @Nullable String value) throws SQLException {
        if (value == null) {
            statement.setNull(p, Types.VARCHAR);
        } else {
            statement.setString(p, value);
        }
    }

    private static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static @Nullable Integer nullableInteger(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static TwinLinkRow map(ResultSet rs, int row) throws SQLException {
        String charterKey = rs.getString("charter_key");
        return new TwinLinkRow(
                rs.getLong("id"),
                rs.getString("pair_key"),
                nullableLong(rs, "town_a_id"),
                rs.getString("town_a_name"),
                rs.getString("town_a_country"),
                nullableLong(rs, "town_b_id"),
                rs.getString("town_b_name"),
                rs.getString("town_b_country"),
                rs.getString("kind"),
                rs.getString("status"),
                nullableInteger(rs, "since_year"),
                nullableInteger(rs, "until_year"),
                rs.getString("managed_by"),
                rs.getString("source"),
                rs.getString("source_detail"),
                rs.getBoolean("imported"),
                nullableLong(rs, "recorded_by"),
                charterKey == null
                        ? null
                        : new TwinLinkRow.Charter(
                                charterKey,
                                rs.getString("charter_name"),
                                rs.getString("charter_content_type"),
                                rs.getLong("charter_size")),
                rs.getLong("version"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }
}
