package org.jumelage.network.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jumelage.account.Role;
import org.jumelage.account.SignedInUser;
import org.jumelage.network.MapPoint;
import org.jumelage.network.MapReason;
import org.jumelage.network.MapRole;
import org.jumelage.network.NetworkMap;
import org.jumelage.network.NetworkPartner;
import org.jumelage.network.NetworkProject;
import org.jumelage.network.NetworkProjects;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.network.OrganisationSummary;
import org.jumelage.network.OrganisationType;
import org.jumelage.network.TownDirectory;
import org.jumelage.network.TownSummary;
import org.jumelage.network.TwinKind;
import org.jumelage.network.TwinLink;
import org.jumelage.network.TwinStatus;
import org.jumelage.network.TwinTown;
import org.jumelage.network.Twinnings;
import org.jumelage.shared.LocalizedText;
import org.junit.jupiter.api.Test;

/** One point per town with every reason, the strongest role, nearest first; places outside the gazetteer kept. */
class DefaultNetworkMapsTests {

    static final SignedInUser VIEWER =
            new SignedInUser(7, "jana@example.org", "Jana", "en", Set.of(Role.COORDINATOR), 1L);
    static final TownSummary DAUGAVPILS =
            new TownSummary(460413, "Daugavpils", "LV", 55.87, 26.53, 82046, "Daugavpils");
    static final TownSummary KAUNAS = new TownSummary(598316, "Kaunas", "LT", 54.90, 23.89, 315993, "Kaunas");
    static final TownSummary PANEVEZYS = new TownSummary(596128, "Panevėžys", "LT", 55.73, 24.35, 97425, "Panevėžys");

    NetworkProjects projects = mock(NetworkProjects.class);
    OrganisationManagement organisations = mock(OrganisationManagement.class);
    TownDirectory towns = mock(TownDirectory.class);
    Twinnings twinnings = mock(Twinnings.class);
    DefaultNetworkMaps maps = new DefaultNetworkMaps(projects, organisations, towns, twinnings);

    static OrganisationSummary organisation(long id, String name, TownSummary town) {
        return new OrganisationSummary(
                id,
                LocalizedText.of(null, name),
                OrganisationType.MUNICIPALITY,
                town.id(),
                town.name(),
                town.country(),
                null,
                null,
                0);
    }

    static TwinLink link(long id, TwinTown a, TwinTown b, TwinStatus status) {
        return new TwinLink(id, a, b, TwinKind.FORMAL, status, null, null, null, "Wikipedia", null, 0);
    }

    @Test
    void anOrganisationsNetworkMergesATownThatIsBothTwinAndPartner() {
        OrganisationSummary home = organisation(1, "Daugavpils council", DAUGAVPILS);
        OrganisationSummary partner = organisation(2, "Panevėžys council", PANEVEZYS);
        when(organisations.find(1)).thenReturn(Optional.of(home));
        when(organisations.findAll(anyCollection())).thenReturn(Map.of(1L, home, 2L, partner));
        when(projects.ofOrganisation(VIEWER, 1))
                .thenReturn(List.of(new NetworkProject(
                        10,
                        "Baltic towns",
                        "E4C-2014-NT",
                        Set.of(),
                        null,
                        null,
                        List.of(
                                new NetworkPartner(1L, DAUGAVPILS.id(), "LV", true),
                                new NetworkPartner(2L, PANEVEZYS.id(), "LT", false)))));
        TwinTown daugavpils = new TwinTown(DAUGAVPILS.id(), "Daugavpils", "LV");
        when(twinnings.linksOf(DAUGAVPILS.id()))
                .thenReturn(List.of(
                        link(1, daugavpils, new TwinTown(PANEVEZYS.id(), "Panevėžys", "LT"), TwinStatus.ACTIVE),
                        link(2, new TwinTown(KAUNAS.id(), "Kaunas", "LT"), daugavpils, TwinStatus.ENDED),
                        link(3, daugavpils, new TwinTown(null, "Harbin", "CN"), TwinStatus.ACTIVE)));
        when(towns.findAll(anyCollection()))
                .thenReturn(Map.of(DAUGAVPILS.id(), DAUGAVPILS, KAUNAS.id(), KAUNAS, PANEVEZYS.id(), PANEVEZYS));

        NetworkMap map = maps.ofOrganisation(VIEWER, 1, Locale.ENGLISH).orElseThrow();

        assertThat(map.title()).isEqualTo("Daugavpils council");
        assertThat(map.points())
                .extracting(MapPoint::name)
                .containsExactly("Daugavpils", "Panevėžys", "Kaunas", "Harbin");
        MapPoint first = map.points().get(0);
        assertThat(first.role()).isEqualTo(MapRole.HOME);
        assertThat(first.distanceKm()).isZero();
        MapPoint panevezys = map.points().get(1);
        assertThat(panevezys.role())
                .as("a partner is a stronger role than a twin")
                .isEqualTo(MapRole.PARTNER);
        assertThat(panevezys.reasons())
                .containsExactly(
                        new MapReason("map.reason.twin", "Daugavpils"),
                        new MapReason("map.reason.project-partner", "Baltic towns"));
        assertThat(panevezys.distanceKm()).isBetween(130, 150);
        assertThat(map.points().get(2).reasons()).containsExactly(new MapReason("map.reason.twin-ended", "Daugavpils"));
        MapPoint harbin = map.points().get(3);
        assertThat(harbin.placed()).isFalse();
        assertThat(harbin.townId()).isNull();
        assertThat(harbin.country()).isEqualTo("CN");
        assertThat(harbin.distanceKm()).isNull();
    }

    @Test
    void aProjectTheViewerMayNotSeeHasNoMap() {
        when(projects.viewable(VIEWER, 5)).thenReturn(Optional.empty());
        when(organisations.find(9)).thenReturn(Optional.empty());

        assertThat(maps.ofProject(VIEWER, 5, Locale.ENGLISH)).isEmpty();
        assertThat(maps.ofOrganisation(VIEWER, 9, Locale.ENGLISH)).isEmpty();
    }

    @Test
    void aPartnerKnownOnlyByItsCountryIsListedWithoutAPlace() {
        when(projects.viewable(VIEWER, 5))
                .thenReturn(Optional.of(new NetworkProject(
                        5,
                        "Towns",
                        "E4C-2014-TT",
                        Set.of(),
                        null,
                        null,
                        List.of(
                                new NetworkPartner(null, KAUNAS.id(), "LT", true),
                                new NetworkPartner(null, null, "SE", false)))));
        when(towns.findAll(anyCollection())).thenReturn(Map.of(KAUNAS.id(), KAUNAS));

        NetworkMap map = maps.ofProject(VIEWER, 5, Locale.ENGLISH).orElseThrow();

        assertThat(map.points()).hasSize(2);
        assertThat(map.points().get(0).name()).isEqualTo("Kaunas");
        assertThat(map.points().get(1).placed()).isFalse();
        assertThat(map.points().get(1).country()).isEqualTo("SE");
    }
}
