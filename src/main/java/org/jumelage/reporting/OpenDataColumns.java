package org.jumelage.reporting;

import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The schema of the open data, the one definition: the datasets, their columns in file order, each
 * column's type, and the data licence. The CSV and XLSX files, the JSON answers and the {@code
 * /open-data} page are all made from it. Column names are those of the CSV header and the XLSX
 * sheet; JSON fields are the same names in camel case.
 */
public final class OpenDataColumns {

    /** SPDX identifier of the licence of every open-data file. */
    public static final String LICENCE = "CC-BY-4.0";

    public static final String LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/";

    /** How to credit the data. */
    public static final String ATTRIBUTION = "Jumelage open data, CC BY 4.0";

    /** The address of the page that describes the datasets. */
    public static final String SCHEMA_PAGE = "/open-data";

    /**
     * A column.
     *
     * @param name the CSV/XLSX header (snake case)
     * @param field the JSON field (camel case)
     * @param type {@code integer}, {@code number}, {@code text}, {@code date} (ISO 8601) or {@code boolean}
     * @param nullable whether a value may be missing (an empty CSV cell, a JSON {@code null})
     */
    public record Column<T>(
            String name, String field, String type, boolean nullable, Function<T, @Nullable Object> value) {}

    /** A dataset: its name (the file name without extension) and its columns in order. */
    public record Dataset<T>(String name, List<Column<T>> columns) {

        public Dataset {
            columns = List.copyOf(columns);
        }
    }

    public static final Dataset<OpenProject> PROJECTS = new Dataset<>(
            "projects",
            List.of(
                    column("id", "id", "integer", false, OpenProject::id),
                    column("acronym", "acronym", "text", true, OpenProject::acronym),
                    column("title_en", "titleEn", "text", true, OpenProject::titleEn),
                    column("title_lv", "titleLv", "text", true, OpenProject::titleLv),
                    column("measure", "measure", "text", false, OpenProject::measure),
                    column("call", "call", "text", true, OpenProject::call),
                    column("reference_number", "referenceNumber", "text", true, OpenProject::referenceNumber),
                    column("status", "status", "text", false, OpenProject::status),
                    column("start_date", "startDate", "date", true, OpenProject::startDate),
                    column("end_date", "endDate", "date", true, OpenProject::endDate),
                    column("eu_grant_eur", "euGrant", "number", true, OpenProject::euGrant),
                    column(
                            "lead_organisation_id",
                            "leadOrganisationId",
                            "integer",
                            true,
                            OpenProject::leadOrganisationId),
                    column("lead_organisation", "leadOrganisation", "text", true, OpenProject::leadOrganisation),
                    column("lead_country", "leadCountry", "text", true, OpenProject::leadCountry),
                    column("partners", "partners", "integer", false, OpenProject::partners),
                    column("countries", "countries", "integer", false, OpenProject::countries),
                    column("website", "website", "text", true, OpenProject::website),
                    column("public_page", "publicPage", "text", false, OpenProject::publicPage)));

    public static final Dataset<OpenPartner> PARTNERS = new Dataset<>(
            "partners",
            List.of(
                    column("project_id", "projectId", "integer", false, OpenPartner::projectId),
                    column("organisation_id", "organisationId", "integer", true, OpenPartner::organisationId),
                    column("organisation_en", "organisationEn", "text", true, OpenPartner::organisationEn),
                    column("organisation_lv", "organisationLv", "text", true, OpenPartner::organisationLv),
                    column("organisation_type", "organisationType", "text", true, OpenPartner::organisationType),
                    column("town_id", "townId", "integer", true, OpenPartner::townId),
                    column("town", "town", "text", true, OpenPartner::town),
                    column("country", "country", "text", false, OpenPartner::country),
                    column("role", "role", "text", false, OpenPartner::role)));

    public static final Dataset<OpenEvent> EVENTS = new Dataset<>(
            "events",
            List.of(
                    column("id", "id", "integer", false, OpenEvent::id),
                    column("project_id", "projectId", "integer", false, OpenEvent::projectId),
                    column("title_en", "titleEn", "text", true, OpenEvent::titleEn),
                    column("title_lv", "titleLv", "text", true, OpenEvent::titleLv),
                    column("type", "type", "text", false, OpenEvent::type),
                    column("start_date", "startDate", "date", true, OpenEvent::startDate),
                    column("end_date", "endDate", "date", true, OpenEvent::endDate),
                    column("days", "days", "integer", false, OpenEvent::days),
                    column("host_towns", "hostTowns", "text", false, OpenEvent::hostTowns),
                    column("host_countries", "hostCountries", "text", false, OpenEvent::hostCountries),
                    column("public_page", "publicPage", "text", false, OpenEvent::publicPage)));

    public static final Dataset<OpenParticipation> PARTICIPATION = new Dataset<>(
            "participation",
            List.of(
                    column("event_id", "eventId", "integer", false, OpenParticipation::eventId),
                    column("project_id", "projectId", "integer", false, OpenParticipation::projectId),
                    column("country", "country", "text", false, OpenParticipation::country),
                    column("invited", "invited", "boolean", false, OpenParticipation::invited),
                    column("attended", "attended", "integer", true, OpenParticipation::attended),
                    column("withheld", "withheld", "boolean", false, OpenParticipation::withheld)));

    /** Every dataset, in the order the page lists them. */
    public static final List<Dataset<?>> ALL = List.of(PROJECTS, PARTNERS, EVENTS, PARTICIPATION);

    private OpenDataColumns() {}

    private static <T> Column<T> column(
            String name, String field, String type, boolean nullable, Function<T, @Nullable Object> value) {
        return new Column<>(name, field, type, nullable, value);
    }
}
