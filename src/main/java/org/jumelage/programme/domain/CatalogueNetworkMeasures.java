package org.jumelage.programme.domain;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.jumelage.network.NetworkMeasure;
import org.jumelage.network.NetworkMeasures;
import org.jumelage.programme.MeasureSummary;
import org.jumelage.programme.ProgrammeCatalogue;
import org.jumelage.shared.LocalizedText;
import org.springframework.stereotype.Component;

/** The network's port to the catalogue's measures: each named "programme: measure" per language. */
@Component
class CatalogueNetworkMeasures implements NetworkMeasures {

    private final ProgrammeCatalogue catalogue;

    CatalogueNetworkMeasures(ProgrammeCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public List<NetworkMeasure> measures() {
        return catalogue.measures().stream().map(CatalogueNetworkMeasures::of).toList();
    }

    @Override
    public Optional<NetworkMeasure> measure(String code) {
        return catalogue.measure(code).map(CatalogueNetworkMeasures::of);
    }

    private static NetworkMeasure of(MeasureSummary measure) {
        LocalizedText programme = measure.programmeName();
        LocalizedText name = measure.name();
        return new NetworkMeasure(
                measure.code(),
                LocalizedText.of(
                        join(programme.lv(), name.lv(), programme.en(), name.en()),
                        join(programme.en(), name.en(), programme.lv(), name.lv())));
    }

    private static String join(
            @Nullable String programme,
            @Nullable String measure,
            @Nullable String otherProgramme,
            @Nullable String otherMeasure) {
        String p = programme != null ? programme : otherProgramme;
        String m = measure != null ? measure : otherMeasure;
        return p == null ? String.valueOf(m) : p + ": " + m;
    }
}
