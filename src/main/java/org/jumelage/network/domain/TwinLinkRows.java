package org.jumelage.network.domain;

import org.jumelage.network.TwinKind;
import org.jumelage.network.TwinLink;
import org.jumelage.network.TwinStatus;
import org.jumelage.network.TwinTown;
import org.jumelage.network.persistence.TwinLinkRow;

/** Turns stored rows into the facade's records. */
final class TwinLinkRows {

    private TwinLinkRows() {}

    static TwinLink link(TwinLinkRow row) {
        return new TwinLink(
                row.id(),
                new TwinTown(row.townAId(), row.townAName(), row.townACountry()),
                new TwinTown(row.townBId(), row.townBName(), row.townBCountry()),
                TwinKind.valueOf(row.kind()),
                TwinStatus.valueOf(row.status()),
                row.since(),
                row.until(),
                row.managedBy(),
                row.source(),
                row.sourceDetail(),
                row.version());
    }
}
