package org.jumelage.programme.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jumelage.programme.MeasureSummary;
import org.jumelage.programme.ProgrammeCatalogue;
import org.jumelage.programme.ProgrammeSummary;
import org.jumelage.programme.StrandSummary;
import org.jumelage.shared.LocalizedText;
import org.junit.jupiter.api.Test;

/** The facade over the loaded catalogue: lookups and the programme → strand → measure tree. */
class DefaultProgrammeCatalogueTests {

    static final ProgrammeCatalogue CATALOGUE = new DefaultProgrammeCatalogue(CatalogueLoader.load());

    @Test
    void looksUpCodesIgnoringCaseAndSurroundingSpaces() {
        assertThat(CATALOGUE.measure(" e4c-2014-nt ")).map(MeasureSummary::code).contains("E4C-2014-NT");
        assertThat(CATALOGUE.measure("E4C-2014-XX")).isEmpty();
        assertThat(CATALOGUE.call("e4c-2014-tt-2018-03-01")).isPresent();
        assertThat(CATALOGUE.calls("e4c-2014-tt")).hasSize(2);
        assertThat(CATALOGUE.calls("NO-SUCH-MEASURE")).isEmpty();
    }

    @Test
    void groupsMeasuresByProgrammeAndStrand() {
        List<ProgrammeSummary> programmes = CATALOGUE.programmes();

        assertThat(programmes).extracting(ProgrammeSummary::code).containsExactly("E4C-2007", "E4C-2014", "CERV");
        ProgrammeSummary europeForCitizens = programmes.get(1);
        assertThat(europeForCitizens.name().en()).isEqualTo("Europe for Citizens (2014–2020)");
        assertThat(europeForCitizens.strands())
                .extracting(strand -> strand.name().en())
                .containsExactly(
                        "Strand 1: European remembrance", "Strand 2: Democratic engagement and civic participation");
        assertThat(europeForCitizens.strands().get(1).measures())
                .extracting(MeasureSummary::code)
                .containsExactly("E4C-2014-TT", "E4C-2014-NT", "E4C-2014-CSP");
    }

    @Test
    void measuresOutsideAnyStrandFormAStrandWithoutName() {
        LocalizedText programme = LocalizedText.of("Programma", "Programme");
        LocalizedText strand = LocalizedText.of("Darbība", "Strand");
        MeasureSummary loose = new MeasureSummary("X-A", LocalizedText.of("A", "A"), "X", programme, null, 2014, 2020);
        MeasureSummary grouped =
                new MeasureSummary("X-B", LocalizedText.of("B", "B"), "X", programme, strand, 2014, 2020);
        ProgrammeCatalogue catalogue =
                new DefaultProgrammeCatalogue(new Catalogue(List.of(), List.of(loose, grouped), List.of()));

        assertThat(catalogue.programmes())
                .singleElement()
                .extracting(ProgrammeSummary::strands)
                .isEqualTo(
                        List.of(new StrandSummary(null, List.of(loose)), new StrandSummary(strand, List.of(grouped))));
    }

    @Test
    void readsReferenceNumbers() {
        assertThat(CATALOGUE
                        .readReferenceNumber("558833-CITIZ-1-2014-2-PL-CITIZ-NT")
                        .measureCode())
                .isEqualTo("E4C-2014-NT");
    }
}
