package org.jumelage.network.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.jumelage.network.NetworkException;
import org.jumelage.network.NoticeDraft;
import org.jumelage.network.NoticeTownSize;
import org.jumelage.network.PartnerNoticeRelay;
import org.jumelage.network.PartnerNotices;
import org.jumelage.network.RelayMessage;
import org.jumelage.shared.EmailAddress;
import org.jumelage.shared.LocalizedText;
import org.jumelage.shared.Markup;
import org.jumelage.shared.TextLimits;

/**
 * The rules of partner-search notices and of the messages that answer them, in plain Java: what
 * is required, how long texts may be, that no text carries markup ({@link Markup}), that the
 * expiry day is in the future and at most {@value #MAX_EXPIRY_DAYS} days ahead, and that languages
 * are ISO 639-1 codes. Each refusal names the field as the API calls it.
 */
final class NoticeRules {

    /** A notice is published for at most about a year; it can be renewed by editing it. */
    static final int MAX_EXPIRY_DAYS = 366;

    private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());

    private NoticeRules() {}

    /**
     * The draft tidied (texts stripped, languages lower case without repeats, town size defaulted
     * to any), or a refusal.
     *
     * @param today the first day that is not in the future
     * @param knownMeasure whether the catalogue has a measure code
     */
    static NoticeDraft check(NoticeDraft draft, LocalDate today, Predicate<String> knownMeasure) {
        LocalizedText title = text(draft.title(), "title", PartnerNotices.MAX_TITLE);
        if (title.isEmpty()) {
            throw NetworkException.noticeTitleMissing();
        }
        LocalizedText idea = text(draft.idea(), "idea", PartnerNotices.MAX_IDEA);
        if (idea.isEmpty()) {
            throw NetworkException.noticeIdeaMissing();
        }
        LocalizedText theme = text(draft.theme(), "theme", PartnerNotices.MAX_THEME);
        LocalizedText sought = text(draft.sought(), "sought", PartnerNotices.MAX_SOUGHT);
        String measure = TextLimits.stripToNull(draft.measureCode());
        if (measure != null && !knownMeasure.test(measure)) {
            throw NetworkException.unknownMeasure(measure);
        }
        LocalDate expiresOn = draft.expiresOn();
        if (expiresOn == null) {
            throw NetworkException.noticeExpiryMissing();
        }
        if (!expiresOn.isAfter(today)) {
            throw NetworkException.noticeExpiryPast();
        }
        if (expiresOn.isAfter(today.plusDays(MAX_EXPIRY_DAYS))) {
            throw NetworkException.noticeExpiryTooFar(MAX_EXPIRY_DAYS);
        }
        Set<String> languages = new LinkedHashSet<>();
        for (String language : draft.languages()) {
            String code = TextLimits.stripToNull(language);
            if (code == null) {
                continue;
            }
            code = code.toLowerCase(Locale.ROOT);
            if (code.length() != 2 || !ISO_LANGUAGES.contains(code)) {
                throw NetworkException.languageInvalid(language);
            }
            languages.add(code);
        }
        if (languages.size() > PartnerNotices.MAX_LANGUAGES) {
            throw NetworkException.tooManyLanguages(PartnerNotices.MAX_LANGUAGES);
        }
        NoticeTownSize size = draft.townSize() == null ? NoticeTownSize.ANY : draft.townSize();
        return new NoticeDraft(
                title, idea, theme, sought, measure, draft.callDeadline(), size, new ArrayList<>(languages), expiresOn);
    }

    /** The message tidied (texts stripped), or a refusal. */
    static RelayMessage check(RelayMessage message) {
        String name = plain(message.name(), "name", PartnerNoticeRelay.MAX_NAME);
        if (name == null) {
            throw NetworkException.relayNameMissing();
        }
        String email = TextLimits.stripToNull(message.email());
        if (!EmailAddress.isValid(email)) {
            throw NetworkException.relayEmailInvalid();
        }
        String organisation = plain(message.organisation(), "organisation", PartnerNoticeRelay.MAX_ORGANISATION);
        String town = plain(message.town(), "town", PartnerNoticeRelay.MAX_TOWN);
        String text = plain(message.text(), "message", PartnerNoticeRelay.MAX_TEXT);
        if (text == null) {
            throw NetworkException.relayMessageMissing();
        }
        return new RelayMessage(name, email, organisation, town, text);
    }

    private static LocalizedText text(@Nullable LocalizedText text, String field, int max) {
        LocalizedText tidy = text == null ? LocalizedText.of(null, null) : text;
        plain(tidy.lv(), field, max);
        plain(tidy.en(), field, max);
        return tidy;
    }

    /** The text stripped to null, refused when too long or when it carries markup. */
    private static @Nullable String plain(@Nullable String text, String field, int max) {
        String tidy = TextLimits.stripToNull(text);
        if (TextLimits.tooLong(tidy, max)) {
            throw NetworkException.textTooLong(field, max);
        }
        if (tidy != null && Markup.present(tidy)) {
            throw NetworkException.markupRefused(field);
        }
        return tidy;
    }
}
