package org.jumelage.reporting;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jumelage.JumelageApplication;
import org.jumelage.account.AccountManagement;
import org.jumelage.account.SignedInUser;
import org.jumelage.event.EventDraft;
import org.jumelage.event.EventManagement;
import org.jumelage.event.EventType;
import org.jumelage.event.HostPlaceInput;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.network.OrganisationSummary;
import org.jumelage.participation.EventEvidence;
import org.jumelage.participation.EvidenceUpload;
import org.jumelage.project.PartnerRole;
import org.jumelage.project.ProjectManagement;
import org.jumelage.shared.LocalizedText;
import org.jumelage.support.ParticipantRows;
import org.jumelage.support.ProjectDrafts;
import org.jumelage.support.RegistryFixtures;
import org.jumelage.support.TestUsers;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Measures the evidence pack of a networks-of-towns project downloaded over HTTP, as a client does:
 * 20 events with two delegations each, participants spread over them, and 50, then 100, scans of 2
 * MB each. Not a test; run it with
 *
 * <pre>./mvnw -q -Pevidence-pack-benchmark test-compile exec:exec</pre>
 *
 * <p>It starts the application on an in-memory H2 database (the test settings) in a JVM with a
 * small heap ({@code -Xmx384m} by default, smaller than the 200 MB pack is not needed but shows it
 * is streamed), downloads each pack {@code benchmark.runs} times after one warm-up, and prints the
 * median and 95th percentile time per pack, the throughput in MB/s next to a reference measured in
 * the same run on the same files (a ZipOutputStream of the scans straight from the storage folder,
 * and a plain read of them), and the heap: used after a full collection before the download and the
 * peak of the heap pools during it, for the 50-scan and the 100-scan pack.
 */
public final class EvidencePackBenchmark {

    private static final int MB = 1024 * 1024;

    private EvidencePackBenchmark() {}

    record Result(int scans, long bytes, long[] nanos, long usedBefore, long peakDuring) {}

    public static void main(String[] args) throws Exception {
        int runs = Integer.getInteger("benchmark.runs", 5);
        int eventCount = Integer.getInteger("benchmark.events", 20);
        int participants = Integer.getInteger("benchmark.participants", 1000);
        int scanMegabytes = Integer.getInteger("benchmark.scan-mb", 2);
        Path storage = Files.createTempDirectory("jumelage-pack-benchmark");
        setIfAbsent("server.port", "0");
        setIfAbsent("logging.level.root", "WARN");
        setIfAbsent("jumelage.evidence.max-size", "20MB");
        setIfAbsent("jumelage.storage.folder", storage.toString());
        long start = System.nanoTime();
        ConfigurableApplicationContext context = new SpringApplicationBuilder(JumelageApplication.class).run(args);
        try {
            System.out.printf(Locale.ROOT, "Application started in %.1f s%n", (System.nanoTime() - start) / 1e9);
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            AccountManagement accounts = context.getBean(AccountManagement.class);
            SignedInUser admin = accounts.signedInUser(accounts.findUserByEmail(TestUsers.ADMIN_EMAIL)
                            .orElseThrow()
                            .id())
                    .orElseThrow();
            Scene scene = scene(context, admin, eventCount, participants);
            System.out.printf(
                    Locale.ROOT, "Project %d: %d events, %d participants%n", scene.projectId, eventCount, participants);
            EventEvidence evidence = context.getBean(EventEvidence.class);
            Random random = new Random(20261208);
            List<Result> results = new ArrayList<>();
            int uploaded = 0;
            for (int target : new int[] {50, 100}) {
                for (; uploaded < target; uploaded++) {
                    byte[] scan = scan(random, scanMegabytes * MB);
                    long eventId = scene.eventIds.get(uploaded % scene.eventIds.size());
                    evidence.upload(
                            admin,
                            eventId,
                            new EvidenceUpload(
                                    null,
                                    null,
                                    "scan-" + uploaded + ".pdf",
                                    scan.length,
                                    new ByteArrayInputStream(scan)));
                }
                results.add(measure(port, scene.projectId, runs, target));
            }
            Reference reference = reference(storage, runs);
            print(results, reference, eventCount, participants, scanMegabytes, runs);
        } finally {
            context.close();
            try (Stream<Path> files = Files.walk(storage)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            }
        }
    }

