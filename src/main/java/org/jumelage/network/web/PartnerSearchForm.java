package org.jumelage.network.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.jumelage.network.PartnerQuery;
import org.jumelage.network.PartnerSearch;

/** The "Find partners" form: where to start, the measure, hops and filters; the page to show. */
class PartnerSearchForm {

    private String town = "";
    private @Nullable Long project;
    private String measure = "";
    private int hops = 1;
    private String countries = "";
    private @Nullable Long minPopulation;
    private @Nullable Long maxPopulation;
    private @Nullable Double minKm;
    private @Nullable Double maxKm;
    private boolean organisation;
    private String language = "";
    private int page;

    /** ISO codes from a comma- or space-separated text, upper case; empty for none. */
    static Set<String> countryCodes(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(text.split("[,\\s]+"))
                .map(String::strip)
                .filter(code -> !code.isEmpty())
                .map(code -> code.toUpperCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    PartnerQuery query(@Nullable Long townId) {
        return new PartnerQuery(
                townId,
                project,
                measure.isBlank() ? null : measure,
                hops,
                countryCodes(countries),
                minPopulation,
                maxPopulation,
                minKm,
                maxKm,
                organisation,
                language.isBlank() ? null : language,
                page,
                PartnerSearch.DEFAULT_SIZE);
    }

    public String getTown() {
        return town;
    }

    public void setTown(String town) {
        this.town = town;
    }

    public @Nullable Long getProject() {
        return project;
    }

    public void setProject(@Nullable Long project) {
        this.project = project;
    }

    public String getMeasure() {
        return measure;
    }

    public void setMeasure(String measure) {
        this.measure = measure;
    }

    public int getHops() {
        return hops;
    }

    public void setHops(int hops) {
        this.hops = hops;
    }

    public String getCountries() {
        return countries;
    }

    public void setCountries(String countries) {
        this.countries = countries;
    }

    public @Nullable Long getMinPopulation() {
        return minPopulation;
    }

    public void setMinPopulation(@Nullable Long minPopulation) {
        this.minPopulation = minPopulation;
    }

    public @Nullable Long getMaxPopulation() {
        return maxPopulation;
    }

    public void setMaxPopulation(@Nullable Long maxPopulation) {
        this.maxPopulation = maxPopulation;
    }

    public @Nullable Double getMinKm() {
        return minKm;
    }

    public void setMinKm(@Nullable Double minKm) {
        this.minKm = minKm;
    }

    public @Nullable Double getMaxKm() {
        return maxKm;
    }

    public void setMaxKm(@Nullable Double maxKm) {
        this.maxKm = maxKm;
    }

    public boolean isOrganisation() {
        return organisation;
    }

    public void setOrganisation(boolean organisation) {
        this.organisation = organisation;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
