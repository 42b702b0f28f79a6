package org.jumelage.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import org.jumelage.shared.IcuMessageSource;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;

/** The pseudo-localisation of the pseudo-localised run, and how the run tells texts of the bundles from others. */
class PseudoLocalisedMessagesTests {

    @Test
    void aTextIsAccentedLongerAndInBracketsWithItsMarkupIntact() {
        assertThat(PseudoLocalisedMessages.pseudo("Register")).isEqualTo("⟦Ŕéğíšŧéŕẋẋẋẋ⟧");
        assertThat(PseudoLocalisedMessages.pseudo("See <a href=\"/x\">this</a> &amp; more"))
                .isEqualTo("⟦Šééẋẋ <a href=\"/x\">ŧĥíšẋẋ</a> &amp; ɱóŕéẋẋ⟧");
    }

    @Test
    void theDecoratedSourcePseudoLocalisesTextsButNotFormatPatterns() {
        MessageSource messages = new PseudoLocalisedMessages.Decorated(IcuMessageSource.of("i18n/messages"));

        assertThat(messages.getMessage("action.save", null, Locale.ENGLISH)).startsWith("⟦Šáʋé");
        assertThat(messages.getMessage("format.date", null, Locale.ENGLISH)).isEqualTo("d MMM yyyy");
        assertThat(messages.getMessage("no.such.key", null, "Literal", Locale.ENGLISH))
                .isEqualTo("Literal");
    }

    @Test
    void wordsOutsideBracketsThatAreNotDataAreFound() {
        Set<String> data = Set.of("Kaunas", "Lithuania");

        assertThat(PseudoLocalisedMessages.wordsOutsideBrackets(
                        "⟦Ŕéğíšŧéŕ ƒóŕ ⟦Ŧówñ⟧ Kaunas⟧\nKaunas (Lithuania), 8 Nov 2018 12:00\nSave changes\nLT ABCD-EF23",
                        word -> data.contains(word) || word.equals("Nov")))
                .containsExactly("[Save, changes] in \"Save changes\"");
    }
}
