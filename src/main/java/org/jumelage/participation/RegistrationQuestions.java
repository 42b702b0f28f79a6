package org.jumelage.participation;

/**
 * The optional questions a registration form asks. Funders ask for the statistics (gender, age
 * band, first-time participant, fewer opportunities); the needs help the host.
 */
public record RegistrationQuestions(
        boolean gender,
        boolean ageBand,
        boolean firstTime,
        boolean fewerOpportunities,
        boolean dietary,
        boolean accessibility) {

    public static final RegistrationQuestions NONE =
            new RegistrationQuestions(false, false, false, false, false, false);

    public static final RegistrationQuestions ALL = new RegistrationQuestions(true, true, true, true, true, true);
}
