package org.jumelage.reporting.web;

import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.jumelage.reporting.OpenData;
import org.jumelage.reporting.OpenDataColumns;
import org.jumelage.reporting.OpenDataColumns.Column;
import org.jumelage.reporting.OpenDataColumns.Dataset;
import org.jumelage.reporting.OpenDataException;
import org.jumelage.reporting.OpenDataset;
import org.jumelage.reporting.OpenEvent;
import org.jumelage.reporting.OpenParticipation;
import org.jumelage.reporting.OpenPartner;
import org.jumelage.reporting.OpenProject;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The open data under {@code /open-data}: a page describing the datasets, their columns and the
 * licence, and each dataset as CSV, XLSX or JSON, for everyone and per organisation. Answers are
 * public and cacheable for an hour; every file states the licence (CSV in {@code #} comment lines
 * before the header, XLSX on a second sheet, JSON in its envelope, and every answer in a {@code
 * Link: <…>; rel="license"} header).
 */
@Controller
@Tag(
        name = "Open data",
        description = "Published projects, partners, events and attendance counts; CC BY 4.0; no sign-in.")
class OpenDataController {

    static final CacheControl CACHE = CacheControl.maxAge(Duration.ofHours(1)).cachePublic();

    private final OpenData openData;
    private final MessageSource messages;
    private final Clock clock;

    OpenDataController(OpenData openData, MessageSource messages, Clock clock) {
        this.openData = openData;
        this.messages = messages;
        this.clock = clock;
    }

    static final String FILE_DESCRIPTION =
            "The dataset as CSV (UTF-8, RFC 4180, '#' comment lines with the licence before the header), "
                    + "XLSX (a data sheet and a licence sheet) or JSON (an envelope with the licence and the rows)";
    static final String NOT_FOUND =
            "A format other than csv, xlsx or json; or an organisation without published projects";
    static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The json schema of each dataset, for the document only. */
    @Schema(name = "OpenProjects")
    record ProjectsJson(
            String dataset,
            String licence,
            String licenceUrl,
            String attribution,
            String schema,
            java.time.Instant generatedAt,
            List<OpenProject> rows) {}

    @Schema(name = "OpenPartners")
    record PartnersJson(
            String dataset,
            String licence,
            String licenceUrl,
            String attribution,
            String schema,
            java.time.Instant generatedAt,
            List<OpenPartner> rows) {}

    @Schema(name = "OpenEvents")
    record EventsJson(
            String dataset,
            String licence,
            String licenceUrl,
            String attribution,
            String schema,
            java.time.Instant generatedAt,
            List<OpenEvent> rows) {}

    @Schema(name = "OpenParticipationCounts")
    record ParticipationJson(
            String dataset,
            String licence,
            String licenceUrl,
            String attribution,
            String schema,
            java.time.Instant generatedAt,
            List<OpenParticipation> rows) {}

    @Hidden
    @GetMapping({"/open-data", "/open-data/"})
    String index(Model model) {
        model.addAttribute("datasets", OpenDataColumns.ALL);
        model.addAttribute("licence", OpenDataColumns.LICENCE);
        model.addAttribute("licenceUrl", OpenDataColumns.LICENCE_URL);
        return "reporting/open-data";
    }

    @Operation(summary = "Published projects")
    @ApiResponse(
            responseCode = "200",
            description = FILE_DESCRIPTION,
            content = {
                @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
                @Content(mediaType = XLSX_TYPE, schema = @Schema(type = "string", format = "binary")),
                @Content(
                        mediaType = MediaType.APPLICATION_JSON_VALUE,
                        schema = @Schema(implementation = ProjectsJson.class))
            })
    @ApiResponse(responseCode = "404", description = NOT_FOUND, content = @Content)
    @GetMapping("/open-data/projects.{format}")
    ResponseEntity<?> projects(
            @Parameter(schema = @Schema(allowableValues = {"csv", "xlsx", "json"})) @PathVariable String format,
            Locale locale) {
        return file(OpenDataColumns.PROJECTS, openData::projects, format, "", locale);
    }

    @Operation(summary = "Partners of published projects (organisations, towns, countries, roles)")
    @ApiResponse(
            responseCode = "200",
            description = FILE_DESCRIPTION,
            content = {
                @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
                @Content(mediaType = XLSX_TYPE, schema = @Schema(type = "string", format = "binary")),
                @Content(
                        mediaType = MediaType.APPLICATION_JSON_VALUE,
                        schema = @Schema(implementation = PartnersJson.class))
            })
    @ApiResponse(responseCode = "404", description = NOT_FOUND, content = @Content)
    @GetMapping("/open-data/partners.{format}")
    ResponseEntity<?> partners(
            @Parameter(schema = @Schema(allowableValues = {"csv", "xlsx", "json"})) @PathVariable String format,
            Locale locale) {
        return file(OpenDataColumns.PARTNERS, openData::partners, format, "", locale);
    }

    @Operation(summary = "Published events of published projects")
    @ApiResponse(
            responseCode = "200",
            description = FILE_DESCRIPTION,
            content = {
                @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
                @Content(mediaType = XLSX_TYPE, schema = @Schema(type = "string", format = "binary")),
                @Content(
                        mediaType = MediaType.APPLICATION_JSON_VALUE,
                        schema = @Schema(implementation = EventsJson.class))
            })
    @ApiResponse(responseCode = "404", description = NOT_FOUND, content = @Content)
    @GetMapping("/open-data/events.{format}")
    ResponseEntity<?> events(
            @Parameter(schema = @Schema(allowableValues = {"csv", "xlsx", "json"})) @PathVariable String format,
            Locale locale) {
        return file(OpenDataColumns.EVENTS, openData::events, format, "", locale);
    }

    @Operation(summary = "People who attended each published event, per country (groups under 5 without their number)")
    @ApiResponse(
            responseCode = "200",
            description = FILE_DESCRIPTION,
            content = {
                @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
                @Content(mediaType = XLSX_TYPE, schema = @Schema(type = "string", format = "binary")),
                @Content(
                        mediaType = MediaType.APPLICATION_JSON_VALUE,
                        schema = @Schema(implementation = ParticipationJson.class))
            })
    @ApiResponse(responseCode = "404", description = NOT_FOUND, content = @Content)
    @GetMapping("/open-data/participation.{format}")
    ResponseEntity<?> participation(
            @Parameter(schema = @Schema(allowableValues = {"csv", "xlsx", "json"})) @PathVariable String format,
            Locale locale) {
        return file(OpenDataColumns.PARTICIPATION, openData::participation, format, "", locale);
    }

    @Operation(summary = "Published projects of one organisation (lead or partner)")
    @ApiResponse(
            responseCode = "200",
            description = FILE_DESCRIPTION,
            content = {
                @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
                @Content(mediaType = XLSX_TYPE, schema = @Schema(type = "string", format = "binary")),
                @Content(
                        mediaType = MediaType.APPLICATION_JSON_VALUE,
                        schema = @Schema(implementation = ProjectsJson.class))
            })
    @ApiResponse(responseCode = "404", description = NOT_FOUND, content = @Content)
    @GetMapping("/open-data/organisations/{id}/projects.{format}")
    ResponseEntity<?> organisationProjects(
            @PathVariable long id,
            @Parameter(schema = @Schema(allowableValues = {"csv", "xlsx", "json"})) @PathVariable String format,
            Locale locale) {
        OpenData of = openData.ofOrganisation(id);
        return file(OpenDataColumns.PROJECTS, of::projects, format, "organisation-" + id + "-", locale);
    }

    @Operation(summary = "Partners of one organisation's published projects")
    @ApiResponse(
            responseCode = "200",
            description = FILE_DESCRIPTION,
            content = {
                @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
                @Content(mediaType = XLSX_TYPE, schema = @Schema(type = "string", format = "binary")),
                @Content(
                        mediaType = MediaType.APPLICATION_JSON_VALUE,
                        schema = @Schema(implementation = PartnersJson.class))
            })
    @ApiResponse(responseCode = "404", description = NOT_FOUND, content = @Content)
    @GetMapping("/open-data/organisations/{id}/partners.{format}")
    ResponseEntity<?> organisationPartners(
            @PathVariable long id,
            @Parameter(schema = @Schema(allowableValues = {"csv", "xlsx", "json"})) @PathVariable String format,
            Locale locale) {
        OpenData of = openData.ofOrganisation(id);
        return file(OpenDataColumns.PARTNERS, of::partners, format, "organisation-" + id + "-", locale);
    }

    @Operation(summary = "Published events of one organisation's published projects")
    @ApiResponse(
            responseCode = "200",
            description = FILE_DESCRIPTION,
            content = {
                @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
                @Content(mediaType = XLSX_TYPE, schema = @Schema(type = "string", format = "binary")),
                @Content(
                        mediaType = MediaType.APPLICATION_JSON_VALUE,
                        schema = @Schema(implementation = EventsJson.class))
            })
    @ApiResponse(responseCode = "404", description = NOT_FOUND, content = @Content)
    @GetMapping("/open-data/organisations/{id}/events.{format}")
    ResponseEntity<?> organisationEvents(
            @PathVariable long id,
            @Parameter(schema = @Schema(allowableValues = {"csv", "xlsx", "json"})) @PathVariable String format,
            Locale locale) {
        OpenData of = openData.ofOrganisation(id);
        return file(OpenDataColumns.EVENTS, of::events, format, "organisation-" + id + "-", locale);
    }

    @Operation(summary = "Attendance per country at the published events of one organisation's published projects")
    @ApiResponse(
            responseCode = "200",
            description = FILE_DESCRIPTION,
            content = {
                @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
                @Content(mediaType = XLSX_TYPE, schema = @Schema(type = "string", format = "binary")),
                @Content(
                        mediaType = MediaType.APPLICATION_JSON_VALUE,
                        schema = @Schema(implementation = ParticipationJson.class))
            })
    @ApiResponse(responseCode = "404", description = NOT_FOUND, content = @Content)
    @GetMapping("/open-data/organisations/{id}/participation.{format}")
    ResponseEntity<?> organisationParticipation(
            @PathVariable long id,
            @Parameter(schema = @Schema(allowableValues = {"csv", "xlsx", "json"})) @PathVariable String format,
            Locale locale) {
        OpenData of = openData.ofOrganisation(id);
        return file(OpenDataColumns.PARTICIPATION, of::participation, format, "organisation-" + id + "-", locale);
    }

    private <T> ResponseEntity<?> file(
            Dataset<T> dataset, Supplier<List<T>> rows, String format, String prefix, Locale locale) {
        String kind = format.toLowerCase(Locale.ROOT);
        if (!List.of("csv", "xlsx", "json").contains(kind)) {
            throw OpenDataException.unknownFormat(format);
        }
        List<T> data = rows.get();
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok()
                .cacheControl(CACHE)
                .header(HttpHeaders.LINK, "<" + OpenDataColumns.LICENCE_URL + ">; rel=\"license\"")
                .header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
        String fileName = prefix + dataset.name() + "." + kind;
        return switch (kind) {
            case "json" ->
                answer.contentType(MediaType.APPLICATION_JSON)
                        .body(new OpenDataset<>(
                                dataset.name(),
                                OpenDataColumns.LICENCE,
                                OpenDataColumns.LICENCE_URL,
                                OpenDataColumns.ATTRIBUTION,
                                OpenDataColumns.SCHEMA_PAGE,
                                clock.instant(),
                                data));
            case "csv" ->
                answer.contentType(TableFiles.CSV)
                        .header(TableFiles.CONTENT_DISPOSITION, TableFiles.disposition(fileName, true))
                        .body(TableFiles.csv(table(dataset, data), about(dataset, locale)));
            default ->
                answer.contentType(TableFiles.XLSX)
                        .header(TableFiles.CONTENT_DISPOSITION, TableFiles.disposition(fileName, false))
                        .body(TableFiles.xlsx(
                                table(dataset, data),
                                messages.getMessage("reporting.open-data.file.licence-sheet", null, locale),
                                about(dataset, locale)));
        };
    }

    /** The licence lines every file carries. */
    private List<String> about(Dataset<?> dataset, Locale locale) {
        return List.of(
                messages.getMessage(
                        "reporting.open-data.file.licence",
                        new Object[] {OpenDataColumns.LICENCE, OpenDataColumns.LICENCE_URL},
                        locale),
                messages.getMessage(
                        "reporting.open-data.file.schema",
                        new Object[] {dataset.name(), OpenDataColumns.SCHEMA_PAGE},
                        locale));
    }

    static <T> TableFiles.Table table(Dataset<T> dataset, List<T> rows) {
        List<String> header = dataset.columns().stream().map(Column::name).toList();
        List<List<@Nullable Object>> values = new ArrayList<>();
        for (T row : rows) {
            List<@Nullable Object> line = new ArrayList<>();
            for (Column<T> column : dataset.columns()) {
                line.add(column.value().apply(row));
            }
            values.add(line);
        }
        return new TableFiles.Table(dataset.name(), header, values);
    }
}
