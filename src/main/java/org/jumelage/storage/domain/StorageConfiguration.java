package org.jumelage.storage.domain;

import java.net.URI;
import org.jumelage.storage.FileStorage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * The file storage {@code jumelage.storage.type} chooses: the local folder ({@code local}, the
 * default) or an S3-compatible object store ({@code s3}), whose bucket is checked at start.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StorageProperties.class)
class StorageConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(StorageConfiguration.class);

    @Bean
    @ConditionalOnProperty(name = "jumelage.storage.type", havingValue = StorageProperties.LOCAL, matchIfMissing = true)
    FileStorage localFileStorage(StorageProperties properties) {
        return new LocalFileStorage(properties.folder());
    }

    @Bean
    @ConditionalOnProperty(name = "jumelage.storage.type", havingValue = StorageProperties.S3)
    FileStorage s3FileStorage(StorageProperties properties) {
        StorageProperties.S3 settings = properties.s3();
        String bucket = settings.requiredBucket();
        String prefix = settings.keyPrefix();
        S3Client client = s3Client(settings);
        S3FileStorage storage = new S3FileStorage(client, bucket, prefix, S3FileStorage.DEFAULT_PART_SIZE);
        try {
            storage.checkBucket(settings.describe(), settings.region(), settings.createBucket());
        } catch (RuntimeException e) {
            client.close();
            throw e;
        }
        LOG.info(
                "Files are kept in the bucket '{}' of {}{}",
                bucket,
                settings.describe(),
                prefix.isEmpty() ? "" : ", under " + prefix);
        return storage;
    }

    /**
     * A client for the store. Checksums are sent and checked only where the S3 API requires them:
     * self-hosted S3-compatible stores do not all understand the newer checksum headers.
     */
    static S3Client s3Client(StorageProperties.S3 settings) {
        S3ClientBuilder builder = S3Client.builder()
                .region(Region.of(settings.region()))
                .forcePathStyle(settings.pathStyleAccess())
                .credentialsProvider(credentials(settings))
                .httpClientBuilder(Apache5HttpClient.builder())
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        String endpoint = settings.endpointOrNull();
        if (endpoint != null) {
            builder.endpointOverride(URI.create(endpoint));
        }
        return builder.build();
    }

    private static AwsCredentialsProvider credentials(StorageProperties.S3 settings) {
        if (settings.hasKeys()) {
            return StaticCredentialsProvider.create(AwsBasicCredentials.create(
                    settings.accessKey().strip(), settings.secretKey().strip()));
        }
        return DefaultCredentialsProvider.builder().build();
    }
}
