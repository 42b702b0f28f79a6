package org.jumelage.participation;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.jumelage.shared.LocalizedText;

/**
 * What a coordinator sets for an event's registration. A consent text different from the
 * current one becomes a new version; registrations keep the version their people accepted.
 *
 * @param capacity the most confirmed people, or {@code null} for no limit
 * @param workingLanguages {@code lv} and/or {@code en}
 * @param consentText the consent text; both languages empty for none
 */
public record RegistrationSettingsDraft(
        boolean open,
        @Nullable Instant opensAt,
        @Nullable Instant closesAt,
        @Nullable Integer capacity,
        boolean publicLink,
        List<String> workingLanguages,
        RegistrationQuestions questions,
        LocalizedText consentText) {

    public RegistrationSettingsDraft {
        workingLanguages = List.copyOf(workingLanguages);
    }

    /** The draft that keeps the settings as they are. */
    public static RegistrationSettingsDraft of(RegistrationSettings settings) {
        return new RegistrationSettingsDraft(
                settings.open(),
                settings.opensAt(),
                settings.closesAt(),
                settings.capacity(),
                settings.publicLink(),
                settings.workingLanguages(),
                settings.questions(),
                settings.consentText());
    }
}
