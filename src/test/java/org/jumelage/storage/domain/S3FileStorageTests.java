package org.jumelage.storage.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.UUID;
import org.jumelage.storage.FileStorage;
import org.jumelage.storage.StoredFile;
import org.jumelage.support.TestS3Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The S3 storage against a real S3 API (the tests' S3Proxy on 127.0.0.1), through the client the
 * application builds from its settings: the contract (with parts of 5 MiB, so the large stream goes
 * as a multipart upload), the key prefix, and the check of the bucket at start.
 */
class S3FileStorageTests extends FileStorageContractTests {

    static S3Client s3;

    String bucket;

    @BeforeAll
    static void connect() {
        s3 = StorageConfiguration.s3Client(settings("unused", "", TestS3Server.SECRET_KEY, false));
    }

    @AfterAll
    static void disconnect() {
        s3.close();
    }

    @BeforeEach
    void newBucket() {
        bucket = "contract-" + UUID.randomUUID();
        s3.createBucket(request -> request.bucket(bucket));
    }

    static StorageProperties.S3 settings(String bucket, String prefix, String secret, boolean create) {
        return new StorageProperties.S3(
                TestS3Server.endpoint().toString(),
                TestS3Server.REGION,
                bucket,
                TestS3Server.ACCESS_KEY,
                secret,
                true,
                prefix,
                create);
    }

    @Override
    FileStorage storage() {
        return new S3FileStorage(s3, bucket, "", S3FileStorage.MINIMUM_PART_SIZE);
    }

    @Override
    void assertNothingLeftBehind() {
        assertThat(s3.listObjectsV2(request -> request.bucket(bucket)).contents())
                .isEmpty();
        assertThat(s3.listMultipartUploads(request -> request.bucket(bucket)).uploads())
                .isEmpty();
    }

    @Test
    void keepsTheFilesUnderThePrefixApartFromOthers() throws IOException {
        FileStorage first = new S3FileStorage(s3, bucket, "town-a/", S3FileStorage.MINIMUM_PART_SIZE);
        FileStorage second = new S3FileStorage(s3, bucket, "town-b/", S3FileStorage.MINIMUM_PART_SIZE);

        first.put("event/1/evidence/abc", bytes("scan"), "application/pdf");

        assertThat(s3.listObjectsV2(request -> request.bucket(bucket)).contents())
                .extracting(S3Object::key)
                .containsExactly("town-a/event/1/evidence/abc");
        assertThat(second.find("event/1/evidence/abc")).isEmpty();
        assertThat(second.delete("event/1/evidence/abc")).isFalse();
        assertThat(first.find("event/1/evidence/abc"))
                .contains(new StoredFile("event/1/evidence/abc", "application/pdf", 4));
    }

    @Test
    void aMissingBucketStopsTheStartWithWhatToDo() {
        S3FileStorage storage = new S3FileStorage(s3, "missing-" + bucket, "", S3FileStorage.DEFAULT_PART_SIZE);

        assertThatThrownBy(() -> storage.checkBucket("the store", TestS3Server.REGION, false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(
                        "The file storage's bucket 'missing-" + bucket + "' does not exist in the store: create it, "
                                + "or set JUMELAGE_STORAGE_S3_CREATE_BUCKET=true to have Jumelage create it");
    }

    @Test
    void aMissingBucketIsCreatedWhenAsked() throws IOException {
        String created = "created-" + bucket;
        S3FileStorage storage = new S3FileStorage(s3, created, "", S3FileStorage.DEFAULT_PART_SIZE);

        storage.checkBucket("the store", TestS3Server.REGION, true);
        storage.checkBucket("the store", TestS3Server.REGION, true);

        assertThat(s3.listBuckets().buckets())
                .anySatisfy(b -> assertThat(b.name()).isEqualTo(created));
        storage.put("event/1/evidence/abc", bytes("scan"), "application/pdf");
        assertThat(read(storage, "event/1/evidence/abc")).isEqualTo("scan");
    }

    @Test
    void aWrongSecretStopsTheStartNamingTheKeys() {
        try (S3Client wrong = StorageConfiguration.s3Client(settings(bucket, "", "not-the-secret", false))) {
            S3FileStorage storage = new S3FileStorage(wrong, bucket, "", S3FileStorage.DEFAULT_PART_SIZE);

            assertThatThrownBy(() -> storage.checkBucket("the store", TestS3Server.REGION, false))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("refused access")
                    .hasMessageContaining("JUMELAGE_STORAGE_S3_ACCESS_KEY");
        }
    }

    @Test
    void anUnreachableStoreStopsTheStartAndFailsReadsAsIoErrors() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        StorageProperties.S3 unreachable = new StorageProperties.S3(
                "http://127.0.0.1:" + closedPort,
                TestS3Server.REGION,
                bucket,
                TestS3Server.ACCESS_KEY,
                TestS3Server.SECRET_KEY,
                true,
                "",
                false);
        try (S3Client client = StorageConfiguration.s3Client(unreachable)) {
            S3FileStorage storage = new S3FileStorage(client, bucket, "", S3FileStorage.DEFAULT_PART_SIZE);

            assertThatThrownBy(() -> storage.checkBucket("the store", TestS3Server.REGION, true))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("The file storage's object store (the store) cannot be reached")
                    .hasMessageContaining("JUMELAGE_STORAGE_S3_ENDPOINT");
            assertThatThrownBy(() -> storage.put("event/1/evidence/x", bytes("scan"), "application/pdf"))
                    .isInstanceOf(IOException.class);
            assertThatThrownBy(() -> storage.open("event/1/evidence/x")).isInstanceOf(IOException.class);
        }
    }
}
