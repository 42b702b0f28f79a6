package org.jumelage.participation.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.jumelage.event.EventException;
import org.jumelage.event.RegistrationProblem;
import org.jumelage.network.TownSummary;
import org.jumelage.participation.RegistrationQuestions;
import org.jumelage.participation.RegistrationRequest;
import org.jumelage.shared.Countries;
import org.jumelage.shared.EmailAddress;
import org.jumelage.shared.Languages;
import org.jumelage.shared.SearchText;
import org.jumelage.shared.TextLimits;

/**
 * The rules a registration request must pass on its own (without the stored registrations): names,
 * e-mail, country, town, the statistics from their fixed lists, lengths and consent. It also turns
 * a request into what is stored: trimmed texts, the keys that catch the same person twice, and
 * only the questions the event asks.
 */
final class RegistrationRules {

    static final List<String> GENDERS = org.jumelage.participation.RegistrationChoices.GENDERS;
    static final List<String> AGE_BANDS = org.jumelage.participation.RegistrationChoices.AGE_BANDS;

    static final int MAX_NAME = 100;
    static final int MAX_ORGANISATION = 300;
    static final int MAX_TOWN = 200;
    static final int MAX_NEEDS = 500;

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private RegistrationRules() {}

    /** A request as it is stored. */
    record Cleaned(
            String firstName,
            String lastName,
            @Nullable String email,
            @Nullable String emailKey,
            String nameKey,
            @Nullable String organisationName,
            @Nullable Long townId,
            @Nullable String townName,
            String country,
            @Nullable String gender,
            @Nullable String ageBand,
            @Nullable Boolean firstTime,
            @Nullable Boolean fewerOpportunities,
            @Nullable String dietary,
            @Nullable String accessibility,
            String language) {}

    /**
     * Everything wrong with the request on its own.
     *
     * @param emailOptional whether a minor may be registered without an e-mail (staff and heads of delegation)
     * @param consentAsked whether the event has a consent text the person must accept
     * @param towns looks a gazetteer town up by id
     */
    static List<RegistrationProblem> check(
            RegistrationRequest request,
            RegistrationQuestions asked,
            boolean emailOptional,
            boolean consentAsked,
            LongFunction<Optional<TownSummary>> towns) {
        List<RegistrationProblem> problems = new ArrayList<>();
        required(problems, "firstName", request.firstName(), MAX_NAME);
        required(problems, "lastName", request.lastName(), MAX_NAME);
        String email = blankToNull(request.email());
        if (email == null) {
            if (!(emailOptional && request.minor())) {
                problems.add(problem("email", "email-required"));
            }
        } else if (!EmailAddress.isValid(email)) {
            problems.add(problem("email", "email-invalid"));
        }
        String country = blankToNull(request.country());
        boolean townKnown =
                request.townId() != null && towns.apply(request.townId()).isPresent();
        if (country == null) {
            // A town of the gazetteer brings its country (see clean); without one the country is needed.
            if (!townKnown) {
                problems.add(problem("country", "country-required"));
            }
        } else if (!Countries.isKnown(country.toUpperCase(Locale.ROOT))) {
            problems.add(problem("country", "unknown-country", country));
        }
        if (request.townId() != null && towns.apply(request.townId()).isEmpty()) {
            problems.add(problem("town", "unknown-town", String.valueOf(request.townId())));
        }
        length(problems, "townName", request.townName(), MAX_TOWN);
        length(problems, "organisationName", request.organisationName(), MAX_ORGANISATION);
        if (asked.gender() && blankToNull(request.gender()) != null && !GENDERS.contains(request.gender())) {
            problems.add(problem("gender", "invalid-choice", request.gender()));
        }
        if (asked.ageBand() && blankToNull(request.ageBand()) != null && !AGE_BANDS.contains(request.ageBand())) {
            problems.add(problem("ageBand", "invalid-choice", request.ageBand()));
        }
        if (asked.dietary()) {
            length(problems, "dietary", request.dietary(), MAX_NEEDS);
        }
        if (asked.accessibility()) {
            length(problems, "accessibility", request.accessibility(), MAX_NEEDS);
        }
        if (consentAsked && !request.consent()) {
            problems.add(problem("consent", "consent-required"));
        }
        return problems;
    }

    /** The request as stored; call only on a request without problems. */
    static Cleaned clean(RegistrationRequest request, RegistrationQuestions asked, @Nullable TownSummary town) {
        String first = collapse(request.firstName());
        String last = collapse(request.lastName());
        String email = blankToNull(request.email());
        return new Cleaned(
                first,
                last,
                email,
                email == null ? null : emailKey(email),
                nameKey(first, last),
                blankToNull(request.organisationName()),
                town == null ? null : town.id(),
                town == null ? blankToNull(request.townName()) : town.name(),
                blankToNull(request.country()) == null && town != null
                        ? town.country()
                        : request.country().strip().toUpperCase(Locale.ROOT),
                asked.gender() ? blankToNull(request.gender()) : null,
                asked.ageBand() ? blankToNull(request.ageBand()) : null,
                asked.firstTime() ? request.firstTime() : null,
                asked.fewerOpportunities() ? request.fewerOpportunities() : null,
                asked.dietary() ? blankToNull(request.dietary()) : null,
                asked.accessibility() ? blankToNull(request.accessibility()) : null,
                language(request.language()));
    }

    /** The form of an e-mail that the same person twice compares: trimmed, lower case. */
    static String emailKey(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /** The form of a name that the same person twice compares: lower case, no accents, single spaces. */
    static String nameKey(String firstName, String lastName) {
        return SPACES.matcher(SearchText.normalize(firstName + " " + lastName)).replaceAll(" ");
    }

    /** The registration's language: any language participants read ({@code pl}, {@code sr-Latn}), else English. */
    static String language(@Nullable String language) {
        return Languages.knownOrDefault(language);
    }

    /**
     * An event's working languages as given (a form's boxes, an API list): tags of {@link Languages#ALL},
     * matched without regard to case and written as there ({@code sr-latn} is {@code sr-Latn}), in the
     * order given, without repeats; none, or one Jumelage does not know, is refused.
     */
    static List<String> workingLanguages(List<String> given) {
        List<String> tags = new java.util.ArrayList<>();
        for (String language : given) {
            String tag = Languages.ALL.stream()
                    .filter(known -> known.equalsIgnoreCase(language == null ? "" : language.strip()))
                    .findFirst()
                    .orElseThrow(EventException::settingsLanguages);
            if (!tags.contains(tag)) {
                tags.add(tag);
            }
        }
        if (tags.isEmpty()) {
            throw EventException.settingsLanguages();
        }
        return List.copyOf(tags);
    }

    static RegistrationProblem problem(String field, String rule, Object... arguments) {
        return new RegistrationProblem(field, "error.event.registration." + rule, arguments);
    }

    private static void required(List<RegistrationProblem> problems, String field, @Nullable String text, int max) {
        if (blankToNull(text) == null) {
            problems.add(problem(field, "required"));
        } else {
            length(problems, field, text, max);
        }
    }

    private static void length(List<RegistrationProblem> problems, String field, @Nullable String text, int max) {
        if (text != null && TextLimits.tooLong(text.strip(), max)) {
            problems.add(problem(field, "too-long", String.valueOf(max)));
        }
    }

    private static String collapse(String text) {
        return SPACES.matcher(text.strip()).replaceAll(" ");
    }

    static @Nullable String blankToNull(@Nullable String text) {
        return TextLimits.stripToNull(text);
    }
}
