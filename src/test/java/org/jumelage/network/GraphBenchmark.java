package org.jumelage.network;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jumelage.JumelageApplication;
import org.jumelage.account.Role;
import org.jumelage.account.SignedInUser;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cooperation graph benchmark (not a test): {@code ./mvnw -q -Pgraph-benchmark test-compile
 * exec:java}. Starts the application on an in-memory H2 database (the gazetteer and the shipped
 * twin links load at start), then builds the whole instance's graph JSON ({@link
 * CooperationGraph#graph} for the whole instance, written by the application's Jackson mapper) many
 * times and prints median, p95 and p99. Two references run in the same JVM: reading every twin link
 * from the database ({@link Twinnings#all()}, what a rebuild after a change costs at the least), and
 * Jackson writing as many plain records as the graph has nodes and edges. It also prints the
 * whole instance's figures over all years, to set beside the 2017 Wikidata network. The aim is a
 * median under 1 s. {@code -Dbenchmark.runs=} and {@code -Dbenchmark.warmup=} change the runs.
 */
public final class GraphBenchmark {

    private GraphBenchmark() {}

    /** A plain record of about the size of a graph node or edge. */
    record Plain(String id, String source, String target, String kind, Integer since, Long number) {}

    public static void main(String[] args) throws Exception {
        int warmup = Integer.getInteger("benchmark.warmup", 10);
        int runs = Integer.getInteger("benchmark.runs", 50);
        setIfAbsent("server.port", "0");
        setIfAbsent("logging.level.root", "WARN");
        setIfAbsent(
                "spring.datasource.url",
                "jdbc:h2:mem:graph-benchmark;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
                        + "DB_CLOSE_DELAY=-1");
        setIfAbsent("jumelage.data-dir", "target/graph-benchmark");
        long started = System.nanoTime();
        ConfigurableApplicationContext context = new SpringApplicationBuilder(JumelageApplication.class).run(args);
        try {
            System.out.printf(Locale.ROOT, "Application started in %.1f s%n", (System.nanoTime() - started) / 1e9);
            CooperationGraph graph = context.getBean(CooperationGraph.class);
            Twinnings twinnings = context.getBean(Twinnings.class);
            JsonMapper json = context.getBean(JsonMapper.class);
            ApplicationEventPublisher events = context;
            SignedInUser viewer =
                    new SignedInUser(0, "benchmark@jumelage.test", "Benchmark", "en", Set.of(Role.ADMIN), null);

            // Cold: the first answer after a change reads the twin links again.
            events.publishEvent(new TwinLinksChanged(0));
            long cold = System.nanoTime();
            byte[] first = json.writeValueAsBytes(graph.graph(viewer, GraphQuery.wholeInstance()));
            double coldMs = (System.nanoTime() - cold) / 1e6;
            GraphView view = graph.graph(viewer, GraphQuery.wholeInstance());

            long[] graphNanos = measure(
                    warmup, runs, () -> json.writeValueAsBytes(graph.graph(viewer, GraphQuery.wholeInstance())));
            long[] readNanos = measure(warmup, runs, twinnings::all);
            List<Plain> plain = new ArrayList<>();
            for (int i = 0; i < view.nodes().size() + view.edges().size(); i++) {
                plain.add(new Plain("g:" + (1_000_000 + i), "g:" + i, "g:" + (i + 1), "twin", null, (long) i));
            }
            long[] plainNanos = measure(warmup, runs, () -> json.writeValueAsBytes(plain));
            GraphFigures figures = view.figures();
            System.out.printf(
                    Locale.ROOT,
                    """

                    Cooperation graph benchmark, %s
                    machine      %d cores, Java %s, %s, heap max %d MB
                    graph        %d nodes, %d edges, %.1f MB of JSON
                    runs         %d measured after %d warm-up
                    whole instance graph JSON: median %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms
                    first answer after a change (reads the links again): %.1f ms
                    reference 1, Twinnings.all() (read %d links from the database): median %.1f ms -> ratio %.2f
                    reference 2, Jackson writing %d plain records: median %.1f ms -> ratio %.2f

                    Figures, whole instance, all years (reference: Wikidata 2017, 14,274 towns, 20,573 links,
                    average degree 2.88, largest component 10,320)
                    towns %d, links %d, average degree %.2f, components %d, largest component %d,
                    twin links %d, pairs of project partners %d
                    towns with most links: %s
                    %n""",
                    LocalDate.now(),
                    Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"),
                    ManagementFactory.getOperatingSystemMXBean().getName(),
                    Runtime.getRuntime().maxMemory() / (1024 * 1024),
                    view.nodes().size(),
                    view.edges().size(),
                    first.length / 1e6,
                    runs,
                    warmup,
                    median(graphNanos),
                    percentile(graphNanos, 95),
                    percentile(graphNanos, 99),
                    graphNanos[graphNanos.length - 1] / 1e6,
                    coldMs,
                    view.figures().twinLinks(),
                    median(readNanos),
                    median(graphNanos) / median(readNanos),
                    plain.size(),
                    median(plainNanos),
                    median(graphNanos) / median(plainNanos),
                    figures.towns(),
                    figures.links(),
                    figures.averageDegree(),
                    figures.components(),
                    figures.largestComponent(),
                    figures.twinLinks(),
                    figures.projectLinks(),
                    figures.topTowns().stream()
                            .map(t -> t.label() + " (" + t.country() + ") " + t.links())
                            .toList());
        } finally {
            context.close();
        }
    }

    interface Run {
        Object run() throws Exception;
    }

    private static long[] measure(int warmup, int runs, Run run) throws Exception {
        for (int i = 0; i < warmup; i++) {
            run.run();
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long before = System.nanoTime();
            run.run();
            nanos[i] = System.nanoTime() - before;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    static double median(long[] sorted) {
        int n = sorted.length;
        return (n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0) / 1e6;
    }

    static double percentile(long[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(index, 0)] / 1e6;
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
