package org.jumelage.network.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.jumelage.network.GraphEdge;
import org.jumelage.network.GraphFigures;
import org.jumelage.network.GraphNode;
import org.jumelage.network.GraphView;
import org.jumelage.network.NetworkPartner;
import org.jumelage.network.NetworkProject;
import org.jumelage.network.TwinKind;
import org.jumelage.network.TwinLink;
import org.jumelage.network.TwinStatus;
import org.jumelage.network.TwinTown;
import org.junit.jupiter.api.Test;

class GraphBuilderTests {

    static final TwinTown DAUGAVPILS = new TwinTown(460413L, "Daugavpils", "LV");
    static final TwinTown PANEVEZYS = new TwinTown(596238L, "Panevėžys", "LT");
    static final TwinTown VISAGINAS = new TwinTown(456202L, "Visaginas", "LT");
    static final TwinTown RADOM = new TwinTown(760778L, "Radom", "PL");
    static final TwinTown HARBIN = new TwinTown(null, "Harbin", "CN");
    static final TwinTown MOTALA = new TwinTown(2691400L, "Motala", "SE");
    static final TwinTown CESIS = new TwinTown(460570L, "Cēsis", "LV");

    private final List<TwinLink> links = new ArrayList<>();

    private void link(TwinTown a, TwinTown b, @Nullable Integer since, @Nullable Integer until) {
        links.add(new TwinLink(
                links.size() + 1, a, b, TwinKind.FORMAL, TwinStatus.ACTIVE, since, until, null, "Wikipedia", null, 0));
    }

    private GraphView whole(int from, int to) {
        return new GraphBuilder(TwinIndex.of(links), Map.of(), Map.of())
                .build(GraphBuilder.Scope.whole(), List.of(), false, from, to, null);
    }

    private void daugavpilsAndMotala() {
        // Component 1: Daugavpils with four twins (one outside the gazetteer), Panevėžys–Visaginas too.
        link(DAUGAVPILS, PANEVEZYS, null, null);
        link(DAUGAVPILS, VISAGINAS, 1995, null);
        link(DAUGAVPILS, RADOM, 2000, 2010);
        link(DAUGAVPILS, HARBIN, null, null);
        link(PANEVEZYS, VISAGINAS, null, null);
        // Component 2: Motala–Cēsis.
        link(MOTALA, CESIS, 2015, null);
    }

    @Test
    void countsTownsLinksComponentsAndAverageDegree() {
        daugavpilsAndMotala();

        GraphFigures figures = whole(Integer.MIN_VALUE, Integer.MAX_VALUE).figures();

        assertThat(figures.towns()).isEqualTo(7);
        assertThat(figures.links()).isEqualTo(6);
        assertThat(figures.components()).isEqualTo(2);
        assertThat(figures.largestComponent()).isEqualTo(5);
        assertThat(figures.averageDegree()).isEqualTo(1.71); // 12 / 7 = 1.714…
        assertThat(figures.twinLinks()).isEqualTo(6);
    }

    @Test
    void theYearsKeepOnlyLinksAliveThenAndLinksWithoutYearsAlways() {
        daugavpilsAndMotala();

        GraphFigures in1990 = whole(1990, 1990).figures();
        GraphFigures in2012 = whole(2012, 2012).figures();
        GraphFigures in2005to2016 = whole(2005, 2016).figures();

        // 1990: only the links without years (Panevėžys, Harbin, Panevėžys–Visaginas).
        assertThat(in1990.links()).isEqualTo(3);
        assertThat(in1990.towns()).isEqualTo(4);
        assertThat(in1990.components()).isEqualTo(1);
        // 2012: Radom ended in 2010, Motala–Cēsis starts in 2015.
        assertThat(in2012.links()).isEqualTo(4);
        assertThat(in2012.towns()).isEqualTo(4);
        assertThat(in2005to2016.links()).isEqualTo(6);
        assertThat(in2005to2016.components()).isEqualTo(2);
    }

    @Test
    void topTownsHaveMostLinksThenByName() {
        daugavpilsAndMotala();

        List<GraphFigures.TopTown> top =
                whole(Integer.MIN_VALUE, Integer.MAX_VALUE).figures().topTowns();

        assertThat(top).hasSize(7);
        assertThat(top.get(0)).isEqualTo(new GraphFigures.TopTown("g:460413", "Daugavpils", "LV", 4));
        assertThat(top.get(1).label()).isEqualTo("Panevėžys");
        assertThat(top.get(2).label()).isEqualTo("Visaginas");
        // Then the towns with one link, by name.
        assertThat(top.subList(3, 7))
                .extracting(GraphFigures.TopTown::label)
                .containsExactly("Cēsis", "Harbin", "Motala", "Radom");
    }

