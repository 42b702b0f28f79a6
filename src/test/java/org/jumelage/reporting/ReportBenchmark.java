package org.jumelage.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jumelage.JumelageApplication;
import org.jumelage.shared.HtmlPdf;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Measures the final report's PDF and XLSX of a networks-of-towns project with 20 events and 5,000
 * participants ({@link NetworkOfTownsProject}), end to end as the download makes them: {@link
 * ReportDocuments#write} reads the report from the other modules' facades, lays it out and writes
 * the file. Not a test; run it with
 *
 * <pre>./mvnw -q -Preport-benchmark test-compile exec:java</pre>
 *
 * <p>It starts the application on an in-memory H2 database (the test settings), builds the project,
 * then per format writes {@code benchmark.warmup} (default 2) reports unmeasured and times up to
 * {@code benchmark.runs} (default 10), stopping early when {@code benchmark.max-seconds} (default
 * 120) have passed for the format. In the same run it times two references on the same machine:
 * HtmlPdf printing a static one-page document (what a PDF costs at the least), and fastexcel
 * writing a plain sheet with as many cells as the report's workbook. It prints median, p95 and
 * maximum, the references' medians and the ratios. The aim is a median under 2 s.
 */
public final class ReportBenchmark {

    private ReportBenchmark() {}

    public static void main(String[] args) throws Exception {
        int warmup = Integer.getInteger("benchmark.warmup", 2);
        int runs = Integer.getInteger("benchmark.runs", 10);
        double maxSeconds = Double.parseDouble(System.getProperty("benchmark.max-seconds", "120"));
        setIfAbsent("server.port", "0");
        setIfAbsent("logging.level.root", "WARN");
        long started = System.nanoTime();
        ConfigurableApplicationContext context = new SpringApplicationBuilder(JumelageApplication.class).run(args);
        try {
            System.out.printf(Locale.ROOT, "Application started in %.1f s%n", (System.nanoTime() - started) / 1e9);
            long building = System.nanoTime();
            NetworkOfTownsProject project = new NetworkOfTownsProject(context);
            System.out.printf(
                    Locale.ROOT,
                    "Project built in %.1f s: %d events, %d participants, each present on the first day%n",
                    (System.nanoTime() - building) / 1e9,
                    project.eventIds.size(),
                    project.participants);
            ReportDocuments documents = context.getBean(ReportDocuments.class);
            ProjectReports reports = context.getBean(ProjectReports.class);
            ProjectParticipation participation = reports.participation(project.coordinator, project.projectId);
            if (participation.events().size() != NetworkOfTownsProject.EVENTS
                    || participation.totals().attended() != project.participants) {
                throw new IllegalStateException("The project is not the one described: " + participation.totals());
            }
            Locale english = Locale.ENGLISH;
            long[] assembly = time(
                    "report (data only)",
                    warmup,
                    runs,
                    maxSeconds,
                    () -> reports.report(project.coordinator, project.projectId, english));
            long[] pdf = time("PDF", warmup, runs, maxSeconds, () -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                documents.write(project.coordinator, project.projectId, ReportFormat.PDF, english, out);
                return out.size();
            });
            ByteArrayOutputStream sample = new ByteArrayOutputStream();
            documents.write(project.coordinator, project.projectId, ReportFormat.XLSX, english, sample);
            int cells = cells(sample.toByteArray());
            long[] xlsx = time("XLSX", warmup, runs, maxSeconds, () -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                documents.write(project.coordinator, project.projectId, ReportFormat.XLSX, english, out);
                return out.size();
            });
            ByteArrayOutputStream pdfSample = new ByteArrayOutputStream();
            documents.write(project.coordinator, project.projectId, ReportFormat.PDF, english, pdfSample);
            long[] staticPdf = time("reference: static one-page PDF", warmup, runs, maxSeconds, () -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                HtmlPdf.write(STATIC_PAGE, "reference", out);
                return out.size();
            });
            long[] plainSheet = time("reference: plain sheet", warmup, runs, maxSeconds, () -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                plainSheet(cells, out);
                return out.size();
            });
            System.out.printf(
                    Locale.ROOT,
                    """

                    Final report benchmark, %s
                    machine    %d cores, Java %s, %s, max heap %d MB
                    project    %d events, %d participants (networks of towns, E4C-2014-NT)
                    files      PDF %d KB, XLSX %d KB with %d cells

                    load average at the end: %s
                    %-34s %10s %10s %10s %6s
                    %s
                    %s
                    %s
                    %s
                    %s

                    PDF median / static page median   %.1f
                    XLSX median / plain sheet median  %.1f
                    aim: median under 2 s             PDF %s, XLSX %s

                    CPU of the measuring thread, medians (elapsed time minus waiting for the shared cores):
                    %s%n""",
                    LocalDate.now(),
                    Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"),
                    ManagementFactory.getOperatingSystemMXBean().getName(),
                    Runtime.getRuntime().maxMemory() / (1024 * 1024),
                    project.eventIds.size(),
                    project.participants,
                    pdfSample.size() / 1024,
                    sample.size() / 1024,
                    cells,
                    loadAverage(),
                    "",
                    "median",
                    "p95",
                    "max",
                    "runs",
                    row("report data (ProjectReports)", assembly),
                    row("PDF (ReportDocuments.write)", pdf),
                    row("XLSX (ReportDocuments.write)", xlsx),
                    row("reference: static page PDF", staticPdf),
                    row("reference: plain sheet XLSX", plainSheet),
                    median(pdf) / median(staticPdf),
                    median(xlsx) / median(plainSheet),
                    median(pdf) < 2000 ? "met" : "missed",
                    median(xlsx) < 2000 ? "met" : "missed",
                    cpuMedians());
        } finally {
            context.close();
        }
    }

    private static final String STATIC_PAGE = """
            <html><head><style>body { font-family: 'DejaVu Sans'; }</style></head>
            <body><h1>Reference</h1><p>A static page of one heading and one paragraph.</p></body></html>
            """;

    interface Work {
        Object run() throws Exception;
    }

    /** Times the work; returns the sorted nanoseconds of the measured runs. */
    private static long[] time(String name, int warmup, int runs, double maxSeconds, Work work) throws Exception {
        for (int i = 0; i < warmup; i++) {
            work.run();
        }
        List<Long> nanos = new ArrayList<>();
        List<Long> cpu = new ArrayList<>();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        while (nanos.size() < runs && (nanos.isEmpty() || (System.nanoTime() - start) / 1e9 < maxSeconds)) {
            long before = System.nanoTime();
            long cpuBefore = threads.getCurrentThreadCpuTime();
            work.run();
            cpu.add(threads.getCurrentThreadCpuTime() - cpuBefore);
            nanos.add(System.nanoTime() - before);
        }
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        long[] cpuSorted = cpu.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(
                Locale.ROOT,
                "%-34s median %8.1f ms, CPU of the thread %8.1f ms (%d runs)%n",
                name,
                median(sorted),
                median(cpuSorted),
                sorted.length);
        CPU_MEDIANS.put(name, median(cpuSorted));
        return sorted;
    }

    /**
     * The median CPU time of the measuring thread per work, by name: what the work itself cost, which
     * a machine shared with other work stretches far less than the elapsed time (the database is in
     * memory and runs on the same thread; garbage collection is not included).
     */
    private static final java.util.Map<String, Double> CPU_MEDIANS = new java.util.LinkedHashMap<>();

    private static String cpuMedians() {
        StringBuilder lines = new StringBuilder();
        CPU_MEDIANS.forEach(
                (name, millis) -> lines.append(String.format(Locale.ROOT, "%-34s %7.0f ms%n", name, millis)));
        return lines.toString();
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg"))
                    .strip();
        } catch (IOException | RuntimeException e) {
            return String.format(
                    Locale.ROOT,
                    "%.1f",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private static String row(String name, long[] sorted) {
        return String.format(
                Locale.ROOT,
                "%-34s %7.0f ms %7.0f ms %7.0f ms %6d",
                name,
                median(sorted),
                percentile(sorted, 95),
                sorted[sorted.length - 1] / 1e6,
                sorted.length);
    }

    static double median(long[] sorted) {
        int n = sorted.length;
        return (n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0) / 1e6;
    }

    static double percentile(long[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(index, 0)] / 1e6;
    }

    /** How many cells the workbook has, over all its sheets. */
    private static int cells(byte[] xlsx) throws IOException {
        try (org.dhatim.fastexcel.reader.ReadableWorkbook workbook =
                new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            int[] count = {0};
            workbook.getSheets().forEach(sheet -> {
                try {
                    sheet.read().forEach(row -> count[0] += row.getCellCount());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            return count[0];
        }
    }

    /** A sheet of {@code cells} cells, eight to a row, half numbers and half short texts. */
    private static void plainSheet(int cells, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Jumelage", "1.0");
        Worksheet sheet = workbook.newWorksheet("Plain");
        for (int i = 0; i < cells; i++) {
            int row = i / 8;
            int column = i % 8;
            if (column % 2 == 0) {
                sheet.value(row, column, i);
            } else {
                sheet.value(row, column, "Text " + i);
            }
        }
        workbook.finish();
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
