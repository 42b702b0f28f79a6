package org.jumelage.network.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.jumelage.network.OrganisationSummary;
import org.jumelage.network.OrganisationType;
import org.jumelage.shared.LocalizedText;

/** A body that takes part in projects: a municipality, a region, an association, a school… */
@Entity
@Table(name = "organisation")
class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private @Nullable String nameLv;

    private @Nullable String nameEn;

    /**
     * Both names as search keys, "{@code <lv>|<en>}" (the one name twice when only one is set), so
     * the list sorts by the Latvian name; a query never contains "|", so it cannot match across them.
     */
    private String searchKey;

    @Enumerated(EnumType.STRING)
    private OrganisationType type;

    private @Nullable Long townId;

    private String country;

    private @Nullable String website;

    private @Nullable String pic;

    private Instant createdAt;

    private Instant updatedAt;

    @Version
    private long version;

    protected Organisation() {}

    Organisation(OrganisationFacts facts, Instant now) {
        apply(facts);
        this.createdAt = now;
        this.updatedAt = now;
    }

    void change(OrganisationFacts facts, Instant now) {
        apply(facts);
        this.updatedAt = now;
    }

    private void apply(OrganisationFacts facts) {
        this.nameLv = facts.names().lv();
        this.nameEn = facts.names().en();
        this.searchKey = searchKeyOf(facts.names());
        this.type = facts.type();
        this.townId = facts.townId();
        this.country = facts.country();
        this.website = facts.website();
        this.pic = facts.pic();
    }

    static String searchKeyOf(LocalizedText names) {
        String lv = names.lv() != null ? names.lv() : names.en();
        String en = names.en() != null ? names.en() : names.lv();
        return SearchKeys.of(lv == null ? "" : lv) + "|" + SearchKeys.of(en == null ? "" : en);
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("Organisation not saved yet");
        }
        return id;
    }

    long version() {
        return version;
    }

    @Nullable
    Long townId() {
        return townId;
    }

    LocalizedText names() {
        return LocalizedText.of(nameLv, nameEn);
    }

    OrganisationSummary toSummary(@Nullable String townName) {
        return new OrganisationSummary(id(), names(), type, townId, townName, country, website, pic, version);
    }

    /** A short description for the audit trail. */
    String describe() {
        return "type " + type + ", country " + country + (townId == null ? "" : ", town " + townId)
                + (pic == null ? "" : ", PIC " + pic) + (website == null ? "" : ", " + website);
    }
}