    @Test
    void keepsAtMostTenTopTowns() {
        for (int i = 0; i < 15; i++) {
            link(DAUGAVPILS, new TwinTown(1000L + i, "Town " + i, "PL"), null, null);
        }

        assertThat(whole(Integer.MIN_VALUE, Integer.MAX_VALUE).figures().topTowns())
                .hasSize(10);
    }

    @Test
    void aTownOutsideTheGazetteerIsOneTownByNameAndCountryIgnoringCase() {
        link(DAUGAVPILS, HARBIN, null, null);
        link(RADOM, new TwinTown(null, "HARBIN", "CN"), null, null);
        link(RADOM, new TwinTown(null, "Harbin", "US"), null, null);

        GraphView view = whole(Integer.MIN_VALUE, Integer.MAX_VALUE);

        // Daugavpils, Radom, Harbin (CN) and Harbin (US).
        assertThat(view.figures().towns()).isEqualTo(4);
        assertThat(view.figures().components()).isEqualTo(1);
        assertThat(view.nodes()).extracting(GraphNode::id).contains("n:CN:harbin", "n:US:harbin");
        assertThat(view.nodes().stream()
                        .filter(n -> n.id().equals("n:CN:harbin"))
                        .findFirst()
                        .orElseThrow()
                        .townId())
                .isNull();
    }

    @Test
    void twoLinksBetweenTheSameTownsAreOneLink() {
        link(DAUGAVPILS, RADOM, null, null);
        link(RADOM, DAUGAVPILS, 1990, null);

        GraphView view = whole(Integer.MIN_VALUE, Integer.MAX_VALUE);

        assertThat(view.figures().links()).isEqualTo(1);
        assertThat(view.figures().twinLinks()).isEqualTo(2);
        assertThat(view.edges()).hasSize(2);
    }

    @Test
    void anEmptyGraphHasNoTownsAndDegreeZero() {
        GraphFigures figures = whole(Integer.MIN_VALUE, Integer.MAX_VALUE).figures();

        assertThat(figures.towns()).isZero();
        assertThat(figures.components()).isZero();
        assertThat(figures.averageDegree()).isZero();
        assertThat(figures.topTowns()).isEmpty();
    }

    static NetworkProject project(
            long id, @Nullable Integer startYear, @Nullable Integer endYear, NetworkPartner... partners) {
        return new NetworkProject(
                id,
                "Project " + id,
                "E4C-2014-NT",
                Set.of(),
                startYear == null ? null : LocalDate.of(startYear, 3, 1),
                endYear == null ? null : LocalDate.of(endYear, 9, 30),
                List.of(partners));
    }

    static final Map<Long, GraphBuilder.Organisation> ORGANISATIONS = Map.of(
            1L, new GraphBuilder.Organisation("Daugavpils City Council", "LV", 460413L),
            2L, new GraphBuilder.Organisation("Cēsis Municipality", "LV", 460570L),
            3L, new GraphBuilder.Organisation("Tartu City", "EE", 588335L));

    static final Map<Long, TwinTown> GAZETTEER = Map.of(588335L, new TwinTown(588335L, "Tartu", "EE"));

    @Test
    void aSharedProjectLinksThePartnersTownsInItsYears() {
        daugavpilsAndMotala();
        NetworkProject shared = project(
                7,
                2016,
                2017,
                new NetworkPartner(1L, 460413L, "LV", true),
                new NetworkPartner(2L, 460570L, "LV", false),
                new NetworkPartner(3L, 588335L, "EE", false),
                new NetworkPartner(null, null, "DE", false));

        GraphBuilder builder = new GraphBuilder(TwinIndex.of(links), GAZETTEER, ORGANISATIONS);
        GraphView all = builder.build(
                GraphBuilder.Scope.whole(), List.of(shared), false, Integer.MIN_VALUE, Integer.MAX_VALUE, null);
        GraphView before = new GraphBuilder(TwinIndex.of(links), GAZETTEER, ORGANISATIONS)
                .build(GraphBuilder.Scope.whole(), List.of(shared), false, 2010, 2015, null);

        // Tartu joins; Daugavpils–Cēsis merges the two components.
        assertThat(all.figures().towns()).isEqualTo(8);
        assertThat(all.figures().links()).isEqualTo(6 + 3);
        assertThat(all.figures().components()).isEqualTo(1);
        assertThat(all.figures().projectLinks()).isEqualTo(3);
        assertThat(all.figures().organisations()).isEqualTo(3);
        assertThat(all.edges())
                .filteredOn(e -> e.kind().equals(GraphEdge.PROJECT))
                .extracting(
                        GraphEdge::source, GraphEdge::target, GraphEdge::since, GraphEdge::until, GraphEdge::projectId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("o1", "o2", 2016, 2017, null),
                        org.assertj.core.groups.Tuple.tuple("o1", "o3", 2016, 2017, null),
                        org.assertj.core.groups.Tuple.tuple("o2", "o3", 2016, 2017, null));
        assertThat(all.nodes())
                .filteredOn(n -> n.id().equals("o3"))
                .singleElement()
                .extracting(GraphNode::kind, GraphNode::town)
                .containsExactly(GraphNode.ORGANISATION, "g:588335");
        assertThat(all.firstYear()).isEqualTo(1995);
        assertThat(all.lastYear()).isEqualTo(2017);
        assertThat(before.figures().projectLinks()).isZero();
        assertThat(before.figures().components()).isEqualTo(2);
    }

