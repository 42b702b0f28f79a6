package org.jumelage.programme;

import org.jspecify.annotations.Nullable;

/**
 * What a reference number says. {@code parsed=false} keeps the text as typed with a note key
 * explaining why it was not understood; reading a number never throws an exception for its format.
 *
 * <p>Understood are Europe for Citizens 2014–2020 numbers such as
 * {@code 558833-CITIZ-1-2014-2-PL-CITIZ-NT}, CERV call identifiers such as
 * {@code CERV-2024-CITIZENS-TOWN-TT}, and EU Funding &amp; Tenders project numbers such as
 * {@code 101081234} (which name neither programme nor measure, and so come with a note).
 *
 * @param text the number in canonical form (trimmed, upper case, plain hyphens) when parsed, else
 *     exactly as typed
 * @param parsed whether the text was understood; when {@code false}, all parts are {@code null}
 * @param proposalNumber the proposal or project number, for example {@code 558833}
 * @param programme the programme as the number names it: {@code CITIZ} (Europe for Citizens) or
 *     {@code CERV}
 * @param year the call year
 * @param round the deadline round within the year (1 or 2 for Europe for Citizens)
 * @param applicantCountry the applicant's country, ISO 3166-1 alpha-2 (the EU codes {@code EL}
 *     and {@code UK} read as {@code GR} and {@code GB})
 * @param measureCode the catalogue code of the measure, for example {@code E4C-2014-NT}
 * @param noteKey message key of a note for the user: why the text was not understood, or what a
 *     parsed number leaves open; {@code null} when there is nothing to say
 */
public record ReferenceNumber(
        String text,
        boolean parsed,
        @Nullable String proposalNumber,
        @Nullable String programme,
        @Nullable Integer year,
        @Nullable Integer round,
        @Nullable String applicantCountry,
        @Nullable String measureCode,
        @Nullable String noteKey) {

    /** A text that was not understood, kept exactly as typed, with the reason. */
    public static ReferenceNumber notUnderstood(String text, String noteKey) {
        return new ReferenceNumber(text, false, null, null, null, null, null, null, noteKey);
    }
}
