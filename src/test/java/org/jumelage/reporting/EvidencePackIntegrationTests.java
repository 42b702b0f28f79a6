package org.jumelage.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jumelage.account.AccountManagement;
import org.jumelage.account.AuditTrail;
import org.jumelage.account.SignedInUser;
import org.jumelage.event.EventManagement;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.participation.ListFixture;
import org.jumelage.storage.FileStorage;
import org.jumelage.support.JumelageIntegrationTest;
import org.jumelage.support.SignIn;
import org.jumelage.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The evidence pack: unzipped in the test, every file's size and SHA-256 recomputed and compared
 * with manifest.csv; the missing items; who may download it; a project without events, with a
 * deleted event, with a scan whose file is gone.
 */
@JumelageIntegrationTest
class EvidencePackIntegrationTests {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganisationManagement organisations;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditTrail auditTrail;

    @Autowired
    FileStorage storage;

    @Autowired
    EventManagement events;

    ListFixture fixture;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new ListFixture(mvc, organisations, accounts, jdbc, "\"measure\":\"CERV-TT\"");
        fixture.rows.registration(fixture.eventId, fixture.kaunasDelegation, "Rūta", "Kazlauskienė", "LT");
        fixture.rows.registration(fixture.eventId, fixture.poznanDelegation, "Łukasz", "Wiśniewski", "PL");
    }

    long upload(byte[] bytes, Long delegation, String day) throws Exception {
        var request = multipart("/api/v1/events/" + fixture.eventId + "/evidence")
                .file(new MockMultipartFile("file", "signed-list.pdf", "application/pdf", bytes))
                .header("Authorization", fixture.coordinator);
        if (delegation != null) {
            request.param("delegation", String.valueOf(delegation));
        }
        if (day != null) {
            request.param("day", day);
        }
        String answer = mvc.perform(request)
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) com.jayway.jsonpath.JsonPath.read(answer, "$.id")).longValue();
    }

    /** Downloads a pack and answers its files by path, in the order of the ZIP. */
    Map<String, byte[]> download(String path, String token) throws Exception {
        MvcResult started = mvc.perform(get(path).header("Authorization", token).header("Accept-Language", "en"))
                .andExpect(request().asyncStarted())
                .andReturn();
        started.getAsyncResult(120_000); // the lists are printed while the ZIP is written: give a slow machine time
        byte[] zip = mvc.perform(asyncDispatch(started))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/zip"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        return unzip(zip);
    }

    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                assertThat(files).as("one entry per path").doesNotContainKey(entry.getName());
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** Every file but the manifest is listed once with its real size and hash; the manifest comes last. */
    static List<CSVRecord> checkManifest(Map<String, byte[]> files) throws Exception {
        List<String> paths = List.copyOf(files.keySet());
        assertThat(paths.get(paths.size() - 1)).isEqualTo("manifest.csv");
        assertThat(paths.get(0)).isEqualTo("README.txt");
        String manifest = new String(files.get("manifest.csv"), StandardCharsets.UTF_8);
        assertThat(manifest).startsWith("path,bytes,sha256,description\r\n");
        List<CSVRecord> rows = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(manifest))
                .getRecords();
        assertThat(rows.stream().map(row -> row.get("path")).toList())
                .containsExactlyElementsOf(paths.subList(0, paths.size() - 1));
        for (CSVRecord row : rows) {
            byte[] content = files.get(row.get("path"));
            assertThat(Long.parseLong(row.get("bytes"))).as(row.get("path")).isEqualTo(content.length);
            assertThat(row.get("sha256")).as(row.get("path")).isEqualTo(sha256(content));
            assertThat(row.get("description")).as(row.get("path")).isNotBlank();
        }
        return rows;
    }

    @Test
    void theProjectPackHoldsListsAndScansWithAManifestOfTrueHashesAndSaysWhatIsMissing() throws Exception {
        long scan = upload(PDF, fixture.kaunasDelegation, "2018-11-08");

        Map<String, byte[]> files =
                download("/api/v1/projects/" + fixture.projectId + "/evidence-pack", fixture.coordinator);

        List<CSVRecord> rows = checkManifest(files);
        String folder = "events/2018-11-08-event-" + fixture.eventId + "/";
        assertThat(files.get(folder + "signed-lists/" + scan + "-signed-list.pdf"))
                .isEqualTo(PDF);
        assertThat(files)
                .containsKeys(
                        folder + "participant-lists/participant-list-" + fixture.eventId + ".pdf",
                        folder + "participant-lists/participant-list-" + fixture.eventId + ".xlsx",
                        folder + "participant-lists/participant-list-" + fixture.eventId + "-LT-"
                                + fixture.kaunasDelegation + "-2018-11-09.pdf",
                        "report/final-report-en.pdf",
                        "report/final-report-en.xlsx",
                        "missing.txt");
        assertThat(new String(
                        files.get(folder + "participant-lists/participant-list-" + fixture.eventId + ".pdf"),
                        0,
                        5,
                        StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        assertThat(rows)
                .filteredOn(row -> row.get("path").contains("/signed-lists/"))
                .singleElement()
                .satisfies(row -> assertThat(row.get("description")).contains("Kaunas City", "8 Nov 2018"));
        String missing = new String(files.get("missing.txt"), StandardCharsets.UTF_8);
        assertThat(missing)
                .containsPattern("No signed list uploaded for Kaunas City [0-9a-f]+, 9 Nov 2018 \\(Partner meeting")
                .containsPattern("No signed list uploaded for Kaunas City [0-9a-f]+, 10 Nov 2018 \\(")
                .containsPattern("No signed list uploaded for Poznań City [0-9a-f]+, 8 Nov 2018 \\(")
                .doesNotContainPattern("Kaunas City [0-9a-f]+, 8 Nov 2018 \\(")
                .contains("No agenda written for")
                .contains("is not published")
                .contains("No photos");
        assertThat(auditTrail
                        .entries("reporting.evidence-pack.downloaded", PageRequest.of(0, 50))
                        .getContent())
                .anySatisfy(entry -> assertThat(entry.target()).isEqualTo("project " + fixture.projectId));
    }

    @Test
    void theMissingItemsAreListedBeforeDownloadOnThePageAndInTheContents() throws Exception {
        upload(PDF, null, null); // one scan of all delegations and days covers every day

        mvc.perform(get("/api/v1/events/" + fixture.eventId + "/evidence-pack/contents")
                        .header("Authorization", fixture.coordinator)
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fileName").value("evidence-pack-event-" + fixture.eventId + ".zip"))
                .andExpect(jsonPath("$.items[0].path").value("README.txt"))
                .andExpect(jsonPath("$.items[-1:].path").value("manifest.csv"))
                .andExpect(jsonPath(
                        "$.missing[*].text",
                        org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.startsWith("No agenda written for"))))
                .andExpect(jsonPath(
                        "$.missing[*].text",
                        org.hamcrest.Matchers.everyItem(
                                org.hamcrest.Matchers.not(org.hamcrest.Matchers.startsWith("No signed list")))));

        mvc.perform(get("/api/v1/projects/" + fixture.projectId + "/evidence-pack/contents")
                        .header("Authorization", fixture.coordinator)
                        .header("Accept-Language", "lv"))
                .andExpect(status().isOk())
                .andExpect(jsonPath(
                        "$.missing[*].text",
                        org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.startsWith("Sanāksmei"))));
    }

    @Test
    void aScanWhoseFileIsGoneIsNamedAsMissingAndLeftOut() throws Exception {
        long scan = upload(PDF, fixture.poznanDelegation, null);
        String key = jdbc.sql("select storage_key from event_evidence where id = :id")
                .param("id", scan)
                .query(String.class)
                .single();
        storage.delete(key);

        Map<String, byte[]> files =
                download("/api/v1/events/" + fixture.eventId + "/evidence-pack", fixture.coordinator);

        checkManifest(files);
        assertThat(files.keySet()).noneMatch(path -> path.contains("/signed-lists/"));
        assertThat(new String(files.get("missing.txt"), StandardCharsets.UTF_8))
                .contains("The file of the signed list signed-list.pdf")
                .containsPattern("No signed list uploaded for Poznań City [0-9a-f]+, 8 Nov 2018");
    }

    @Test
    void aProjectWithoutEventsOrWithADeletedEventGivesAPackThatSaysSo() throws Exception {
        SignedInUser admin = accounts.signedInUser(accounts.findUserByEmail(TestUsers.ADMIN_EMAIL)
                        .orElseThrow()
                        .id())
                .orElseThrow();
        events.delete(admin, fixture.eventId);

        Map<String, byte[]> files =
                download("/api/v1/projects/" + fixture.projectId + "/evidence-pack", fixture.coordinator);

        checkManifest(files);
        assertThat(files.keySet()).noneMatch(path -> path.startsWith("events/"));
        assertThat(new String(files.get("missing.txt"), StandardCharsets.UTF_8)).contains("The project has no events.");
        mvc.perform(get("/api/v1/events/" + fixture.eventId + "/evidence-pack")
                        .header("Authorization", fixture.coordinator))
                .andExpect(status().isNotFound());
    }

    @Test
    void aPartnerWhoOnlyViewsIsRefusedAndAStrangerIsToldItDoesNotExist() throws Exception {
        for (String path : List.of(
                "/api/v1/projects/" + fixture.projectId + "/evidence-pack",
                "/api/v1/projects/" + fixture.projectId + "/evidence-pack/contents")) {
            mvc.perform(get(path).header("Authorization", fixture.kaunasContact))
                    .andExpect(status().isForbidden());
            mvc.perform(get(path).header("Authorization", fixture.stranger)).andExpect(status().isNotFound());
        }
        for (String path : List.of(
                "/api/v1/events/" + fixture.eventId + "/evidence-pack",
                "/api/v1/events/" + fixture.eventId + "/evidence-pack/contents")) {
            mvc.perform(get(path).header("Authorization", fixture.kaunasContact))
                    .andExpect(status().isForbidden());
            mvc.perform(get(path).header("Authorization", fixture.stranger)).andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/v1/projects/" + fixture.projectId + "/evidence-pack"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void thePageListsWhatIsMissingWithTheDownloadButton() throws Exception {
        jakarta.servlet.http.Cookie admin = SignIn.asAdmin(mvc);

        mvc.perform(get("/events/" + fixture.eventId + "/evidence-pack")
                        .cookie(admin)
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.matchesPattern(
                                "(?s).*No signed list uploaded for Kaunas City [0-9a-f]+, 8 Nov 2018 \\(.*")))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString(
                                "/events/" + fixture.eventId + "/evidence-pack/download")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("manifest.csv")));
    }
}