    @Test
    void anOrganisationsNetworkIsItsTownItsTwinsAndItsProjectsPartners() {
        daugavpilsAndMotala();
        NetworkProject shared = project(
                7,
                null,
                null,
                new NetworkPartner(1L, 460413L, "LV", true),
                new NetworkPartner(3L, 588335L, "EE", false));

        GraphView view = new GraphBuilder(TwinIndex.of(links), GAZETTEER, ORGANISATIONS)
                .build(
                        GraphBuilder.Scope.organisation(1L, 460413L),
                        List.of(shared),
                        true,
                        Integer.MIN_VALUE,
                        Integer.MAX_VALUE,
                        null);

        assertThat(view.nodes())
                .extracting(GraphNode::id)
                .containsExactlyInAnyOrder(
                        "g:460413", "g:596238", "g:456202", "g:760778", "n:CN:harbin", "g:588335", "o1", "o3");
        // Panevėžys–Visaginas is not Daugavpils's link: not in its network.
        assertThat(view.figures().links()).isEqualTo(5);
        assertThat(view.edges())
                .filteredOn(e -> e.kind().equals(GraphEdge.PROJECT))
                .singleElement()
                .extracting(GraphEdge::projectId, GraphEdge::projectTitle)
                .containsExactly(7L, "Project 7");
    }

    @Test
    void anOrganisationWithoutLinksOrProjectsIsItsTownAlone() {
        daugavpilsAndMotala();

        GraphView view = new GraphBuilder(TwinIndex.of(links), GAZETTEER, ORGANISATIONS)
                .build(
                        GraphBuilder.Scope.organisation(3L, 588335L),
                        List.of(),
                        true,
                        Integer.MIN_VALUE,
                        Integer.MAX_VALUE,
                        null);

        assertThat(view.figures().towns()).isEqualTo(1);
        assertThat(view.figures().components()).isEqualTo(1);
        assertThat(view.figures().links()).isZero();
        assertThat(view.nodes()).extracting(GraphNode::id).containsExactlyInAnyOrder("g:588335", "o3");
    }

    @Test
    void aProjectsGraphHasItsPartnersAndTheTwinLinksBetweenTheirTowns() {
        daugavpilsAndMotala();
        link(CESIS, DAUGAVPILS, 1998, null);
        NetworkProject shared = project(
                7,
                2016,
                2017,
                new NetworkPartner(1L, 460413L, "LV", true),
                new NetworkPartner(2L, 460570L, "LV", false));

        GraphView view = new GraphBuilder(TwinIndex.of(links), GAZETTEER, ORGANISATIONS)
                .build(GraphBuilder.Scope.project(), List.of(shared), true, Integer.MIN_VALUE, Integer.MAX_VALUE, null);

        assertThat(view.figures().towns()).isEqualTo(2);
        assertThat(view.figures().links()).isEqualTo(1);
        assertThat(view.figures().twinLinks()).isEqualTo(1);
        assertThat(view.figures().projectLinks()).isEqualTo(1);
        assertThat(view.nodes())
                .extracting(GraphNode::id)
                .containsExactlyInAnyOrder("g:460413", "g:460570", "o1", "o2");
    }

    @Test
    void aCountryNarrowsTheNodesAndEdgesButNotTheFigures() {
        daugavpilsAndMotala();

        GraphView all = whole(Integer.MIN_VALUE, Integer.MAX_VALUE);
        GraphView swedish = new GraphBuilder(TwinIndex.of(links), Map.of(), Map.of())
                .build(GraphBuilder.Scope.whole(), List.of(), false, Integer.MIN_VALUE, Integer.MAX_VALUE, "SE");

        assertThat(swedish.figures()).isEqualTo(all.figures());
        assertThat(swedish.edges())
                .singleElement()
                .extracting(GraphEdge::source, GraphEdge::target)
                .containsExactly("g:2691400", "g:460570");
        assertThat(swedish.nodes()).extracting(GraphNode::id).containsExactlyInAnyOrder("g:2691400", "g:460570");
    }

    @Test
    void averageDegreeRoundsHalfUpToTwoDecimals() {
        assertThat(GraphBuilder.averageDegree(20_573, 14_274)).isEqualTo(2.88);
        assertThat(GraphBuilder.averageDegree(1, 8)).isEqualTo(0.25);
        assertThat(GraphBuilder.averageDegree(1, 16)).isEqualTo(0.13);
    }
}
