package org.jumelage.programme.domain;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jumelage.programme.ReferenceNumber;
import org.jumelage.shared.Countries;

/**
 * Reads what a reference number says. Three forms are understood:
 *
 * <ul>
 *   <li>Europe for Citizens 2014–2020 numbers given by EACEA, such as
 *       {@code 558833-CITIZ-1-2014-2-PL-CITIZ-NT}: proposal number (six digits), programme
 *       {@code CITIZ}, a digit whose meaning the sources do not give (always 1 in the numbers
 *       seen), year, deadline round, applicant country, and {@code CITIZ-} with the measure
 *       ({@code TT}, {@code NT}, {@code REMEM}, {@code CIV}).
 *   <li>CERV call identifiers, such as {@code CERV-2024-CITIZENS-TOWN-TT}: programme, year and the
 *       topic, which names the measure.
 *   <li>EU Funding &amp; Tenders numbers of 2021–2027 projects and proposals, nine digits starting
 *       with {@code 101}, such as {@code 101081234}. Such a number identifies a project in every EU
 *       programme of the period, so it tells nothing about programme or measure, and a note says so.
 * </ul>
 *
 * <p>Which measure a code names, and which years a programme covers, come from the catalogue. Surrounding
 * spaces, letter case, spaces around hyphens and typographic dashes (as word processors write them)
 * are forgiven. Anything else is kept as typed with {@code parsed=false} and a note key.
 */
final class ReferenceNumberReader {

    /** The catalogue programme whose EACEA numbers carry the programme code {@code CITIZ}. */
    static final String EUROPE_FOR_CITIZENS_2014 = "E4C-2014";

    static final String CERV = "CERV";

    static final String NOTE_EMPTY = "programme.reference.empty";
    static final String NOTE_NOT_UNDERSTOOD = "programme.reference.not-understood";
    static final String NOTE_UNKNOWN_COUNTRY = "programme.reference.unknown-country";
    static final String NOTE_YEAR_OUT_OF_RANGE = "programme.reference.year-out-of-range";
    static final String NOTE_UNKNOWN_MEASURE = "programme.reference.unknown-measure";
    static final String NOTE_NUMBER_ONLY = "programme.reference.number-only";

    /** Longer texts are not reference numbers; they are not even looked at. */
    static final int MAX_LENGTH = 100;

    private static final Pattern EACEA =
            Pattern.compile("(\\d{6})-(CITIZ)-\\d-(\\d{4})-([1-9])-([A-Z]{2})-CITIZ-([A-Z]+)");

    private static final Pattern CERV_CALL = Pattern.compile("(CERV)-(\\d{4})-([A-Z]+(?:-[A-Z]+)*)");

    private static final Pattern FUNDING_AND_TENDERS = Pattern.compile("101\\d{6}");

    /** Hyphen look-alikes: hyphen, non-breaking hyphen, figure dash, en dash, em dash, minus. */
    private static final Pattern DASH = Pattern.compile("\\s*[-\u2010\u2011\u2012\u2013\u2014\u2212]\\s*");

    /** EU country codes that differ from ISO 3166-1: Greece and the United Kingdom. */
    private static final Map<String, String> EU_TO_ISO = Map.of("EL", "GR", "UK", "GB");

    private final Catalogue catalogue;

    ReferenceNumberReader(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    ReferenceNumber read(String text) {
        if (text.isBlank()) {
            return ReferenceNumber.notUnderstood(text, NOTE_EMPTY);
        }
        if (text.length() > MAX_LENGTH) {
            return ReferenceNumber.notUnderstood(text, NOTE_NOT_UNDERSTOOD);
        }
        String canonical = DASH.matcher(text.strip().toUpperCase(Locale.ROOT)).replaceAll("-");
        Matcher eacea = EACEA.matcher(canonical);
        if (eacea.matches()) {
            return readEacea(text, canonical, eacea);
        }
        Matcher cerv = CERV_CALL.matcher(canonical);
        if (cerv.matches()) {
            return readCervCall(text, canonical, cerv);
        }
        if (FUNDING_AND_TENDERS.matcher(canonical).matches()) {
            return new ReferenceNumber(canonical, true, canonical, null, null, null, null, null, NOTE_NUMBER_ONLY);
        }
        return ReferenceNumber.notUnderstood(text, NOTE_NOT_UNDERSTOOD);
    }

    private ReferenceNumber readEacea(String text, String canonical, Matcher number) {
        String country = EU_TO_ISO.getOrDefault(number.group(5), number.group(5));
        if (!Countries.isKnown(country)) {
            return ReferenceNumber.notUnderstood(text, NOTE_UNKNOWN_COUNTRY);
        }
        int year = Integer.parseInt(number.group(3));
        Optional<Catalogue.Programme> programme = catalogue.programme(EUROPE_FOR_CITIZENS_2014);
        if (programme.isEmpty() || !programme.get().covers(year)) {
            return ReferenceNumber.notUnderstood(text, NOTE_YEAR_OUT_OF_RANGE);
        }
        String measure = programme.get().measuresByReferenceCode().get(number.group(6));
        if (measure == null) {
            return ReferenceNumber.notUnderstood(text, NOTE_UNKNOWN_MEASURE);
        }
        return new ReferenceNumber(
                canonical,
                true,
                number.group(1),
                number.group(2),
                year,
                Integer.parseInt(number.group(4)),
                country,
                measure,
                null);
    }

    private ReferenceNumber readCervCall(String text, String canonical, Matcher call) {
        int year = Integer.parseInt(call.group(2));
        Optional<Catalogue.Programme> programme = catalogue.programme(CERV);
        if (programme.isEmpty() || !programme.get().covers(year)) {
            return ReferenceNumber.notUnderstood(text, NOTE_YEAR_OUT_OF_RANGE);
        }
        String measure = programme.get().measuresByReferenceCode().get(call.group(3));
        if (measure == null) {
            return ReferenceNumber.notUnderstood(text, NOTE_UNKNOWN_MEASURE);
        }
        return new ReferenceNumber(canonical, true, null, call.group(1), year, null, null, measure, null);
    }
}
