package org.jumelage.network.domain;

import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.jumelage.network.TownSummary;

/**
 * The rules that turn the text of a town field into a town, apart from the database: the GeoNames
 * id a text may end with, and when equal names are clear enough to pick one.
 */
final class TownTexts {

    /** "Łódź (3093133)": a name, then the id in parentheses at the very end. */
    private static final Pattern WITH_ID = Pattern.compile("^(.*?)\\s*\\(\\s*(\\d{1,18})\\s*\\)\\s*$");

    /** "Poznań, Greater Poland (PL)" or "Łódź (PL)": a name, maybe a region, then a country code in parentheses. */
    private static final Pattern WITH_COUNTRY = Pattern.compile("^(.*?)\\s*\\(\\s*([A-Za-z]{2})\\s*\\)\\s*$");

    /** What a town field's text says: the name, and the region and country when it names them. */
    record Label(
            String name, @Nullable String region, @Nullable String country) {}

    /** The largest of several equal names is picked only when it has at least this many times the next one's population. */
    static final int CLEARLY_LARGEST_FACTOR = 2;

    private TownTexts() {}

    /** The id at the end of the text, if it ends with one in parentheses. */
    static OptionalLong idIn(String typed) {
        Matcher matcher = WITH_ID.matcher(typed);
        if (!matcher.matches()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(matcher.group(2)));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** The text without a trailing id in parentheses. */
    static String nameIn(String typed) {
        Matcher matcher = WITH_ID.matcher(typed);
        return (matcher.matches() ? matcher.group(1) : typed).strip();
    }

    /**
     * The name, region and country of a text as {@link TownSummary#fieldText()} writes it; a text
     * without a country code in parentheses is all name.
     */
    static Label labelIn(String typed) {
        Matcher matcher = WITH_COUNTRY.matcher(typed);
        if (!matcher.matches()) {
            return new Label(nameIn(typed), null, null);
        }
        String rest = matcher.group(1).strip();
        String country = matcher.group(2).toUpperCase(java.util.Locale.ROOT);
        int comma = rest.lastIndexOf(", ");
        if (comma < 0) {
            return new Label(rest, null, country);
        }
        return new Label(
                rest.substring(0, comma).strip(), rest.substring(comma + 2).strip(), country);
    }

    /** The towns of the region the text named, when it named one that some of them are in; else all of them. */
    static List<TownSummary> inRegion(List<TownSummary> sameName, @Nullable String region) {
        if (region == null) {
            return sameName;
        }
        List<TownSummary> inRegion = sameName.stream()
                .filter(town -> town.region() != null && town.region().strip().equalsIgnoreCase(region))
                .toList();
        return inRegion.isEmpty() ? sameName : inRegion;
    }

    /**
     * Among towns whose name equals the typed one, largest first: the only one, or the largest when
     * it has at least twice the next one's population; otherwise {@code null}.
     */
    static @Nullable TownSummary clearChoice(List<TownSummary> sameName) {
        if (sameName.isEmpty()) {
            return null;
        }
        TownSummary largest = sameName.get(0);
        if (sameName.size() == 1) {
            return largest;
        }
        long next = sameName.get(1).population();
        return largest.population() > 0 && largest.population() >= CLEARLY_LARGEST_FACTOR * next ? largest : null;
    }
}
