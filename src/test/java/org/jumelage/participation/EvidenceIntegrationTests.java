package org.jumelage.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import org.jumelage.account.AccountManagement;
import org.jumelage.account.AuditTrail;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.storage.FileStorage;
import org.jumelage.support.JumelageIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Signed lists uploaded as evidence: type from the content, size limit, safe names, download, delete, permissions. */
@JumelageIntegrationTest
class EvidenceIntegrationTests {

    static final byte[] PNG = concat(HexFormat.of().parseHex("89504e470d0a1a0a0000000d49484452"), "png body");
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

    ListFixture fixture;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new ListFixture(mvc, organisations, accounts, jdbc, "\"measure\":\"CERV-TT\"");
    }

    static byte[] concat(byte[] head, String tail) {
        byte[] rest = tail.getBytes(StandardCharsets.US_ASCII);
        byte[] all = Arrays.copyOf(head, head.length + rest.length);
        System.arraycopy(rest, 0, all, head.length, rest.length);
        return all;
    }

    ResultActions upload(String token, String name, byte[] bytes, String... parameters) throws Exception {
        var request = multipart("/api/v1/events/" + fixture.eventId + "/evidence")
                .file(new MockMultipartFile("file", name, "application/pdf", bytes))
                .header("Authorization", token);
        for (int i = 0; i + 1 < parameters.length; i += 2) {
            request.param(parameters[i], parameters[i + 1]);
        }
        return mvc.perform(request);
    }

    long evidenceCount() {
        return jdbc.sql("select count(*) from event_evidence where event_id = :event")
                .param("event", fixture.eventId)
                .query(Long.class)
                .single();
    }

    @Test
    void aPngNamedPdfIsKeptAsAPngWithItsHash() throws Exception {
        String answer = upload(
                        fixture.coordinator,
                        "saraksts-8-novembris.pdf",
                        PNG,
                        "delegation",
                        String.valueOf(fixture.kaunasDelegation),
                        "day",
                        "2018-11-08")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.contentType").value("image/png"))
                .andExpect(jsonPath("$.fileName").value("saraksts-8-novembris.png"))
                .andExpect(jsonPath("$.size").value(PNG.length))
                .andExpect(jsonPath("$.sha256")
                        .value(HexFormat.of()
                                .formatHex(MessageDigest.getInstance("SHA-256").digest(PNG))))
                .andExpect(jsonPath("$.day").value("2018-11-08"))
                .andExpect(jsonPath("$.delegationId").value(fixture.kaunasDelegation))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = ((Number) JsonPath.read(answer, "$.id")).longValue();

        mvc.perform(get("/api/v1/events/" + fixture.eventId + "/evidence/" + id)
                        .header("Authorization", fixture.coordinator))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string(
                                "Content-Disposition", org.hamcrest.Matchers.startsWith("attachment; filename=")))
                .andExpect(content().bytes(PNG));
        assertThat(auditTrail
                        .entries("event.evidence.uploaded", PageRequest.of(0, 50))
                        .getContent())
                .anySatisfy(entry -> assertThat(entry.detail()).startsWith("evidence " + id + " image/png"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            text named pdf,        list.pdf,  4e616d652c546f776e0a4a616e69730a,  event.evidence.type
            windows executable,    scan.pdf,  4d5a90000300000004000000ffff0000,  event.evidence.type
            html named png,        scan.png,  3c68746d6c3e3c7363726970743e,      event.evidence.type
            """)
    void aFileThatIsNotAScanIsRefusedWhateverItsName(String name, String file, String hex, String code)
            throws Exception {
        long before = evidenceCount();

        upload(fixture.coordinator, file, HexFormat.of().parseHex(hex))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.errors[0].field").value("file"));

        assertThat(evidenceCount()).isEqualTo(before);
    }

    @Test
    void anEmptyOrTooLargeFileIsRefusedAndNothingIsStored() throws Exception {
        upload(fixture.coordinator, "empty.pdf", new byte[0])
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("event.evidence.empty"));
        byte[] large = Arrays.copyOf(PDF, 1024 * 1024 + 1);
        upload(fixture.coordinator, "large.pdf", large)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("event.evidence.too-large"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("1 MB")));
        byte[] limit = Arrays.copyOf(PDF, 1024 * 1024);
        upload(fixture.coordinator, "limit.pdf", limit).andExpect(status().isCreated());

        assertThat(evidenceCount()).isEqualTo(1);
    }

    @Test
    void aPathInTheFileNameIsDroppedAndTheFileStaysInsideTheStorage() throws Exception {
        String answer = upload(fixture.coordinator, "../../../../etc/passwd.pdf", PDF)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.fileName").value("passwd.pdf"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = ((Number) JsonPath.read(answer, "$.id")).longValue();

        String key = jdbc.sql("select storage_key from event_evidence where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
        assertThat(key).startsWith("event/" + fixture.eventId + "/evidence/").doesNotContain("passwd");
        assertThat(storage.find(key)).isPresent();
    }

    @Test
    void dayAndDelegationMustBelongToTheEvent() throws Exception {
        ListFixture other = new ListFixture(mvc, organisations, accounts, jdbc, "\"measure\":\"CERV-TT\"");

        upload(fixture.coordinator, "a.pdf", PDF, "day", "2018-12-01")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("day"));
        upload(fixture.coordinator, "a.pdf", PDF, "delegation", String.valueOf(other.kaunasDelegation))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.errors[0].field").value("delegation"));
        assertThat(evidenceCount()).isZero();
    }

    @Test
    void partnerContactsHandleTheirOwnDelegationsEvidenceAndOnlyEditorsDelete() throws Exception {
        String answer = upload(
                        fixture.kaunasContact,
                        "kaunas.pdf",
                        PDF,
                        "delegation",
                        String.valueOf(fixture.kaunasDelegation))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = ((Number) JsonPath.read(answer, "$.id")).longValue();
        upload(fixture.kaunasContact, "whole.pdf", PDF).andExpect(status().isForbidden());
        upload(fixture.poznanContact, "p.pdf", PDF, "delegation", String.valueOf(fixture.kaunasDelegation))
                .andExpect(status().isForbidden());

        mvc.perform(get("/api/v1/events/" + fixture.eventId + "/evidence/" + id)
                        .header("Authorization", fixture.poznanContact))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/events/" + fixture.eventId + "/evidence")
                        .header("Authorization", fixture.poznanContact))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/events/" + fixture.eventId + "/evidence")
                        .header("Authorization", fixture.kaunasContact))
                .andExpect(jsonPath("$.total").value(1));
        mvc.perform(delete("/api/v1/events/" + fixture.eventId + "/evidence/" + id)
                        .header("Authorization", fixture.kaunasContact))
                .andExpect(status().isForbidden());

        String key = jdbc.sql("select storage_key from event_evidence where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
        mvc.perform(delete("/api/v1/events/" + fixture.eventId + "/evidence/" + id)
                        .header("Authorization", fixture.coordinator))
                .andExpect(status().isNoContent());
        assertThat(evidenceCount()).isZero();
        assertThat(storage.find(key)).isEmpty();
        assertThat(auditTrail
                        .entries("event.evidence.deleted", PageRequest.of(0, 50))
                        .getContent())
                .anySatisfy(entry -> assertThat(entry.detail()).startsWith("evidence " + id + " "));
    }

    @Test
    void thePageShowsTheListsAndRefusesAWrongFileInline() throws Exception {
        var session = org.jumelage.support.SignIn.asAdmin(mvc);

        mvc.perform(get("/events/" + fixture.eventId + "/lists").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString("/events/" + fixture.eventId
                                + "/participant-list?delegation=" + fixture.kaunasDelegation)));
        mvc.perform(get("/events/" + fixture.eventId + "/lists").cookie(session).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.startsWith("<div id=\"event-lists\"")));
        mvc.perform(multipart("/events/" + fixture.eventId + "/evidence")
                        .file(new MockMultipartFile("file", "list.pdf", "application/pdf", "Name,Town".getBytes()))
                        .cookie(session)
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("is-invalid")));
        mvc.perform(multipart("/events/" + fixture.eventId + "/evidence")
                        .file(new MockMultipartFile("file", "list.pdf", "application/pdf", PDF))
                        .param("day", "2018-11-09")
                        .cookie(session)
                        .with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/events/" + fixture.eventId + "/lists"));
        assertThat(evidenceCount()).isEqualTo(1);
        mvc.perform(get("/events/" + fixture.eventId + "/participant-list?format=xlsx")
                        .cookie(session))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".xlsx")));
    }
}