    record Scene(long projectId, List<Long> eventIds) {}

    static Scene scene(ConfigurableApplicationContext context, SignedInUser admin, int eventCount, int participants) {
        RegistryFixtures registry = new RegistryFixtures(
                context.getBean(OrganisationManagement.class), context.getBean(AccountManagement.class));
        OrganisationSummary lead = registry.municipality(RegistryFixtures.DAUGAVPILS, "LV", "Daugavpils");
        OrganisationSummary kaunas = registry.municipality(RegistryFixtures.KAUNAS, "LT", "Kaunas");
        OrganisationSummary poznan = registry.municipality(RegistryFixtures.POZNAN, "PL", "Poznań");
        ProjectManagement projects = context.getBean(ProjectManagement.class);
        EventManagement events = context.getBean(EventManagement.class);
        ParticipantRows rows = new ParticipantRows(context.getBean(JdbcClient.class));
        long projectId = projects.create(
                        admin,
                        ProjectDrafts.townTwinning(
                                "NETWORK",
                                LocalizedText.of("Pilsētu tīkls", "Network of towns"),
                                LocalDate.of(2018, 1, 1),
                                LocalDate.of(2019, 12, 31),
                                lead.id()))
                .id();
        projects.addPartner(admin, projectId, kaunas.id(), null, PartnerRole.PARTNER);
        projects.addPartner(admin, projectId, poznan.id(), null, PartnerRole.PARTNER);
        Map<Long, Long> partnerIds = new java.util.HashMap<>();
        projects.partners(admin, projectId).forEach(partner -> {
            if (partner.organisationId() != null) {
                partnerIds.put(partner.organisationId(), partner.id());
            }
        });
        List<Long> eventIds = new ArrayList<>();
        for (int i = 0; i < eventCount; i++) {
            LocalDate day = LocalDate.of(2018, 2, 1).plusWeeks(3L * i);
            long eventId = events.create(
                            admin,
                            projectId,
                            new EventDraft(
                                    LocalizedText.of("Sanāksme " + (i + 1), "Meeting " + (i + 1)),
                                    EventType.PARTNER_MEETING,
                                    List.of(new HostPlaceInput(RegistryFixtures.DAUGAVPILS, null, null)),
                                    null,
                                    day,
                                    day.plusDays(1),
                                    "Europe/Riga",
                                    LocalizedText.of(
                                            "1. diena: atklāšana\n2. diena: darbnīcas",
                                            "Day 1: opening\nDay 2: workshops"),
                                    Map.of()))
                    .id();
            eventIds.add(eventId);
            long lt = rows.delegation(eventId, partnerIds.get(kaunas.id()), kaunas.id(), "LT");
            long pl = rows.delegation(eventId, partnerIds.get(poznan.id()), poznan.id(), "PL");
            int perEvent = participants / eventCount;
            for (int p = 0; p < perEvent; p++) {
                boolean lithuanian = p % 2 == 0;
                rows.registration(eventId, lithuanian ? lt : pl, "Name" + p, "Surname" + p, lithuanian ? "LT" : "PL");
            }
        }
        return new Scene(projectId, eventIds);
    }

