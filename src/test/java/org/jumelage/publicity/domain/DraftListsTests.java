package org.jumelage.publicity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Lists joined as sentences write them, by example and over generated lists of names. */
class DraftListsTests {

    @Test
    void latvianListsEndWithUn() {
        assertThat(DraftLists.join(List.of(), DraftLists.LATVIAN_AND)).isEmpty();
        assertThat(DraftLists.join(List.of("Latvijas"), DraftLists.LATVIAN_AND)).isEqualTo("Latvijas");
        assertThat(DraftLists.join(List.of("Lietuvas", "Latvijas"), DraftLists.LATVIAN_AND))
                .isEqualTo("Lietuvas un Latvijas");
        assertThat(DraftLists.join(
                        List.of("Lietuvas", "Polijas", "Vācijas", "Zviedrijas", "Serbijas", "Latvijas"),
                        DraftLists.LATVIAN_AND))
                .isEqualTo("Lietuvas, Polijas, Vācijas, Zviedrijas, Serbijas un Latvijas");
    }

    @Test
    void englishListsEndWithAndWithoutASerialComma() {
        assertThat(DraftLists.join(List.of("Lithuania", "Poland", "Latvia"), DraftLists.ENGLISH_AND))
                .isEqualTo("Lithuania, Poland and Latvia");
        assertThat(DraftLists.join(List.of("Bosnia and Herzegovina", "Latvia"), DraftLists.ENGLISH_AND))
                .isEqualTo("Bosnia and Herzegovina and Latvia");
    }

    @Provide
    Arbitrary<List<String>> names() {
        return Arbitraries.strings()
                .withCharRange('a', 'z')
                .withChars('ā', 'ē', 'š', ' ')
                .ofMinLength(1)
                .ofMaxLength(12)
                .filter(name -> !name.isBlank() && !name.startsWith(" ") && !name.endsWith(" "))
                .filter(name -> !name.contains(" un ") && !name.startsWith("un ") && !name.endsWith(" un"))
                .list()
                .ofMaxSize(12);
    }

    @Property(tries = 300)
    void theItemsComeBackInOrderFromTheText(@ForAll("names") List<String> names) {
        String text = DraftLists.join(names, DraftLists.LATVIAN_AND);

        List<String> back = text.isEmpty() ? List.of() : split(text);
        assertThat(back).containsExactlyElementsOf(names);
        assertThat(text.split(" un ", -1).length - 1).isEqualTo(names.size() > 1 ? 1 : 0);
        assertThat(text.split(", ", -1).length - 1).isEqualTo(Math.max(0, names.size() - 2));
    }

    private static List<String> split(String text) {
        int and = text.lastIndexOf(" un ");
        if (and < 0) {
            return List.of(text);
        }
        List<String> head = Arrays.asList(text.substring(0, and).split(", ", -1));
        return java.util.stream.Stream.concat(head.stream(), java.util.stream.Stream.of(text.substring(and + 4)))
                .toList();
    }
}
