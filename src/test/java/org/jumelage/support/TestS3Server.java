package org.jumelage.support;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.eclipse.jetty.util.component.AbstractLifeCycle;
import org.gaul.s3proxy.BlobStores;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.blobstore.Constants;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The tests' S3 server: one S3Proxy (a real S3 API over HTTP, objects kept in memory) on 127.0.0.1
 * at a free port, started once for the whole test run. It checks AWS signatures with
 * {@link #ACCESS_KEY} and {@link #SECRET_KEY}. Tests use their own bucket each, so they never see
 * each other's objects.
 */
public final class TestS3Server {

    public static final String ACCESS_KEY = "jumelage-test";
    public static final String SECRET_KEY = "jumelage-test-secret-key";
    public static final String REGION = "us-east-1";

    /** The bucket and key prefix of the application contexts that {@link Initializer} points at the server. */
    public static final String APPLICATION_BUCKET = "jumelage-application";

    public static final String APPLICATION_PREFIX = "tests/";

    private static S3Proxy server;

    private TestS3Server() {}

    /**
     * Sets an application context's file storage to the server ({@code jumelage.storage.type=s3},
     * path-style addresses, the bucket {@link #APPLICATION_BUCKET} created at start, keys under
     * {@link #APPLICATION_PREFIX}).
     */
    public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            Map<String, Object> settings = new HashMap<>();
            settings.put("jumelage.storage.type", "s3");
            settings.put("jumelage.storage.s3.endpoint", endpoint().toString());
            settings.put("jumelage.storage.s3.region", REGION);
            settings.put("jumelage.storage.s3.bucket", APPLICATION_BUCKET);
            settings.put("jumelage.storage.s3.access-key", ACCESS_KEY);
            settings.put("jumelage.storage.s3.secret-key", SECRET_KEY);
            settings.put("jumelage.storage.s3.path-style-access", "true");
            settings.put("jumelage.storage.s3.prefix", APPLICATION_PREFIX);
            settings.put("jumelage.storage.s3.create-bucket", "true");
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testS3Server", settings));
        }
    }

    /** The server's address ({@code http://127.0.0.1:port}), starting the server on first use. */
    public static synchronized URI endpoint() {
        if (server == null) {
            server = start();
        }
        return URI.create("http://127.0.0.1:" + server.getPort());
    }

    /** A client of the server with its keys, path-style; the caller closes it. */
    public static S3Client client() {
        return S3Client.builder()
                .endpointOverride(endpoint())
                .region(Region.of(REGION))
                .forcePathStyle(true)
                .credentialsProvider(
                        StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .build();
    }

    private static S3Proxy start() {
        Properties properties = new Properties();
        properties.setProperty(Constants.PROPERTY_IDENTITY, ACCESS_KEY);
        properties.setProperty(Constants.PROPERTY_CREDENTIAL, SECRET_KEY);
        BlobStore store = BlobStores.create("transient", properties);
        S3Proxy proxy = S3Proxy.builder()
                .blobStore(store)
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                .build();
        try {
            proxy.start();
            while (!AbstractLifeCycle.STARTED.equals(proxy.getState())) {
                Thread.sleep(10);
            }
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the tests' S3 server", e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(proxy), "test-s3-server-stop"));
        return proxy;
    }

    private static void stop(S3Proxy proxy) {
        try {
            proxy.stop();
        } catch (Exception e) {
            // the JVM is ending
        }
    }
}
