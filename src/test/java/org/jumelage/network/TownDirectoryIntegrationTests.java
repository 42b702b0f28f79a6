package org.jumelage.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jumelage.account.AuditTrail;
import org.jumelage.support.JumelageIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** Search and resolution on the real gazetteer (loaded at start), on H2 and on PostgreSQL. */
@JumelageIntegrationTest
class TownDirectoryIntegrationTests {

    static final long LODZ = 3093133;
    static final long KLAIPEDA = 598098;
    static final long DAUGAVPILS = 460413;
    static final long KAUNAS = 598316;
    static final long ILIRSKA_BISTRICA = 3199131;
    static final long SLOVENSKA_BISTRICA = 3190534;

    @Autowired
    TownDirectory towns;

    @Autowired
    AuditTrail auditTrail;

    static String withoutAccents(String name) {
        return Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
    }

    static List<String> names(List<TownSummary> found) {
        return found.stream().map(TownSummary::name).toList();
    }

    @Test
    void lodzFindsLodzFirst() {
        List<TownSummary> found = towns.search("lodz", null, 5);

        assertThat(found).first().satisfies(town -> {
            assertThat(town.id()).isEqualTo(LODZ);
            assertThat(town.name()).isEqualTo("Łódź");
            assertThat(town.country()).isEqualTo("PL");
            assertThat(town.region()).isEqualTo("Łódź Voivodeship");
            assertThat(town.population()).isGreaterThan(700_000);
        });
    }

    @Test
    void accentsAndLetterCaseDoNotMatter() {
        assertThat(towns.search("klaipeda", null, 3))
                .first()
                .extracting(TownSummary::id)
                .isEqualTo(KLAIPEDA);
        assertThat(towns.search("KLAIPĖDA", null, 3))
                .first()
                .extracting(TownSummary::id)
                .isEqualTo(KLAIPEDA);
        assertThat(names(towns.search("dusseldorf", null, 3))).first().isEqualTo("Düsseldorf");
        assertThat(names(towns.search("Düsseld", "DE", 3))).first().isEqualTo("Düsseldorf");
    }

    @Test
    void resultsAreRankedByPopulation() {
        List<TownSummary> found = towns.search("san", null, 30);

        assertThat(found).hasSize(30);
        assertThat(found).isSortedAccordingTo((a, b) -> Long.compare(b.population(), a.population()));
        assertThat(found)
                .allSatisfy(town -> assertThat(withoutAccents(town.name())).startsWith("san"));
    }

    @Test
    void oneCountryOnly() {
        assertThat(towns.search("daug", "LV", 5))
                .first()
                .extracting(TownSummary::id)
                .isEqualTo(DAUGAVPILS);
        assertThat(towns.search("d", "LV", 20))
                .allSatisfy(town -> assertThat(town.country()).isEqualTo("LV"));
        assertThat(towns.search("da", "lv", 20))
                .extracting(TownSummary::name)
                .contains("Daugavpils")
                .allSatisfy(name -> assertThat(name).startsWith("Da"));
        assertThat(towns.search("lodz", "LT", 5)).isEmpty();
    }

    @Test
    void everyPrefixLengthFindsTheTown() {
        for (String prefix : List.of("k", "ka", "kau", "kaun", "kauna", "kaunas")) {
            assertThat(towns.search(prefix, "LT", 3))
                    .as(prefix)
                    .first()
                    .extracting(TownSummary::id)
                    .isEqualTo(KAUNAS);
            assertThat(towns.search(prefix, null, 100))
                    .as(prefix)
                    .extracting(TownSummary::id)
                    .contains(KAUNAS);
        }
    }

    @Test
    void countsAllMatches() {
        assertThat(towns.count("daug", "LV")).isEqualTo(2);
        assertThat(towns.count("s", null)).isGreaterThan(5000);
        assertThat(towns.count("—", null)).isZero();
    }

