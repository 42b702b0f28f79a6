package org.jumelage.programme.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jumelage.programme.RuleSource;

/**
 * Which countries were EU member states in which years, and which other countries each programme
 * admitted in which call years ({@code programme/rules/countries.yaml}). The United Kingdom is a
 * member state for calls up to 2020; Croatia from 2013.
 *
 * @param members country → the call years it counts as an EU member state
 * @param lists list name (for example {@code E4C-2014}) → the non-EU countries admitted, by call years
 */
record CountryLists(Map<String, Years> members, RuleSource membersSource, Map<String, List<Associated>> lists) {

    /** A span of call years; {@code to} is {@link Integer#MAX_VALUE} while it lasts. */
    record Years(int from, int to) {
        boolean covers(int year) {
            return from <= year && year <= to;
        }
    }

    /** The non-EU countries of a list for some call years, with their source. */
    record Associated(Years years, List<String> countries, RuleSource source, int line) {}

    boolean isMember(String country, int year) {
        Years years = members.get(country);
        return years != null && years.covers(year);
    }

    boolean hasList(String name) {
        return lists.containsKey(name);
    }

    /** The entry of the list that covers the year, if any. */
    Optional<Associated> associated(String list, int year) {
        return lists.getOrDefault(list, List.of()).stream()
                .filter(entry -> entry.years().covers(year))
                .findFirst();
    }

    /** The member states of the year and the countries the list admits in it. */
    Set<String> eligible(String list, int year) {
        Set<String> eligible = new TreeSet<>();
        members.forEach((country, years) -> {
            if (years.covers(year)) {
                eligible.add(country);
            }
        });
        associated(list, year).ifPresent(entry -> eligible.addAll(entry.countries()));
        return eligible;
    }
}
