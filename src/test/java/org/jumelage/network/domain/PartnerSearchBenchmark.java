package org.jumelage.network.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jumelage.network.PartnerQuery;
import org.jumelage.network.PastPartnerTowns;
import org.jumelage.network.TownSummary;
import org.jumelage.network.TwinKind;
import org.jumelage.network.TwinLink;
import org.jumelage.network.TwinStatus;
import org.jumelage.network.TwinTown;

/**
 * Measures partner search's two-hop ranking over the whole shipped gazetteer and twin links, in
 * memory as {@link DefaultPartnerSearch} runs it ({@link PartnerIndex}, {@link PartnerRanking}),
 * without the database reads a search adds (one query for the towns with organisations; the
 * projects when a project or measure is given). Not a test; run it with
 *
 * <pre>./mvnw -q -Ppartner-search-benchmark test-compile exec:java</pre>
 *
 * <p>The starting towns are towns with at least one twin, drawn with a fixed seed. For the same
 * towns in the same run it times a reference: the plain two-hop breadth-first walk over the same
 * adjacency arrays (the distinct towns two links away, no reasons, distances, filters or ranking),
 * and prints the ratio. {@code -Dbenchmark.runs=} and {@code -Dbenchmark.warmup=} change the numbers
 * of searches.
 */
public final class PartnerSearchBenchmark {

    private PartnerSearchBenchmark() {}

    public static void main(String[] args) throws IOException {
        int warmup = Integer.getInteger("benchmark.warmup", 1000);
        int runs = Integer.getInteger("benchmark.runs", 3000);
        long loadStart = System.nanoTime();
        List<TownSummary> towns = towns();
        List<TwinLink> links = links();
        long loaded = System.nanoTime();
        PartnerIndex index = PartnerIndex.build(towns, links);
        long built = System.nanoTime();
        System.out.printf(
                Locale.ROOT,
                "Read %,d towns and %,d links in %.0f ms; index of %,d links between gazetteer towns built in %.0f ms%n",
                towns.size(),
                links.size(),
                (loaded - loadStart) / 1e6,
                index.links(),
                (built - loaded) / 1e6);

        List<Integer> linked = new ArrayList<>();
        for (int i = 0; i < index.size(); i++) {
            if (index.twins(i).length > 0) {
                linked.add(i);
            }
        }
        Random random = new Random(42);
        int[] starts = new int[warmup + runs];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = linked.get(random.nextInt(linked.size()));
        }
        measure("towns with a twin, drawn at random", index, starts, warmup, runs);
        // The hardest starts: the 100 towns with the most twins, round and round.
        List<Integer> hubs = new ArrayList<>(linked);
        hubs.sort((a, b) -> Integer.compare(index.twins(b).length, index.twins(a).length));
        for (int i = 0; i < starts.length; i++) {
            starts[i] = hubs.get(i % Math.min(100, hubs.size()));
        }
        measure("the 100 towns with the most twins", index, starts, warmup, runs);
    }

    private static void measure(String label, PartnerIndex index, int[] starts, int warmup, int runs) {
        long[] ranked = new long[runs];
        long[] reference = new long[runs];
        long candidates = 0;
        long sink = 0;
        for (int i = 0; i < starts.length; i++) {
            int start = starts[i];
            long t0 = System.nanoTime();
            int found = PartnerRanking.rank(
                            index,
                            new PartnerRanking.Start(new int[] {start}, start),
                            PastPartnerTowns.NONE,
                            towns -> Map.of(),
                            new PartnerRanking.Filters(
                                    PartnerQuery.fromTown(index.town(start).id())
                                            .withHops(2),
                                    null,
                                    null))
                    .size();
            long t1 = System.nanoTime();
            sink += twoHops(index, start);
            long t2 = System.nanoTime();
            if (i >= warmup) {
                ranked[i - warmup] = t1 - t0;
                reference[i - warmup] = t2 - t1;
                candidates += found;
            }
        }
        Arrays.sort(ranked);
        Arrays.sort(reference);
        System.out.printf(
                Locale.ROOT,
                "Two-hop partner search from %s: %,d searches (after %,d warm-up), %.1f candidates on average%n",
                label,
                runs,
                warmup,
                candidates / (double) runs);
        print("ranked search (PartnerRanking)", ranked);
        print("reference: plain two-hop walk", reference);
        System.out.printf(
                Locale.ROOT,
                "  ratio of medians: %.1f (ranked / reference)%n",
                percentile(ranked, 50) / Math.max(1e-9, percentile(reference, 50)));
        if (sink == 42) {
            System.out.println();
        }
    }

    /** The distinct towns two links away, as a plain walk with a hash set finds them. */
    static int twoHops(PartnerIndex index, int start) {
        Set<Integer> seen = new HashSet<>();
        for (int twin : index.twins(start)) {
            for (int second : index.twins(twin)) {
                seen.add(second);
            }
        }
        return seen.size();
    }

    private static void print(String label, long[] sorted) {
        System.out.printf(
                Locale.ROOT,
                "  %-32s median %.4f ms, p95 %.4f ms, p99 %.4f ms, max %.3f ms%n",
                label,
                percentile(sorted, 50),
                percentile(sorted, 95),
                percentile(sorted, 99),
                sorted[sorted.length - 1] / 1e6);
    }

    private static double percentile(long[] sorted, int percent) {
        int index = Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }

    private static List<TownSummary> towns() throws IOException {
        List<TownSummary> towns = new ArrayList<>();
        for (CSVRecord row : read("network/towns-europe.csv.gz")) {
            towns.add(new TownSummary(
                    Long.parseLong(row.get("geonames_id")),
                    row.get("name"),
                    row.get("country"),
                    Double.parseDouble(row.get("lat")),
                    Double.parseDouble(row.get("lon")),
                    row.get("population").isEmpty() ? 0 : Long.parseLong(row.get("population")),
                    row.get("admin1")));
        }
        return towns;
    }

    private static List<TwinLink> links() throws IOException {
        List<TwinLink> links = new ArrayList<>();
        long id = 0;
        for (CSVRecord row : read("network/twinnings.csv.gz")) {
            links.add(new TwinLink(
                    ++id,
                    side(row.get("geonames_a"), row.get("town_a"), row.get("country_a")),
                    side(row.get("geonames_b"), row.get("town_b"), row.get("country_b")),
                    TwinKind.FORMAL,
                    TwinStatus.ACTIVE,
                    null,
                    null,
                    null,
                    "Wikipedia",
                    row.get("source"),
                    0));
        }
        return Collections.unmodifiableList(links);
    }

    private static TwinTown side(String id, String name, String country) {
        return new TwinTown(id.isEmpty() ? null : Long.valueOf(id), name, country);
    }

    private static List<CSVRecord> read(String resource) throws IOException {
        InputStream in = PartnerSearchBenchmark.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("Not on the class path: " + resource);
        }
        try (CSVParser parser = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
            return parser.getRecords();
        }
    }
}
