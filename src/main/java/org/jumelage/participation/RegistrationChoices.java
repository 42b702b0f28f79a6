package org.jumelage.participation;

import java.util.List;

/** The fixed answers of the optional statistics funders ask for (see {@link RegistrationRequest}). */
public final class RegistrationChoices {

    public static final List<String> GENDERS = List.of("female", "male", "other");

    public static final List<String> AGE_BANDS = List.of("under-18", "18-25", "26-30", "31-54", "55-plus");

    private RegistrationChoices() {}
}
