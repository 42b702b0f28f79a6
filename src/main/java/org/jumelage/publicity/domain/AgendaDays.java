package org.jumelage.publicity.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The activities per day of an event, read from its free-text agenda: a line that starts with a day
 * of the event opens that day, and the lines after it are its activities. A day is written as "Day
 * 2" or "2. diena", as a date ({@code 2026-11-09}, {@code 9.11.}, {@code 9.11.2026}) or as a day and
 * month in English or Latvian ("9 November", "9. novembrī"); what follows the day on its line is an
 * activity too. Lines before the first day are the agenda's introduction. An agenda that names no
 * day of the event is one block: of the only day of a one-day event, else of the event as a whole
 * (it is not cut up by guessing).
 */
public final class AgendaDays {

    private static final Pattern DAY_NUMBER = Pattern.compile(
            "^(?:(?:day|diena)\\s+(\\d{1,2})|(\\d{1,2})\\.\\s*diena)\\b[\\s:.–—-]*(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})\\b[\\s:.–—-]*(.*)$");
    private static final Pattern DOTTED_DATE =
            Pattern.compile("^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})?(?!\\d)[\\s:.–—-]*(.*)$");
    private static final Pattern DAY_MONTH = Pattern.compile(
            "^(\\d{1,2})\\.?\\s+(\\p{L}+)\\b[\\s:.,–—-]*(.*)$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** English month names and the stems of the Latvian ones ("novembris", "novembrī"). */
    private static final List<List<String>> MONTHS = List.of(
            List.of("january", "janvār"),
            List.of("february", "februār"),
            List.of("march", "mart"),
            List.of("april", "aprīl"),
            List.of("may", "maij"),
            List.of("june", "jūnij"),
            List.of("july", "jūlij"),
            List.of("august", "august"),
            List.of("september", "septembr"),
            List.of("october", "oktobr"),
            List.of("november", "novembr"),
            List.of("december", "decembr"));

    /**
     * The agenda as read.
     *
     * @param introduction lines before the first day
     * @param days every day of the event with its activities (empty lists for days the agenda does not name),
     *     when the agenda names at least one day of the event; else empty
     * @param whole the agenda's lines when it names no day of the event (of a one-day event they are that day's)
     */
    public record Agenda(List<String> introduction, List<Day> days, List<String> whole) {

        public boolean byDay() {
            return !days.isEmpty();
        }
    }

    /** One day of the event and the agenda's activities of that day. */
    public record Day(LocalDate date, int number, List<String> activities) {}

    private AgendaDays() {}

    static Agenda read(String agenda, @Nullable LocalDate start, @Nullable LocalDate end) {
        List<String> lines = agenda.lines()
                .map(String::strip)
                .map(line -> line.replaceFirst("^[-*•]\\s+", ""))
                .filter(line -> !line.isEmpty())
                .toList();
        if (start == null) {
            return new Agenda(List.of(), List.of(), lines);
        }
        LocalDate last = end == null || end.isBefore(start) ? start : end;
        Map<LocalDate, List<String>> days = new LinkedHashMap<>();
        start.datesUntil(last.plusDays(1)).forEach(day -> days.put(day, new ArrayList<>()));
        List<String> introduction = new ArrayList<>();
        List<String> current = null;
        boolean named = false;
        for (String line : lines) {
            Heading heading = heading(line, start);
            if (heading != null && days.containsKey(heading.day())) {
                named = true;
                current = days.get(heading.day());
                if (!heading.rest().isEmpty()) {
                    current.add(heading.rest());
                }
            } else if (current != null) {
                current.add(line);
            } else {
                introduction.add(line);
            }
        }
        if (!named) {
            if (days.size() == 1) {
                return new Agenda(List.of(), List.of(new Day(start, 1, lines)), List.of());
            }
            return new Agenda(List.of(), List.of(), lines);
        }
        List<Day> result = new ArrayList<>();
        int number = 1;
        for (Map.Entry<LocalDate, List<String>> day : days.entrySet()) {
            result.add(new Day(day.getKey(), number++, List.copyOf(day.getValue())));
        }
        return new Agenda(List.copyOf(introduction), result, List.of());
    }

    private record Heading(LocalDate day, String rest) {}

    private static @Nullable Heading heading(String line, LocalDate start) {
        try {
            Matcher matcher = DAY_NUMBER.matcher(line);
            if (matcher.matches()) {
                int number = Integer.parseInt(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
                return number < 1
                        ? null
                        : new Heading(
                                start.plusDays(number - 1L), matcher.group(3).strip());
            }
            matcher = ISO_DATE.matcher(line);
            if (matcher.matches()) {
                return new Heading(
                        LocalDate.of(
                                Integer.parseInt(matcher.group(1)),
                                Integer.parseInt(matcher.group(2)),
                                Integer.parseInt(matcher.group(3))),
                        matcher.group(4).strip());
            }
            matcher = DOTTED_DATE.matcher(line);
            if (matcher.matches()) {
                int year = matcher.group(3) == null ? start.getYear() : Integer.parseInt(matcher.group(3));
                return new Heading(
                        LocalDate.of(year, Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(1))),
                        matcher.group(4).strip());
            }
            matcher = DAY_MONTH.matcher(line);
            if (matcher.matches()) {
                int month = month(matcher.group(2));
                if (month > 0) {
                    return new Heading(
                            LocalDate.of(start.getYear(), month, Integer.parseInt(matcher.group(1))),
                            matcher.group(3).strip());
                }
            }
        } catch (DateTimeException | NumberFormatException e) {
            return null; // "31.02." is no day: an ordinary line
        }
        return null;
    }

    private static int month(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (int i = 0; i < MONTHS.size(); i++) {
            List<String> names = MONTHS.get(i);
            if (lower.equals(names.get(0)) || lower.startsWith(names.get(1))) {
                return i + 1;
            }
        }
        return 0;
    }
}
