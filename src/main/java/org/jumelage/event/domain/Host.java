package org.jumelage.event.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;
import org.jumelage.event.HostPlace;

/** A host place of an event, stored in order. */
@Embeddable
class Host {

    @Column(name = "town_id")
    private @Nullable Long townId;

    @Column(name = "written_name")
    private String writtenName;

    private String country;

    protected Host() {}

    Host(HostPlace place) {
        this.townId = place.townId();
        this.writtenName = place.name();
        this.country = place.country();
    }

    HostPlace toPlace() {
        return new HostPlace(townId, writtenName, country);
    }
}
