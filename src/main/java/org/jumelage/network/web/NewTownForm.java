package org.jumelage.network.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.jumelage.network.NewTown;

/** The administrator's form for a town the gazetteer lacks. */
class NewTownForm {

    @NotBlank(message = "{error.network.town-name-missing}")
    @Size(max = 200, message = "{validation.max-length}")
    private String name = "";

    @NotBlank(message = "{validation.required}")
    private String country = "";

    @Size(max = 200, message = "{validation.max-length}")
    private String region = "";

    @NotNull(message = "{validation.required}")
    @DecimalMin(value = "-90", message = "{error.network.latitude-invalid}")
    @DecimalMax(value = "90", message = "{error.network.latitude-invalid}")
    private @Nullable Double latitude;

    @NotNull(message = "{validation.required}")
    @DecimalMin(value = "-180", message = "{error.network.longitude-invalid}")
    @DecimalMax(value = "180", message = "{error.network.longitude-invalid}")
    private @Nullable Double longitude;

    @NotNull(message = "{validation.required}")
    @PositiveOrZero(message = "{error.network.population-invalid}")
    private @Nullable Long population;

    NewTown toNewTown() {
        return new NewTown(
                name,
                country,
                latitude == null ? Double.NaN : latitude,
                longitude == null ? Double.NaN : longitude,
                population == null ? -1 : population,
                region);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public @Nullable Double getLatitude() {
        return latitude;
    }

    public void setLatitude(@Nullable Double latitude) {
        this.latitude = latitude;
    }

    public @Nullable Double getLongitude() {
        return longitude;
    }

    public void setLongitude(@Nullable Double longitude) {
        this.longitude = longitude;
    }

    public @Nullable Long getPopulation() {
        return population;
    }

    public void setPopulation(@Nullable Long population) {
        this.population = population;
    }
}