    @Test
    void aQueryWithoutLettersFindsNothing() {
        assertThat(towns.search("  ", null, 10)).isEmpty();
        assertThat(towns.search("%", null, 10)).isEmpty();
    }

    @Test
    void refusesAnUnknownCountryAndABadLimit() {
        assertThatThrownBy(() -> towns.search("lodz", "XX", 10)).isInstanceOfSatisfying(NetworkException.class, e -> {
            assertThat(e.code()).isEqualTo("network.unknown-country");
            assertThat(e.field()).isEqualTo("country");
        });
        assertThatThrownBy(() -> towns.search("lodz", null, 0))
                .isInstanceOfSatisfying(
                        NetworkException.class, e -> assertThat(e.code()).isEqualTo("network.limit-invalid"));
        assertThatThrownBy(() -> towns.search("lodz", null, 101)).isInstanceOf(NetworkException.class);
    }

    @Test
    void findsByIds() {
        assertThat(towns.find(DAUGAVPILS)).get().extracting(TownSummary::name).isEqualTo("Daugavpils");
        assertThat(towns.find(1)).isEmpty();
        Map<Long, TownSummary> found = towns.findAll(List.of(DAUGAVPILS, KAUNAS, 1L));
        assertThat(found).containsOnlyKeys(DAUGAVPILS, KAUNAS);
        assertThat(towns.findAll(List.of())).isEmpty();
    }

    @Test
    void theTextOfATownFieldWithAnIdResolvesToThatTown() {
        TownResolution resolution = towns.resolve("Łódź (3093133)", null);

        assertThat(resolution.resolved()).isTrue();
        assertThat(resolution.town().id()).isEqualTo(LODZ);
        assertThat(resolution.candidates()).isEmpty();
        assertThat(towns.resolve(towns.find(KAUNAS).orElseThrow().fieldText(), "LT")
                        .town()
                        .id())
                .isEqualTo(KAUNAS);
    }

    @Test
    void theTextOfATownFieldNamesNoIdAndStillResolvesToThatTownAmongEqualNames() {
        TownSummary poznan = towns.find(3088171).orElseThrow();
        assertThat(poznan.fieldText()).isEqualTo("Poznań, Greater Poland (PL)");
        assertThat(towns.resolve(poznan.fieldText(), null).town()).isEqualTo(poznan);
        // Two towns of the same name and country, of about the same size: the region tells them apart.
        TownSummary mures = towns.find(668026).orElseThrow();
        TownSummary ialomita = towns.find(668028).orElseThrow();
        assertThat(mures.fieldText()).isNotEqualTo(ialomita.fieldText()).doesNotContain("668026");
        assertThat(towns.resolve(mures.fieldText(), null).town()).isEqualTo(mures);
        assertThat(towns.resolve(ialomita.fieldText(), "RO").town()).isEqualTo(ialomita);
        // The town's own country wins over another chosen beside it.
        assertThat(towns.resolve(poznan.fieldText(), "LV").town()).isEqualTo(poznan);
    }

    @Test
    void aUniqueNameResolvesWithoutAccents() {
        assertThat(towns.resolve("Daugavpils", "LV").town().id()).isEqualTo(DAUGAVPILS);
        assertThat(towns.resolve("klaipeda", null).town().id()).isEqualTo(KLAIPEDA);
        assertThat(towns.resolve("lodz", "PL").town().id()).isEqualTo(LODZ);
    }

    @Test
    void anUnknownIdFallsBackToTheName() {
        assertThat(towns.resolve("Daugavpils (1)", "LV").town().id()).isEqualTo(DAUGAVPILS);
    }

