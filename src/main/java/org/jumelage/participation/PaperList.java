package org.jumelage.participation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.jumelage.shared.LocalizedText;

/**
 * The event's confirmed people as the signed paper list has them, by delegation, with their
 * presence per day.
 *
 * @param days the event's days
 * @param rows people of delegations first (by delegation), then those without one; by last name within each
 */
public record PaperList(long eventId, List<LocalDate> days, List<Row> rows) {

    public PaperList {
        days = List.copyOf(days);
        rows = List.copyOf(rows);
    }

    /**
     * @param delegationId the person's delegation, or {@code null}
     * @param delegation the delegation's organisation names, or {@code null}
     * @param present day → how the presence was recorded
     */
    public record Row(
            long registrationId,
            String name,
            String country,
            @Nullable Long delegationId,
            @Nullable LocalizedText delegation,
            Map<LocalDate, AttendanceSource> present) {

        public Row {
            present = Map.copyOf(present);
        }

        public boolean presentOn(LocalDate day) {
            return present.containsKey(day);
        }
    }

    /** One person ticked on one day. */
    public record Tick(long registrationId, LocalDate day) {

        /** The form value {@code registrationId:yyyy-MM-dd}. */
        public String value() {
            return registrationId + ":" + day;
        }

        /** Reads {@link #value()}; {@code null} for anything else. */
        public static @Nullable Tick parse(String value) {
            int colon = value.indexOf(':');
            if (colon < 1) {
                return null;
            }
            try {
                return new Tick(Long.parseLong(value.substring(0, colon)), LocalDate.parse(value.substring(colon + 1)));
            } catch (RuntimeException e) {
                return null;
            }
        }
    }

    /** What saving a paper list changed. */
    public record Change(int added, int removed) {}
}
