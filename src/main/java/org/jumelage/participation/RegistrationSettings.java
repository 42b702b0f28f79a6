package org.jumelage.participation;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How an event takes registrations. An event nobody has opened registration for has the
 * {@link #closed defaults}: closed, no capacity, no public link, no questions, no consent text.
 *
 * @param open the coordinator's switch; registration also needs the dates to allow it
 * @param opensAt registration opens at this instant, or {@code null} from the moment it is switched on
 * @param closesAt registration closes at this instant, or {@code null} to stay open
 * @param capacity the most confirmed people, or {@code null} for no limit; beyond it people go on the waiting list
 * @param publicLink whether {@code /register/{publicToken}} takes registrations
 * @param publicToken the random token of the event's public link
 * @param workingLanguages the event's working languages, {@code lv} and/or {@code en}
 * @param consentVersion the current consent text's version, 0 while the event asks for no consent
 * @param consentText the current consent text in Latvian and English
 * @param version the stored row's version, 0 before the first save
 */
public record RegistrationSettings(
        long eventId,
        boolean open,
        @Nullable Instant opensAt,
        @Nullable Instant closesAt,
        @Nullable Integer capacity,
        boolean publicLink,
        String publicToken,
        List<String> workingLanguages,
        RegistrationQuestions questions,
        int consentVersion,
        org.jumelage.shared.LocalizedText consentText,
        long version) {

    public RegistrationSettings {
        workingLanguages = List.copyOf(workingLanguages);
    }

    /** The settings of an event nobody has opened registration for. */
    public static RegistrationSettings closed(long eventId) {
        return new RegistrationSettings(
                eventId,
                false,
                null,
                null,
                null,
                false,
                "",
                List.of("lv", "en"),
                RegistrationQuestions.NONE,
                0,
                org.jumelage.shared.LocalizedText.of(null, null),
                0);
    }

    /** Whether registration is possible at the instant: switched on and between the dates. */
    public boolean openAt(Instant now) {
        return state(now) == RegistrationState.OPEN;
    }

    public RegistrationState state(Instant now) {
        if (!open) {
            return RegistrationState.CLOSED;
        }
        if (opensAt != null && now.isBefore(opensAt)) {
            return RegistrationState.NOT_YET_OPEN;
        }
        if (closesAt != null && !now.isBefore(closesAt)) {
            return RegistrationState.ENDED;
        }
        return RegistrationState.OPEN;
    }

    public boolean asksConsent() {
        return consentVersion > 0;
    }
}
