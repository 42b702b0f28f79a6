package org.jumelage.storage.domain;

import java.nio.file.Path;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the files are kept.
 *
 * @param type JUMELAGE_STORAGE_TYPE: {@code local} (a folder, the default) or {@code s3} (an
 *     S3-compatible object store)
 * @param folder JUMELAGE_STORAGE_FOLDER, for {@code local}; by default {@code files} in the data directory
 * @param s3 the object store, for {@code s3}
 */
@ConfigurationProperties("jumelage.storage")
record StorageProperties(
        @DefaultValue("local") String type,
        Path folder,
        @DefaultValue S3 s3) {

    static final String LOCAL = "local";
    static final String S3 = "s3";

    StorageProperties {
        type = type.strip().toLowerCase(Locale.ROOT);
        if (!type.equals(LOCAL) && !type.equals(S3)) {
            throw new IllegalArgumentException("JUMELAGE_STORAGE_TYPE must be 'local' or 's3', not '" + type + "'");
        }
    }

    /**
     * An S3-compatible object store.
     *
     * @param endpoint JUMELAGE_STORAGE_S3_ENDPOINT: the store's address, for example
     *     {@code http://127.0.0.1:9000} for MinIO; empty for Amazon S3 (found from the region)
     * @param region JUMELAGE_STORAGE_S3_REGION, for example {@code eu-central-1}
     * @param bucket JUMELAGE_STORAGE_S3_BUCKET: the bucket holding the files (required)
     * @param accessKey JUMELAGE_STORAGE_S3_ACCESS_KEY; empty: the AWS SDK's default credentials
     *     (AWS_ACCESS_KEY_ID…, profile, instance or container role)
     * @param secretKey JUMELAGE_STORAGE_S3_SECRET_KEY, with the access key
     * @param pathStyleAccess JUMELAGE_STORAGE_S3_PATH_STYLE: {@code true} puts the bucket in the
     *     path ({@code http://host/bucket/key}) instead of the host name, as MinIO and most
     *     self-hosted stores need
     * @param prefix JUMELAGE_STORAGE_S3_PREFIX: put before every key, so that several
     *     installations (or other data) can share one bucket; empty for none
     * @param createBucket JUMELAGE_STORAGE_S3_CREATE_BUCKET: {@code true} creates a missing bucket at
     *     start; otherwise a missing bucket stops the start
     */
    record S3(
            @Nullable String endpoint,
            @DefaultValue("us-east-1") String region,
            @Nullable String bucket,
            @Nullable String accessKey,
            @Nullable String secretKey,
            @DefaultValue("false") boolean pathStyleAccess,
            @DefaultValue("") String prefix,
            @DefaultValue("false") boolean createBucket) {

        /** The bucket's name; the start fails without one. */
        String requiredBucket() {
            if (bucket == null || bucket.isBlank()) {
                throw new IllegalStateException("JUMELAGE_STORAGE_TYPE=s3 needs JUMELAGE_STORAGE_S3_BUCKET");
            }
            return bucket.strip();
        }

        /** Whether keys are given; the start fails when only one of the two is. */
        boolean hasKeys() {
            boolean access = accessKey != null && !accessKey.isBlank();
            boolean secret = secretKey != null && !secretKey.isBlank();
            if (access != secret) {
                throw new IllegalStateException(
                        "JUMELAGE_STORAGE_S3_ACCESS_KEY and JUMELAGE_STORAGE_S3_SECRET_KEY go together: give both or neither");
            }
            return access;
        }

        /** The endpoint, or {@code null} for Amazon S3. */
        @Nullable
        String endpointOrNull() {
            return endpoint == null || endpoint.isBlank() ? null : endpoint.strip();
        }

        /**
         * The prefix as put before keys: empty, or segments of the key rule followed by {@code /}.
         *
         * @throws IllegalStateException when it breaks the key rule
         */
        String keyPrefix() {
            String trimmed = prefix.strip().replaceAll("^/+|/+$", "");
            if (trimmed.isEmpty()) {
                return "";
            }
            try {
                return StorageKeys.check(trimmed) + "/";
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("JUMELAGE_STORAGE_S3_PREFIX '" + prefix
                        + "' may hold only lower-case letters, digits, '.', '_', '-' and '/' between them");
            }
        }

        /** The store, for messages: its endpoint, or Amazon S3 and the region. */
        String describe() {
            String where = endpointOrNull();
            return where == null ? "Amazon S3, " + region : where;
        }
    }
}
