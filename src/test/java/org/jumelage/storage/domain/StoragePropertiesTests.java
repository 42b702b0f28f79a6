package org.jumelage.storage.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The storage settings: what the start accepts, and the messages naming the setting when it does not. */
class StoragePropertiesTests {

    static StorageProperties.S3 s3(String bucket, String accessKey, String secretKey, String prefix) {
        return new StorageProperties.S3("", "eu-central-1", bucket, accessKey, secretKey, false, prefix, false);
    }

    @ParameterizedTest
    @CsvSource({"local,local", "S3,s3", " s3 ,s3"})
    void acceptsTheTwoTypes(String given, String type) {
        assertThat(new StorageProperties(given, Path.of("files"), s3("b", "", "", "")).type())
                .isEqualTo(type);
    }

    @Test
    void refusesAnotherTypeNamingTheSetting() {
        assertThatThrownBy(() -> new StorageProperties("minio", Path.of("files"), s3("b", "", "", "")))
                .hasMessage("JUMELAGE_STORAGE_TYPE must be 'local' or 's3', not 'minio'");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"''|''", "jumelage|jumelage/", "/jumelage/|jumelage/", "towns/riga/|towns/riga/"})
    void aPrefixEndsInOneSlash(String given, String prefix) {
        assertThat(s3("b", "", "", given).keyPrefix()).isEqualTo(prefix);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Jumelage", "a//b", "../up", "with space"})
    void refusesAPrefixOutsideTheKeyRule(String prefix) {
        assertThatThrownBy(() -> s3("b", "", "", prefix).keyPrefix())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("JUMELAGE_STORAGE_S3_PREFIX '" + prefix + "'");
    }

    @Test
    void needsABucket() {
        assertThatThrownBy(() -> s3(" ", "", "", "").requiredBucket())
                .hasMessage("JUMELAGE_STORAGE_TYPE=s3 needs JUMELAGE_STORAGE_S3_BUCKET");
        assertThat(s3(" files ", "", "", "").requiredBucket()).isEqualTo("files");
    }

    @Test
    void takesBothKeysOrNeither() {
        assertThat(s3("b", "", "", "").hasKeys()).isFalse();
        assertThat(s3("b", "access", "secret", "").hasKeys()).isTrue();
        assertThatThrownBy(() -> s3("b", "access", "", "").hasKeys()).hasMessageContaining("give both or neither");
    }

    @Test
    void namesTheStoreByItsEndpointOrAsAmazonS3() {
        assertThat(s3("b", "", "", "").describe()).isEqualTo("Amazon S3, eu-central-1");
        assertThat(new StorageProperties.S3(" http://127.0.0.1:9000 ", "us-east-1", "b", "", "", true, "", false)
                        .describe())
                .isEqualTo("http://127.0.0.1:9000");
    }
}
