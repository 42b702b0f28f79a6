package org.jumelage.network;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.jumelage.JumelageApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;

/**
 * Measures the server-side time of town prefix searches over the whole gazetteer: {@link
 * TownDirectory#search} as a page or the API calls it, transaction included, without HTTP. Not a
 * test; run it with
 *
 * <pre>./mvnw -q -Pbenchmark test-compile exec:java</pre>
 *
 * <p>It starts the application on an in-memory H2 database (the test settings), or on PostgreSQL
 * with {@code -Dspring.datasource.url=jdbc:postgresql://host:5432/db?currentSchema=some_schema
 * -Dspring.datasource.username=...}; the schema is created for the run and dropped after it (kept
 * with {@code -Dbenchmark.keep-schema=true}, for example to look at query plans). The
 * queries are the first 1 to 6 letters of real town names (fixed random seed), half of them
 * limited to the town's country, 20 results each as the API's default. It prints the median, 90th
 * and 99th percentile and the single-thread throughput.
 */
public final class TownSearchBenchmark {

    private static final Pattern SCHEMA = Pattern.compile("[?&]currentSchema=([a-z_][a-z0-9_]*)");

    private TownSearchBenchmark() {}

    record Query(String text, @Nullable String country) {}

    public static void main(String[] args) throws Exception {
        int warmup = Integer.getInteger("benchmark.warmup", 3000);
        int runs = Integer.getInteger("benchmark.runs", 5000);
        String url = System.getProperty("spring.datasource.url", "");
        String schema = createSchema(url);
        long start = System.nanoTime();
        // System properties outrank the settings files; the command line may still override them.
        setIfAbsent("server.port", "0");
        setIfAbsent("logging.level.root", "WARN");
        setIfAbsent("logging.level.org.jumelage.network.domain", "INFO");
        ConfigurableApplicationContext context = new SpringApplicationBuilder(JumelageApplication.class).run(args);
        try {
            System.out.printf(Locale.ROOT, "Application started in %.1f s%n", (System.nanoTime() - start) / 1e9);
            TownDirectory towns = context.getBean(TownDirectory.class);
            List<Query> queries = queries(warmup + runs, new Random(20261121));
            for (Query query : queries.subList(0, warmup)) {
                towns.search(query.text(), query.country(), 20);
            }
            long[] nanos = new long[runs];
            long found = 0;
            long all = System.nanoTime();
            for (int i = 0; i < runs; i++) {
                Query query = queries.get(warmup + i);
                long before = System.nanoTime();
                found += towns.search(query.text(), query.country(), 20).size();
                nanos[i] = System.nanoTime() - before;
            }
            double seconds = (System.nanoTime() - all) / 1e9;
            Arrays.sort(nanos);
            String database;
            try (Connection connection = context.getBean(DataSource.class).getConnection()) {
                database = connection.getMetaData().getDatabaseProductName() + " "
                        + connection.getMetaData().getDatabaseProductVersion();
            }
            System.out.printf(
                    Locale.ROOT,
                    """

                    Town search benchmark, %s
                    database   %s
                    machine    %d cores, Java %s, %s
                    searches   %d measured after %d warm-up (prefixes of 1-6 letters, half in one country, limit 20)
                    found      %.1f towns per search on average
                    median     %.3f ms
                    p90        %.3f ms
                    p99        %.3f ms
                    max        %.3f ms
                    throughput %.0f searches/s (one thread)
                    %n""",
                    LocalDate.now(),
                    database,
                    Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"),
                    ManagementFactory.getOperatingSystemMXBean().getName(),
                    runs,
                    warmup,
                    (double) found / runs,
                    percentile(nanos, 50),
                    percentile(nanos, 90),
                    percentile(nanos, 99),
                    nanos[nanos.length - 1] / 1e6,
                    runs / seconds);
        } finally {
            context.close();
            dropSchema(url, schema);
        }
    }

    /** The first 1 to 6 letters of randomly chosen towns, each second one with the town's country. */
    static List<Query> queries(int count, Random random) throws Exception {
        List<String[]> towns = new ArrayList<>();
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        try (InputStream in =
                        new GZIPInputStream(new ClassPathResource("network/towns-europe.csv.gz").getInputStream());
                CSVParser parser = CSVParser.builder()
                        .setReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                        .setFormat(format)
                        .get()) {
            for (CSVRecord record : parser) {
                towns.add(new String[] {record.get("name"), record.get("country")});
            }
        }
        List<Query> queries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String[] town = towns.get(random.nextInt(towns.size()));
            String name = town[0];
            int length = Math.min(name.length(), 1 + random.nextInt(6));
            queries.add(new Query(name.substring(0, length), i % 2 == 0 ? null : town[1]));
        }
        return queries;
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    static double percentile(long[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(index, 0)] / 1e6;
    }

    private static @Nullable String createSchema(String url) throws SQLException {
        Matcher matcher = SCHEMA.matcher(url);
        if (!url.startsWith("jdbc:postgresql:") || !matcher.find()) {
            return null;
        }
        execute(url, "create schema if not exists " + matcher.group(1));
        return matcher.group(1);
    }

    private static void dropSchema(String url, @Nullable String schema) throws SQLException {
        if (schema != null && !Boolean.getBoolean("benchmark.keep-schema")) {
            execute(url, "drop schema if exists " + schema + " cascade");
        }
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(
                        url,
                        System.getProperty("spring.datasource.username", ""),
                        System.getProperty("spring.datasource.password", ""));
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
