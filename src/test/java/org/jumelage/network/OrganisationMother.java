package org.jumelage.network;

import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import org.jumelage.shared.LocalizedText;

/** Object mother for organisation drafts: a municipality in Daugavpils unless told otherwise. */
public final class OrganisationMother {

    public static final long DAUGAVPILS = 460413;
    public static final long KAUNAS = 598316;
    public static final long LODZ = 3093133;

    private @Nullable String nameLv = "Daugavpils valstspilsētas pašvaldība";
    private @Nullable String nameEn = "Daugavpils City Council";
    private OrganisationType type = OrganisationType.MUNICIPALITY;
    private @Nullable Long townId = DAUGAVPILS;
    private @Nullable String country;
    private @Nullable String website = "https://www.daugavpils.lv";
    private @Nullable String pic;

    private OrganisationMother() {}

    public static OrganisationMother organisation() {
        return new OrganisationMother();
    }

    /** A PIC no other test uses (9 digits, starting with 9). */
    public static String uniquePic() {
        return "9" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    public OrganisationMother named(@Nullable String lv, @Nullable String en) {
        this.nameLv = lv;
        this.nameEn = en;
        return this;
    }

    public OrganisationMother ofType(OrganisationType type) {
        this.type = type;
        return this;
    }

    public OrganisationMother inTown(@Nullable Long townId) {
        this.townId = townId;
        return this;
    }

    public OrganisationMother inCountry(@Nullable String country) {
        this.country = country;
        return this;
    }

    public OrganisationMother withWebsite(@Nullable String website) {
        this.website = website;
        return this;
    }

    public OrganisationMother withPic(@Nullable String pic) {
        this.pic = pic;
        return this;
    }

    public OrganisationDraft build() {
        return new OrganisationDraft(LocalizedText.of(nameLv, nameEn), type, townId, country, website, pic);
    }
}
