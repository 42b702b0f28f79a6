package org.jumelage.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jumelage.account.AccountManagement;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.participation.ListFixture;
import org.jumelage.support.OptionalSettingsServerTest;
import org.jumelage.support.TestS3Server;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

/**
 * The application started with {@code JUMELAGE_STORAGE_TYPE=s3} against the tests' S3 server: a
 * scan of a signed list (2.5 MB, the size of a real one) uploaded through the API is an object in
 * the bucket, not a file in the folder, and comes back whole from the download and from the
 * evidence pack.
 */
@OptionalSettingsServerTest
class S3StorageIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganisationManagement organisations;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcClient jdbc;

    @Value("${jumelage.storage.folder}")
    Path folder;

    static byte[] scan() {
        byte[] scan = new byte[2_500_000];
        byte[] head = "%PDF-1.7\n1 0 obj <<>> endobj\n".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < scan.length; i++) {
            scan[i] = (byte) (i * 7 % 253);
        }
        System.arraycopy(head, 0, scan, 0, head.length);
        return scan;
    }

    @Test
    void anEvidenceScanIsKeptInTheBucketAndDownloadsWhole() throws Exception {
        ListFixture fixture = new ListFixture(mvc, organisations, accounts, jdbc, "\"measure\":\"CERV-TT\"");
        byte[] scan = scan();

        String answer = mvc.perform(multipart("/api/v1/events/" + fixture.eventId + "/evidence")
                        .file(new MockMultipartFile("file", "signed-list.pdf", "application/pdf", scan))
                        .param("delegation", String.valueOf(fixture.kaunasDelegation))
                        .param("day", "2018-11-08")
                        .header("Authorization", fixture.coordinator))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = ((Number) JsonPath.read(answer, "$.id")).longValue();
        String key = jdbc.sql("select storage_key from event_evidence where id = :id")
                .param("id", id)
                .query(String.class)
                .single();

        try (S3Client s3 = TestS3Server.client()) {
            ResponseBytes<GetObjectResponse> object = s3.getObjectAsBytes(request ->
                    request.bucket(TestS3Server.APPLICATION_BUCKET).key(TestS3Server.APPLICATION_PREFIX + key));
            assertThat(object.response().contentType()).isEqualTo("application/pdf");
            assertThat(object.asByteArray()).isEqualTo(scan);
        }
        assertThat(folder.resolve(key)).doesNotExist();

        mvc.perform(get("/api/v1/events/" + fixture.eventId + "/evidence/" + id)
                        .header("Authorization", fixture.coordinator))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(content().bytes(scan));

        MvcResult started = mvc.perform(get("/api/v1/events/" + fixture.eventId + "/evidence-pack")
                        .header("Authorization", fixture.coordinator)
                        .header("Accept-Language", "en"))
                .andExpect(request().asyncStarted())
                .andReturn();
        started.getAsyncResult(120_000);
        byte[] zip = mvc.perform(asyncDispatch(started))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(signedListIn(zip)).isEqualTo(scan);
    }

    /** The one signed list in an evidence pack. */
    static byte[] signedListIn(byte[] zip) throws Exception {
        byte[] found = null;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (entry.getName().contains("/signed-lists/")) {
                    assertThat(found).as("one signed list").isNull();
                    found = in.readAllBytes();
                }
            }
        }
        assertThat(found).as("a signed list in the pack").isNotNull();
        return Arrays.copyOf(found, found.length);
    }
}