    @Test
    void bistricaInSloveniaIsNotGuessed() {
        TownResolution resolution = towns.resolve("Bistrica", "SI");

        assertThat(resolution.resolved()).isFalse();
        assertThat(resolution.town()).isNull();
        assertThat(resolution.candidates())
                .hasSizeGreaterThan(2)
                .hasSizeLessThanOrEqualTo(10)
                .allSatisfy(town -> assertThat(town.country()).isEqualTo("SI"))
                .extracting(TownSummary::id)
                .contains(ILIRSKA_BISTRICA, SLOVENSKA_BISTRICA);
        assertThat(resolution.candidates()).isSortedAccordingTo((a, b) -> Long.compare(b.population(), a.population()));
        assertThat(names(towns.search("bistrica", "SI", 10))).hasSizeGreaterThan(1);
    }

    @Test
    void equalNamesOfSimilarSizeAreCandidates() {
        TownResolution resolution = towns.resolve("friedberg", "DE");

        assertThat(resolution.resolved()).isFalse();
        assertThat(resolution.candidates())
                .hasSizeGreaterThan(1)
                .allSatisfy(town -> assertThat(town.name()).isEqualTo("Friedberg"));
    }

    @Test
    void theClearlyLargestOfEqualNamesResolves() {
        TownResolution resolution = towns.resolve("Newport", "GB");

        assertThat(resolution.town()).isNotNull();
        assertThat(resolution.town().region()).isEqualTo("Wales");
        assertThat(resolution.town().population()).isGreaterThan(300_000);
    }

    @Test
    void nothingMatchesNonsense() {
        TownResolution resolution = towns.resolve("Xqzwv", null);

        assertThat(resolution.resolved()).isFalse();
        assertThat(resolution.candidates()).isEmpty();
        assertThat(towns.resolve("   ", null).candidates()).isEmpty();
    }

    @Test
    void anAdministratorAddsAMissingTown() {
        String name = "Jaunciems " + UUID.randomUUID().toString().substring(0, 6);

        TownSummary added = towns.addTown(new NewTown(name, "lv", 56.99, 24.17, 1200, "Rīga"));

        assertThat(added.id()).isGreaterThanOrEqualTo(900_000_000L);
        assertThat(added.country()).isEqualTo("LV");
        assertThat(towns.search(name, "LV", 5)).containsExactly(added);
        assertThat(towns.resolve(name, "LV").town()).isEqualTo(added);
        assertThat(auditTrail.entries("network.town.added", PageRequest.of(0, 50)))
                .anySatisfy(entry -> assertThat(entry.target()).isEqualTo(name + " (" + added.id() + ")"));
    }

    @Test
    void addingRefusesBadInputAndAKnownTown() {
        assertThatThrownBy(() -> towns.addTown(new NewTown(" - ", "LV", 56, 24, 0, null)))
                .hasMessage("network.town-name-missing");
        assertThatThrownBy(() -> towns.addTown(new NewTown("Xville", "QQ", 56, 24, 0, null)))
                .hasMessage("network.unknown-country");
        assertThatThrownBy(() -> towns.addTown(new NewTown("Xville", "LV", 91, 24, 0, null)))
                .hasMessage("network.latitude-invalid");
        assertThatThrownBy(() -> towns.addTown(new NewTown("Xville", "LV", 56, -181, 0, null)))
                .hasMessage("network.longitude-invalid");
        assertThatThrownBy(() -> towns.addTown(new NewTown("Xville", "LV", 56, 24, -1, null)))
                .hasMessage("network.population-invalid");
        assertThatThrownBy(() -> towns.addTown(new NewTown("x".repeat(201), "LV", 56, 24, 0, null)))
                .hasMessage("network.text-too-long");
        assertThatThrownBy(() -> towns.addTown(new NewTown("DAUGAVPILS", "LV", 55.9, 26.5, 100_000, null)))
                .isInstanceOfSatisfying(NetworkException.class, e -> {
                    assertThat(e.code()).isEqualTo("network.town-already-known");
                    assertThat(e.kind()).isEqualTo(NetworkException.Kind.CONFLICT);
                });
        assertThat(towns.count("xville", null)).isZero();
    }
}
