package org.jumelage.network.domain;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jumelage.network.TwinLink;
import org.jumelage.network.TwinTown;
import org.jumelage.network.Twinnings;
import org.jumelage.network.persistence.TwinLinkStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the links between towns from {@code twin_link}. */
@Service
@Transactional(readOnly = true)
class DefaultTwinnings implements Twinnings {

    private final TwinLinkStore links;

    DefaultTwinnings(TwinLinkStore links) {
        this.links = links;
    }

    @Override
    public List<TwinLink> linksOf(long townId) {
        Collator collator = Collator.getInstance(Locale.ROOT);
        Comparator<TwinTown> order = Comparator.comparing(TwinTown::country).thenComparing(TwinTown::name, collator);
        return links.ofTown(townId).stream()
                .map(TwinLinkRows::link)
                .sorted(Comparator.comparing((TwinLink link) -> link.otherSide(townId), order)
                        .thenComparingLong(TwinLink::id))
                .toList();
    }

    @Override
    public Optional<TwinLink> find(long linkId) {
        return links.find(linkId).map(TwinLinkRows::link);
    }

    @Override
    public List<TwinLink> all() {
        return links.all().stream().map(TwinLinkRows::link).toList();
    }
}
