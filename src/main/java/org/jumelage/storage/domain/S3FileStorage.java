package org.jumelage.storage.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jumelage.storage.FileStorage;
import org.jumelage.storage.StoredFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Keeps files as objects in a bucket of an S3-compatible object store (Amazon S3, MinIO, Ceph,
 * S3Proxy…), each under an optional prefix followed by its key, with its content type as the
 * object's {@code Content-Type}.
 *
 * <p>A stream is stored without knowing its length beforehand and without holding more than one
 * part in memory: up to {@link #DEFAULT_PART_SIZE} bytes go in one request; a longer stream is sent
 * as a multipart upload of parts of that size. The object appears only when the single request or
 * the completion of the multipart upload succeeds, so a stream that fails while it is read leaves
 * nothing under the key (a file already there stays), and an unfinished multipart upload is
 * aborted. Reading streams the object from the store; nothing is loaded whole.
 *
 * <p>Errors of the store (unreachable, refused) reach callers as {@link IOException}s, as a local
 * disk's would ({@link UncheckedIOException} from {@link #find}).
 */
final class S3FileStorage implements FileStorage, AutoCloseable {

    /** The size of a part of a multipart upload (S3's smallest part is 5 MiB, except the last). */
    static final int DEFAULT_PART_SIZE = 8 * 1024 * 1024;

    static final int MINIMUM_PART_SIZE = 5 * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(S3FileStorage.class);
    private static final String DEFAULT_TYPE = "application/octet-stream";

    private final S3Client s3;
    private final String bucket;
    private final String prefix;
    private final int partSize;

    /**
     * @param prefix put before every key, for example {@code jumelage/}; empty for none
     * @param partSize bytes per request and per part of a multipart upload, at least {@link #MINIMUM_PART_SIZE}
     */
    S3FileStorage(S3Client s3, String bucket, String prefix, int partSize) {
        if (partSize < MINIMUM_PART_SIZE) {
            throw new IllegalArgumentException("A part must have at least " + MINIMUM_PART_SIZE + " bytes");
        }
        this.s3 = s3;
        this.bucket = bucket;
        this.prefix = prefix;
        this.partSize = partSize;
    }

    @Override
    public StoredFile put(String key, InputStream content, String contentType) throws IOException {
        String object = object(key);
        // A failure of the caller's stream while reading the first part happens before any request.
        byte[] first = content.readNBytes(partSize);
        try {
            if (first.length < partSize) {
                s3.putObject(
                        request -> request.bucket(bucket)
                                .key(object)
                                .contentType(contentType)
                                .contentLength((long) first.length),
                        RequestBody.fromBytes(first));
                return new StoredFile(key, contentType, first.length);
            }
            return new StoredFile(key, contentType, multipart(object, first, content, contentType));
        } catch (SdkException e) {
            throw new IOException("Could not store " + object + " in bucket " + bucket, e);
        }
    }

    /** Sends the stream as a multipart upload, starting with its first part; aborts it on any failure. */
    private long multipart(String object, byte[] first, InputStream rest, String contentType) throws IOException {
        String upload = s3.createMultipartUpload(
                        request -> request.bucket(bucket).key(object).contentType(contentType))
                .uploadId();
        try {
            List<CompletedPart> parts = new ArrayList<>();
            long size = 0;
            byte[] part = first;
            while (part.length > 0) {
                int number = parts.size() + 1;
                byte[] body = part;
                String etag = s3.uploadPart(
                                request -> request.bucket(bucket)
                                        .key(object)
                                        .uploadId(upload)
                                        .partNumber(number)
                                        .contentLength((long) body.length),
                                RequestBody.fromBytes(body))
                        .eTag();
                parts.add(CompletedPart.builder().partNumber(number).eTag(etag).build());
                size += part.length;
                part = rest.readNBytes(partSize);
            }
            s3.completeMultipartUpload(request -> request.bucket(bucket)
                    .key(object)
                    .uploadId(upload)
                    .multipartUpload(completed -> completed.parts(parts)));
            return size;
        } catch (IOException | RuntimeException e) {
            abort(object, upload, e);
            throw e;
        }
    }

    private void abort(String object, String upload, Exception cause) {
        try {
            s3.abortMultipartUpload(
                    request -> request.bucket(bucket).key(object).uploadId(upload));
        } catch (SdkException e) {
            // The store deletes the parts of an abandoned upload by its own lifecycle rule, if it has one.
            cause.addSuppressed(e);
            LOG.warn("Could not abort multipart upload {} of {} in bucket {}", upload, object, bucket, e);
        }
    }

    @Override
    public Optional<StoredFile> find(String key) {
        try {
            return head(object(key))
                    .map(head -> new StoredFile(
                            key, head.contentType() == null ? DEFAULT_TYPE : head.contentType(), head.contentLength()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Optional<InputStream> open(String key) throws IOException {
        String object = object(key);
        try {
            return Optional.of(s3.getObject(request -> request.bucket(bucket).key(object)));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (SdkException e) {
            throw new IOException("Could not read " + object + " from bucket " + bucket, e);
        }
    }

    @Override
    public boolean delete(String key) throws IOException {
        String object = object(key);
        // S3 answers a delete the same whether the object was there or not, so ask first.
        if (head(object).isEmpty()) {
            return false;
        }
        try {
            s3.deleteObject(request -> request.bucket(bucket).key(object));
            return true;
        } catch (SdkException e) {
            throw new IOException("Could not delete " + object + " from bucket " + bucket, e);
        }
    }

    private Optional<HeadObjectResponse> head(String object) throws IOException {
        try {
            return Optional.of(s3.headObject(request -> request.bucket(bucket).key(object)));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw new IOException("Could not read " + object + " from bucket " + bucket, e);
        } catch (SdkException e) {
            throw new IOException("Could not reach the object store for " + object, e);
        }
    }

    /**
     * Checks that the bucket exists and answers, so that a wrong setting stops the start instead of
     * the first upload; creates a missing bucket when {@code create}.
     *
     * @param store how to name the object store in a message, for example its endpoint
     * @param region where to create the bucket (Amazon S3 wants it named outside {@code us-east-1})
     * @throws IllegalStateException saying what is wrong and which setting to look at
     */
    void checkBucket(String store, String region, boolean create) {
        try {
            s3.headBucket(request -> request.bucket(bucket));
            return;
        } catch (NoSuchBucketException e) {
            // created below, or refused
        } catch (S3Exception e) {
            if (e.statusCode() == 403) {
                throw new IllegalStateException(
                        "The file storage's object store (" + store + ") refused access to the bucket '" + bucket
                                + "' (HTTP 403): check JUMELAGE_STORAGE_S3_ACCESS_KEY and JUMELAGE_STORAGE_S3_SECRET_KEY",
                        e);
            }
            if (e.statusCode() != 404) {
                throw new IllegalStateException(
                        "The file storage's object store (" + store + ") answered HTTP " + e.statusCode()
                                + " for the bucket '" + bucket + "'",
                        e);
            }
        } catch (SdkException e) {
            throw new IllegalStateException(
                    "The file storage's object store (" + store + ") cannot be reached (" + e.getMessage()
                            + "): check JUMELAGE_STORAGE_S3_ENDPOINT and JUMELAGE_STORAGE_S3_REGION",
                    e);
        }
        if (!create) {
            throw new IllegalStateException("The file storage's bucket '" + bucket + "' does not exist in " + store
                    + ": create it, or set JUMELAGE_STORAGE_S3_CREATE_BUCKET=true to have Jumelage create it");
        }
        try {
            s3.createBucket(request -> {
                request.bucket(bucket);
                if (!"us-east-1".equals(region)) {
                    request.createBucketConfiguration(configuration -> configuration.locationConstraint(region));
                }
            });
            LOG.info("Created the file storage's bucket '{}' in {}", bucket, store);
        } catch (BucketAlreadyOwnedByYouException e) {
            // another instance, starting at the same time, created it
        } catch (SdkException e) {
            throw new IllegalStateException(
                    "Could not create the file storage's bucket '" + bucket + "' in " + store + ": " + e.getMessage(),
                    e);
        }
    }

    /** Closes the client (its connections), when the application stops. */
    @Override
    public void close() {
        s3.close();
    }

    private String object(String key) {
        return prefix + StorageKeys.check(key);
    }
}
