package org.jumelage.network;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.jumelage.shared.LocalizedText;

/**
 * What an organisation writes in a partner-search notice. Texts are in Latvian, English or both; a
 * title and an idea are required in at least one language.
 *
 * @param title what the notice is about, at most {@value PartnerNotices#MAX_TITLE} characters
 * @param idea the short project idea, at most {@value PartnerNotices#MAX_IDEA} characters
 * @param theme the project's theme, at most {@value PartnerNotices#MAX_THEME} characters; may be empty
 * @param sought the kind of town or organisation sought, at most {@value PartnerNotices#MAX_SOUGHT}
 *     characters; may be empty
 * @param measureCode the measure of the programme catalogue ({@link NetworkMeasures}), or {@code null}
 * @param callDeadline the deadline of the call the project aims at, or {@code null}
 * @param townSize the size of town sought; {@code null} means any
 * @param languages ISO 639-1 codes of the languages the partners may work in, for example {@code en}
 * @param expiresOn the last day the notice is shown; must be after today
 */
public record NoticeDraft(
        LocalizedText title,
        LocalizedText idea,
        LocalizedText theme,
        LocalizedText sought,
        @Nullable String measureCode,
        @Nullable LocalDate callDeadline,
        @Nullable NoticeTownSize townSize,
        List<String> languages,
        @Nullable LocalDate expiresOn) {

    public NoticeDraft {
        languages = List.copyOf(languages);
    }
}
