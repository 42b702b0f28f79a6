package org.jumelage.publicity.persistence;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which SQL statements may change a public page: the one rule the page cache's invalidation
 * follows. A write to any table may, except to the tables listed in {@link #NEVER_SHOWN}, whose
 * contents no cached public page shows (sessions, registrations and attendance, mail, audit,
 * sign-in throttling…). So a new table invalidates until someone decides it never shows publicly,
 * and the busy writes of registration, check-in and sign-in leave the cache alone.
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

    /** The target table of a data change, after an optional schema and quotes. */
    private static final Pattern DATA_CHANGE = Pattern.compile(
            "^\\s*(?:insert\\s+into|update|delete\\s+from|merge\\s+into)\\s+(?:\"?\\w+\"?\\.)?\"?(\\w+)",
            Pattern.CASE_INSENSITIVE);

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
                return !table.find() || !neverShown(table.group(1));
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
