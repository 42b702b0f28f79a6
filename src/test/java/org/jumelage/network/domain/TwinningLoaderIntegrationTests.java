package org.jumelage.network.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jumelage.network.TwinKind;
import org.jumelage.network.TwinLink;
import org.jumelage.network.TwinStatus;
import org.jumelage.network.TwinTown;
import org.jumelage.network.Twinnings;
import org.jumelage.network.persistence.TwinLinkRow;
import org.jumelage.network.persistence.TwinLinkStore;
import org.jumelage.support.JumelageIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

/** The links between towns that ship with the application are loaded once, whole, and never twice. */
@JumelageIntegrationTest
class TwinningLoaderIntegrationTests {

    static final int LINKS = 23_082;
    static final int WITH_A_SIDE_OUTSIDE = 9_288;
    static final long DAUGAVPILS = 460413;

    @Autowired
    TwinningLoader loader;

    @Autowired
    TwinLinkStore store;

    @Autowired
    Twinnings twinnings;

    @Test
    void everyLinkOfTheFileWasLoadedAtStart() {
        assertThat(store.hasImported()).isTrue();
        assertThat(twinnings.all())
                .filteredOn(link -> link.source().equals(TwinningLoader.SOURCE))
                .hasSize(LINKS);
    }

    @Test
    void aSecondStartLoadsNothing() {
        long before = store.count();

        assertThat(loader.load()).isZero();

        assertThat(store.count()).isEqualTo(before);
    }

    @Test
    void theFileHoldsEveryLinkOnceAndKeepsTheSidesOutsideTheGazetteer() {
        List<TwinLinkRow> rows = TwinningLoader.read(new ClassPathResource(TwinningLoader.LINKS), Instant.EPOCH);

        assertThat(rows).hasSize(LINKS);
        assertThat(rows.stream().map(TwinLinkRow::pairKey).collect(Collectors.toSet()))
                .hasSize(LINKS);
        assertThat(rows)
                .filteredOn(row -> row.townAId() == null || row.townBId() == null)
                .hasSize(WITH_A_SIDE_OUTSIDE);
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.kind()).isEqualTo(TwinKind.FORMAL.name());
            assertThat(row.status()).isEqualTo(TwinStatus.ACTIVE.name());
            assertThat(row.since()).isNull();
            assertThat(row.imported()).isTrue();
        });
    }

    @Test
    void daugavpilsHasItsTwinsFromTheFileIncludingThoseOutsideTheGazetteer() {
        List<TwinLink> links = twinnings.linksOf(DAUGAVPILS);

        Set<String> names =
                links.stream().map(link -> link.otherSide(DAUGAVPILS).name()).collect(Collectors.toSet());
        assertThat(names)
                .contains("Panevėžys", "Visaginas", "Radom", "Motala", "Kharkiv", "Vitebsk", "Lida", "Harbin", "Ramla");
        assertThat(links).allSatisfy(link -> assertThat(link.joins(DAUGAVPILS)).isTrue());
        // Tests sharing this context may record links of their own: the file's are the imported ones.
        assertThat(links)
                .filteredOn(link -> link.source().equals(TwinningLoader.SOURCE))
                .hasSize(16);
        assertThat(links)
                .filteredOn(link -> link.otherSide(DAUGAVPILS).name().equals("Harbin"))
                .singleElement()
                .satisfies(link -> {
                    assertThat(link.otherSide(DAUGAVPILS)).isEqualTo(new TwinTown(null, "Harbin", "CN"));
                    assertThat(link.source()).isEqualTo("Wikipedia");
                    assertThat(link.sourceDetail()).isEqualTo("enwiki:China");
                });
        assertThat(links)
                .filteredOn(link -> link.otherSide(DAUGAVPILS).name().equals("Radom"))
                .singleElement()
                .satisfies(link -> assertThat(link.otherSide(DAUGAVPILS).id()).isEqualTo(760778L));
        assertThat(links.stream()
                        .map(link -> link.otherSide(DAUGAVPILS).country())
                        .toList())
                .isSorted();
    }
}
