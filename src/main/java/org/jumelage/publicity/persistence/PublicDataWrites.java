package org.jumelage.publicity.persistence;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which SQL statements may change a public page: the one rule the page cache's invalidation
 * follows. A write to any table may, except to the tables listed in {@link #NEVER_SHOWN}, whose
 * contents no cached public page shows (sessions, registrations and attendance, mail, audit,
 * sign-in throttling…), and except updates that set only columns listed in {@link #NEVER_SHOWN_COLUMNS}
 * (the count of confirmed people that every registration raises). So a new table invalidates until
 * someone decides it never shows publicly, and the busy writes of registration, check-in and sign-in
 * leave the cache alone.
 * {@code PublicDataWritesIntegrationTests} checks that every table of the schema is either shown
 * or listed here on purpose.
 */
public final class PublicDataWrites {

    /**
     * Tables no cached public page reads. Participation tables are here because the pages that show
     * counts of participants (the events' information pages) are not cached.
     */
    public static final Set<String> NEVER_SHOWN = Set.of(
            "spring_session",
            "spring_session_attributes",
            "shedlock",
            "audit_event",
            "user_account",
            "user_account_role",
            "api_token",
            "sign_in_failure",
            "sign_in_lock",
            "password_reset",
            "public_form_rate",
            "mail_outbox",
            "mail_attachment",
            "event_registration",
            "event_attendance",
            "event_check_in_request",
            "event_evidence",
            "event_signing_key",
            "event_consent_text",
            "event_delegation",
            "partner_notice_message");

    /**
     * Columns of shown tables that no cached public page reads: an update setting only these leaves
     * the cache alone. The public event page shows whether registration is open, never how many
     * people are confirmed, so counting a registration in its settings row changes no public page.
     */
    public static final Map<String, Set<String>> NEVER_SHOWN_COLUMNS =
            Map.of("event_registration_settings", Set.of("confirmed"));

    /** The target table of a data change, after an optional schema and quotes. */
    private static final Pattern DATA_CHANGE = Pattern.compile(
            "^\\s*(?:insert\\s+into|update|delete\\s+from|merge\\s+into)\\s+(?:\"?\\w+\"?\\.)?\"?(\\w+)",
            Pattern.CASE_INSENSITIVE);

    /** The columns an update sets: everything between {@code set} and {@code where} (or the end). */
    private static final Pattern SET_CLAUSE = Pattern.compile(
            "^\\s*update\\s+(?:\"?\\w+\"?\\.)?\"?\\w+\"?\\s+(?:\\w+\\s+)?set\\s+(.*?)(?:\\swhere\\s.*)?$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /** One assignment of a set clause: the column before its {@code =}. */
    private static final Pattern ASSIGNMENT = Pattern.compile("^\\s*\"?(\\w+)\"?\\s*=");

    private PublicDataWrites() {}

    /**
     * Whether the statement may change what a public page shows: a data change of a table not in
     * {@link #NEVER_SHOWN}, or a statement that is neither a query nor a data change (a schema
     * change, a truncation: changes nobody can see through). Queries, transaction control and
     * calls (sequences; the application has no procedures that write) never do.
     */
    public static boolean mayChangePublicPages(String sql) {
        String start = firstWord(sql);
        switch (start) {
            case "select",
                    "with",
                    "values",
                    "show",
                    "set",
                    "explain",
                    "lock",
                    "listen",
                    "unlisten",
                    "notify",
                    "call",
                    "begin",
                    "start",
                    "commit",
                    "rollback",
                    "savepoint",
                    "release",
                    "analyze",
                    "" -> {
                return false;
            }
            case "insert", "update", "delete", "merge" -> {
                Matcher table = DATA_CHANGE.matcher(sql);
                if (!table.find()) {
                    return true;
                }
                String name = table.group(1).toLowerCase(Locale.ROOT);
                return !neverShown(name) && !(start.equals("update") && setsOnlyUnshownColumns(name, sql));
            }
            default -> {
                return true;
            }
        }
    }

    /**
     * Whether no cached public page shows the table: one of {@link #NEVER_SHOWN}, or a migration
     * history (one per module, {@code flyway_schema_history_<module>}).
     */
    public static boolean neverShown(String table) {
        String name = table.toLowerCase(Locale.ROOT);
        return NEVER_SHOWN.contains(name) || name.startsWith("flyway_schema_history");
    }

    /**
     * Whether the update sets nothing but columns of {@link #NEVER_SHOWN_COLUMNS} of its table. A set
     * clause it cannot read (a subquery with commas, a row assignment) counts as showing.
     */
    private static boolean setsOnlyUnshownColumns(String table, String sql) {
        Set<String> unshown = NEVER_SHOWN_COLUMNS.get(table);
        if (unshown == null) {
            return false;
        }
        Matcher set = SET_CLAUSE.matcher(sql);
        if (!set.matches() || set.group(1).contains("(")) {
            return false;
        }
        for (String assignment : set.group(1).split(",")) {
            Matcher column = ASSIGNMENT.matcher(assignment);
            if (!column.find() || !unshown.contains(column.group(1).toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static String firstWord(String sql) {
        int start = 0;
        while (start < sql.length() && (Character.isWhitespace(sql.charAt(start)) || sql.charAt(start) == '(')) {
            start++;
        }
        int end = start;
        while (end < sql.length() && Character.isLetter(sql.charAt(end))) {
            end++;
        }
        return sql.substring(start, end).toLowerCase(Locale.ROOT);
    }
}
