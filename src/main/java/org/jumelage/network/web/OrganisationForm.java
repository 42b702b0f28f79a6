package org.jumelage.network.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.jumelage.network.NetworkException;
import org.jumelage.network.OrganisationDraft;
import org.jumelage.network.OrganisationSummary;
import org.jumelage.network.OrganisationType;
import org.jumelage.shared.LocalizedText;
import org.jumelage.shared.WebAddress;
import org.jumelage.shared.validation.ValidWebAddress;

/**
 * The organisation form. The town is typed text ("Kaunas (598316)" when picked from the list) that
 * the controller resolves into a town; the version is the one the edit started from.
 */
class OrganisationForm {

    @Size(max = NetworkException.MAX_NAME, message = "{error.network.name-too-long}")
    private String nameLv = "";

    @Size(max = NetworkException.MAX_NAME, message = "{error.network.name-too-long}")
    private String nameEn = "";

    @NotNull(message = "{validation.required}")
    private @Nullable OrganisationType type;

    @Size(max = 300, message = "{validation.max-length}")
    private String town = "";

    private String country = "";

    @Size(max = WebAddress.MAX_LENGTH, message = "{validation.max-length}")
    @ValidWebAddress(message = "{error.network.website-invalid}")
    private String website = "";

    @Pattern(regexp = "^\\s*$|^\\s*\\d{9}\\s*$", message = "{error.network.pic-invalid}")
    private String pic = "";

    private long version;

    static OrganisationForm of(OrganisationSummary organisation, @Nullable String townText) {
        OrganisationForm form = new OrganisationForm();
        form.nameLv = orEmpty(organisation.names().lv());
        form.nameEn = orEmpty(organisation.names().en());
        form.type = organisation.type();
        form.town = orEmpty(townText);
        form.country = organisation.country();
        form.website = orEmpty(organisation.website());
        form.pic = orEmpty(organisation.pic());
        form.version = organisation.version();
        return form;
    }

    boolean namesMissing() {
        return nameLv.isBlank() && nameEn.isBlank();
    }

    OrganisationDraft toDraft(@Nullable Long townId) {
        return new OrganisationDraft(
                LocalizedText.of(nameLv, nameEn),
                type == null ? OrganisationType.OTHER : type,
                townId,
                country.isBlank() ? null : country,
                website,
                pic);
    }

    /** The type named in an API request; refuses a missing or unknown one. */
    static OrganisationType typeOf(@Nullable String type) {
        if (type == null || type.isBlank()) {
            throw NetworkException.typeInvalid("");
        }
        try {
            return OrganisationType.valueOf(type.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw NetworkException.typeInvalid(type);
        }
    }

    /** The form field a refusal of the organisation rules belongs to, or {@code null} for the whole form. */
    static @Nullable String fieldOf(NetworkException e) {
        String field = e.field();
        if (field == null) {
            return null;
        }
        return switch (field) {
            case "names" -> "nameLv";
            case "type", "town", "country", "website", "pic" -> field;
            default -> null;
        };
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    public String getNameLv() {
        return nameLv;
    }

    public void setNameLv(String nameLv) {
        this.nameLv = nameLv;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public @Nullable OrganisationType getType() {
        return type;
    }

    public void setType(@Nullable OrganisationType type) {
        this.type = type;
    }

    public String getTown() {
        return town;
    }

    public void setTown(String town) {
        this.town = town;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getPic() {
        return pic;
    }

    public void setPic(String pic) {
        this.pic = pic;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