    /** A scan-like file: the PDF signature, then incompressible bytes (as a scanned image is). */
    static byte[] scan(Random random, int size) {
        byte[] bytes = new byte[size];
        random.nextBytes(bytes);
        byte[] head = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, bytes, 0, head.length);
        return bytes;
    }

    static Result measure(int port, long projectId, int runs, int scans) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/projects/" + projectId + "/evidence-pack"))
                .header("Authorization", "Bearer " + TestUsers.ADMIN_API_TOKEN)
                .header("Accept-Language", "en")
                .build();
        download(client, request); // warm-up
        long[] nanos = new long[runs];
        long bytes = 0;
        System.gc();
        long usedBefore = usedHeap();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        for (int i = 0; i < runs; i++) {
            long before = System.nanoTime();
            bytes = download(client, request);
            nanos[i] = System.nanoTime() - before;
        }
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
        Arrays.sort(nanos);
        return new Result(scans, bytes, nanos, usedBefore, peak);
    }

    /** Reads the whole answer into a counting sink; returns its length. */
    static long download(HttpClient client, HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("The pack answered " + response.statusCode());
        }
        try (InputStream in = response.body()) {
            return in.transferTo(OutputStream.nullOutputStream());
        }
    }

    record Reference(long bytes, long[] zipNanos, long[] copyNanos) {}

    /** The same scans zipped straight from the storage folder (stored, as the pack does), and read plainly. */
    static Reference reference(Path storage, int runs) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(storage)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        long bytes = 0;
        for (Path file : files) {
            bytes += Files.size(file);
        }
        long[] zip = new long[runs];
        long[] copy = new long[runs];
        byte[] buffer = new byte[64 * 1024];
        for (int i = 0; i <= runs; i++) {
            long before = System.nanoTime();
            AtomicLong written = new AtomicLong();
            try (ZipOutputStream out = new ZipOutputStream(OutputStream.nullOutputStream())) {
                out.setLevel(Deflater.NO_COMPRESSION);
                for (Path file : files) {
                    out.putNextEntry(new ZipEntry(storage.relativize(file).toString()));
                    try (InputStream in = Files.newInputStream(file)) {
                        int read;
                        while ((read = in.read(buffer)) != -1) {
                            out.write(buffer, 0, read);
                            written.addAndGet(read);
                        }
                    }
                    out.closeEntry();
                }
            }
            long zipped = System.nanoTime() - before;
            before = System.nanoTime();
            for (Path file : files) {
                try (InputStream in = Files.newInputStream(file)) {
                    in.transferTo(OutputStream.nullOutputStream());
                }
            }
            long copied = System.nanoTime() - before;
            if (i > 0) { // the first round warms up
                zip[i - 1] = zipped;
                copy[i - 1] = copied;
            }
        }
        Arrays.sort(zip);
        Arrays.sort(copy);
        return new Reference(bytes, zip, copy);
    }

    static void print(
            List<Result> results, Reference reference, int events, int participants, int scanMegabytes, int runs) {
        System.out.printf(
                Locale.ROOT,
                "%nEvidence pack benchmark, %s%nmachine    %d cores, Java %s, max heap %d MB%n"
                        + "project    %d events, %d participants, scans of %d MB; %d downloads per pack after 1 warm-up%n",
                LocalDate.now(),
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() / MB,
                events,
                participants,
                scanMegabytes,
                runs);
        double referenceZip = reference.bytes() / (median(reference.zipNanos()) / 1e9) / MB;
        double referenceCopy = reference.bytes() / (median(reference.copyNanos()) / 1e9) / MB;
        for (Result result : results) {
            double throughput = result.bytes() / (median(result.nanos()) / 1e9) / MB;
            System.out.printf(
                    Locale.ROOT,
                    "%3d scans  pack %.1f MB  median %.2f s  p95 %.2f s  %.1f MB/s (%.0f%% of the ZIP reference, %.0f%% of the plain read)"
                            + "  heap used before %.0f MB, peak during %.0f MB%n",
                    result.scans(),
                    result.bytes() / (double) MB,
                    median(result.nanos()) / 1e9,
                    percentile(result.nanos(), 95) / 1e9,
                    throughput,
                    100 * throughput / referenceZip,
                    100 * throughput / referenceCopy,
                    result.usedBefore() / (double) MB,
                    result.peakDuring() / (double) MB);
        }
        System.out.printf(
                Locale.ROOT,
                "reference  %d scans, %.1f MB from disk: ZipOutputStream (stored) median %.2f s = %.1f MB/s;"
                        + " plain read median %.2f s = %.1f MB/s%n",
                results.get(results.size() - 1).scans(),
                reference.bytes() / (double) MB,
                median(reference.zipNanos()) / 1e9,
                referenceZip,
                median(reference.copyNanos()) / 1e9,
                referenceCopy);
    }

    static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    static long median(long[] sorted) {
        return (long) percentile(sorted, 50);
    }

    static double percentile(long[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(index, 0)];
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
