package org.jumelage.publicity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jumelage.publicity.domain.PublicPageVersion;
import org.jumelage.shared.LocalizedText;
import org.junit.jupiter.api.Test;

/** The entity tag of a public page follows exactly what the page shows; Last-Modified is the latest recorded change. */
class PublicPageVersionTests {

    record Shown(long id, LocalizedText title, Map<Long, Integer> planned) {}

    static String tag(String release, String page, Object... data) {
        PublicPageVersion version = PublicPageVersion.of(release, page);
        for (Object each : data) {
            version.with(each);
        }
        return version.etag();
    }

    @Test
    void theSameDataGivesTheSameTagWhateverTheOrderOfAMap() {
        Map<Long, Integer> one = new LinkedHashMap<>();
        one.put(7L, 10);
        one.put(3L, 5);
        Map<Long, Integer> other = new HashMap<>();
        other.put(3L, 5);
        other.put(7L, 10);

        assertThat(tag("1.0", "en project 1", new Shown(1, LocalizedText.of("A", "B"), one)))
                .isEqualTo(tag("1.0", "en project 1", new Shown(1, LocalizedText.of("A", "B"), other)))
                .matches("\"[A-Za-z0-9_-]{27}\"");
    }

    @Test
    void anyChangeOfDataPageOrReleaseChangesTheTag() {
        String base = tag("1.0", "en project 1", new Shown(1, LocalizedText.of("A", "B"), Map.of()), List.of());

        assertThat(List.of(
                        tag("1.0", "en project 1", new Shown(1, LocalizedText.of("A", "C"), Map.of()), List.of()),
                        tag("1.0", "lv project 1", new Shown(1, LocalizedText.of("A", "B"), Map.of()), List.of()),
                        tag("1.1", "en project 1", new Shown(1, LocalizedText.of("A", "B"), Map.of()), List.of()),
                        tag("1.0", "en project 1", new Shown(1, LocalizedText.of("A", "B"), Map.of(1L, 1)), List.of()),
                        tag("1.0", "en project 1", new Shown(1, LocalizedText.of("A", "B"), Map.of()), List.of("x")),
                        tag("1.0", "en project 1", new Shown(1, LocalizedText.of("A", "B"), Map.of()), null)))
                .doesNotContain(base)
                .doesNotHaveDuplicates();
    }

    @Test
    void lastModifiedIsTheLatestChangeAndTheTagIsFixedOnceComputed() {
        PublicPageVersion version = PublicPageVersion.of("1.0", "en home");
        assertThat(version.lastModified()).isEqualTo(Instant.EPOCH);

        version.changedAt(Instant.parse("2024-05-01T10:00:00Z"))
                .changedAt(null)
                .changedAt(Instant.parse("2024-06-01T10:00:00Z"))
                .changedAt(Instant.parse("2024-05-15T10:00:00Z"));

        assertThat(version.lastModified()).isEqualTo(Instant.parse("2024-06-01T10:00:00Z"));
        assertThat(version.etag()).isEqualTo(version.etag());
        assertThatThrownBy(() -> version.with("more")).isInstanceOf(IllegalStateException.class);
    }
}
