package org.jumelage.participation.domain;

import java.util.List;

/**
 * Everything one participant list shows, already in the event's languages, for the PDF, XLSX and
 * CSV writers. Bilingual texts are joined with " / " (or one line per language where noted).
 *
 * @param titleLines the document title, then the event's title in each language that has one
 * @param facts label and value pairs: project, dates, place, delegation, day
 * @param headings number, name, town, country, signature
 * @param csvHeadings number, last name, first name, town, country code
 * @param fundingLines the EU funding statement, one line per language
 * @param pageLabel a pattern with {0} for the page and {1} for the page count
 * @param emptyNote shown instead of rows when nobody is confirmed
 */
record ListContent(
        List<String> titleLines,
        List<Fact> facts,
        List<String> headings,
        List<String> csvHeadings,
        List<Row> rows,
        List<String> fundingLines,
        String pageLabel,
        String emptyNote,
        String sheetName) {

    record Fact(String label, String value) {}

    /** One person: {@code name} is first then last name; {@code country} the country's name, {@code countryCode} ISO. */
    record Row(int number, String firstName, String lastName, String town, String country, String countryCode) {

        String name() {
            return (firstName + " " + lastName).strip();
        }
    }
}
