package org.jumelage.network.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.jumelage.network.NetworkException;
import org.jumelage.network.NoticeDraft;
import org.jumelage.network.NoticeTownSize;
import org.jumelage.network.RelayMessage;
import org.jumelage.shared.LocalizedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NoticeRulesTests {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    static final Predicate<String> CATALOGUE = "E4C-2014-TT"::equals;

    static NoticeDraft draft(LocalDate expiresOn) {
        return new NoticeDraft(
                LocalizedText.of("Meklējam partnerus", null),
                LocalizedText.of(null, "A festival of river towns"),
                LocalizedText.of(null, null),
                LocalizedText.of(null, null),
                "E4C-2014-TT",
                null,
                null,
                List.of(" EN", "lv", "en"),
                expiresOn);
    }

    static String codeOf(Runnable check) {
        try {
            check.run();
        } catch (NetworkException e) {
            return e.code() + "@" + e.field();
        }
        return "accepted";
    }

    @Test
    void acceptsANoticeInOneLanguageAndTidiesIt() {
        NoticeDraft checked = NoticeRules.check(draft(TODAY.plusDays(1)), TODAY, CATALOGUE);

        assertThat(checked.languages()).containsExactly("en", "lv");
        assertThat(checked.townSize()).isEqualTo(NoticeTownSize.ANY);
        assertThat(checked.title().en()).isNull();
        assertThat(checked.measureCode()).isEqualTo("E4C-2014-TT");
    }

    @Test
    void refusesAnExpiryTodayOrInThePastOrMoreThanAYearAhead() {
        assertThat(codeOf(() -> NoticeRules.check(draft(TODAY), TODAY, CATALOGUE)))
                .isEqualTo("network.notice-expiry-past@expiresOn");
        assertThat(codeOf(() -> NoticeRules.check(draft(TODAY.minusDays(30)), TODAY, CATALOGUE)))
                .isEqualTo("network.notice-expiry-past@expiresOn");
        assertThat(codeOf(() -> NoticeRules.check(draft(TODAY.plusDays(367)), TODAY, CATALOGUE)))
                .isEqualTo("network.notice-expiry-too-far@expiresOn");
        assertThat(codeOf(() -> NoticeRules.check(draft(null), TODAY, CATALOGUE)))
                .isEqualTo("network.notice-expiry-missing@expiresOn");
    }

    @Test
    void refusesAMeasureTheCatalogueDoesNotHave() {
        NoticeDraft unknown = new NoticeDraft(
                LocalizedText.of("T", null),
                LocalizedText.of("I", null),
                LocalizedText.of(null, null),
                LocalizedText.of(null, null),
                "NOPE-1",
                null,
                NoticeTownSize.SMALL,
                List.of(),
                TODAY.plusDays(10));
        assertThat(codeOf(() -> NoticeRules.check(unknown, TODAY, CATALOGUE)))
                .isEqualTo("network.unknown-measure@measure");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no title        |                          | idea                | en   | network.notice-title-missing@title
            no idea         | title                    |                     | en   | network.notice-idea-missing@idea
            script in title | <script>x()</script>     | idea                | en   | network.markup-refused@title
            tag in idea     | title                    | see <b>this</b>     | en   | network.markup-refused@idea
            javascript link | title                    | javascript:alert(1) | en   | network.markup-refused@idea
            a comparison    | title                    | a < b and 3 > 2     | en   | accepted
            bad language    | title                    | idea                | eng  | network.language-invalid@languages
            not a language  | title                    | idea                | xx   | network.language-invalid@languages
            """)
    void refusesEachBadNoticeInputNamingItsField(
            String label, String title, String idea, String language, String expected) {
        NoticeDraft bad = new NoticeDraft(
                LocalizedText.of(null, title),
                LocalizedText.of(idea, null),
                LocalizedText.of(null, null),
                LocalizedText.of(null, null),
                null,
                null,
                null,
                List.of(language),
                TODAY.plusDays(10));
        assertThat(codeOf(() -> NoticeRules.check(bad, TODAY, CATALOGUE))).isEqualTo(expected);
    }

    @Test
    void refusesTextsLongerThanTheirField() {
        NoticeDraft longIdea = new NoticeDraft(
                LocalizedText.of("T", null),
                LocalizedText.of("x".repeat(2001), null),
                LocalizedText.of(null, null),
                LocalizedText.of(null, null),
                null,
                null,
                null,
                List.of(),
                TODAY.plusDays(10));
        assertThat(codeOf(() -> NoticeRules.check(longIdea, TODAY, CATALOGUE))).isEqualTo("network.text-too-long@idea");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            valid           | Aistė  | aiste@example.lt  | Hello from Kaunas               | accepted
            no name         |        | aiste@example.lt  | Hello                           | network.relay-name-missing@name
            bad e-mail      | Aistė  | aiste@example     | Hello                           | network.relay-email-invalid@email
            no e-mail       | Aistė  |                   | Hello                           | network.relay-email-invalid@email
            no message      | Aistė  | aiste@example.lt  |                                 | network.relay-message-missing@message
            script          | Aistė  | aiste@example.lt  | <script>alert(1)</script>       | network.markup-refused@message
            markup in name  | <i>A</i> | aiste@example.lt | Hello                          | network.markup-refused@name
            """)
    void checksEachRelayInput(String label, String name, String email, String text, String expected) {
        assertThat(codeOf(() -> NoticeRules.check(new RelayMessage(name, email, null, null, text))))
                .isEqualTo(expected);
    }

    @Test
    void refusesATenMegabyteMessage() {
        RelayMessage huge = new RelayMessage("Aistė", "aiste@example.lt", null, null, "x".repeat(10 * 1024 * 1024));
        assertThatThrownBy(() -> NoticeRules.check(huge))
                .isInstanceOfSatisfying(
                        NetworkException.class, e -> assertThat(e.field()).isEqualTo("message"))
                .hasFieldOrPropertyWithValue("code", "network.text-too-long");
    }
}
