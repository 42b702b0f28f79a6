package org.jumelage.benchmark;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jumelage.JumelageApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Times the signed-in pages, public pages and API lists of issue 17 on the EU-size data set that
 * {@link EuDataGenerator} made. Not a test; run it with
 *
 * <pre>./mvnw -q -Peu-benchmark test-compile exec:java</pre>
 *
 * <p>It starts the application with a real HTTP port on the schema of {@code -Deu.db.url}, signs in
 * over HTTP as the data set's coordinator and administrator (sessions in the database), warms up,
 * then requests every page {@code -Deu.runs} times (default 30) in rounds, one request at a time
 * on 127.0.0.1, and prints p50, p95 and max per page next to two references measured in the same
 * run: a static file and {@code /actuator/health} from the same server. Then it requests every page
 * once more recording the SQL it runs, runs each SELECT again under {@code EXPLAIN (ANALYZE,
 * BUFFERS)} with the same parameters and flags sequential scans of tables with more than
 * {@value #LARGE_TABLE} rows; the plans are written to {@code target/eu-explain.txt}. The whole run
 * stops after {@code -Deu.max-seconds} (default 900) even if rounds are left.
 */
public final class EuPageBenchmark {

    static final long LARGE_TABLE = 10_000;
    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    private static final Duration SLOW = Duration.ofSeconds(Long.getLong("eu.slow-seconds", 5));
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern SEQ_SCAN = Pattern.compile("Seq Scan on (\\w+)");
    private static final Pattern BUFFERS = Pattern.compile("Buffers: shared(?: hit=(\\d+))?(?: read=(\\d+))?");
    private static final Pattern EXECUTION = Pattern.compile("Execution Time: ([0-9.]+) ms");

    /**
     * A page to time; {@code afterChange}: each request comes right after a change of the public data
     * (what the public lists kept for a generation are read again for, as after a publication).
     */
    record Page(String name, HttpClient client, String path, boolean afterChange) {

        Page(String name, HttpClient client, String path) {
            this(name, client, path, false);
        }
    }

    record Timing(Page page, long[] nanos, int status, int bytes) {}

    private final String base;
    private final HttpClient anonymous = client();
    private final HttpClient coordinator = client();
    private final HttpClient administrator = client();

    private final Runnable publicChange;

    private EuPageBenchmark(int port, Runnable publicChange) {
        this.base = "http://127.0.0.1:" + port;
        this.publicChange = publicChange;
    }

    public static void main(String[] args) throws Exception {
        String url = System.getProperty("eu.db.url", EuDataGenerator.DEFAULT_URL);
        String user = System.getProperty("eu.db.user", "postgres");
        String password = System.getProperty("eu.db.password", "");
        int runs = Integer.getInteger("eu.runs", 30);
        int warmup = Integer.getInteger("eu.warmup", 10);
        long deadline = System.nanoTime() + Long.getLong("eu.max-seconds", 900) * 1_000_000_000L;
        EuDataGenerator.useSchema(url, user, password);
        System.setProperty("jumelage.public-forms.rate-limit", "1000000");
        System.setProperty("logging.level.root", "WARN");
        StatementRecorder recorder = new StatementRecorder();
        long start = System.nanoTime();
        ConfigurableApplicationContext context = new SpringApplicationBuilder(JumelageApplication.class)
                .initializers(app -> app.getBeanFactory().addBeanPostProcessor(recorder))
                .run();
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            System.out.printf(Locale.ROOT, "Application started in %.1f s%n", (System.nanoTime() - start) / 1e9);
            // The plans below are the application's: its connections start with these settings.
            String sessionSql = context.getEnvironment().getProperty("jumelage.db.session-sql", "");
            if (!sessionSql.isBlank()) {
                try (java.sql.Statement settings = db.createStatement()) {
                    settings.execute(sessionSql);
                }
                System.out.println("Session settings (the application's and the plans'): " + sessionSql);
            }
            int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port", "0"));
            EuPageBenchmark benchmark = new EuPageBenchmark(
                    port, context.getBean(org.jumelage.publicity.domain.PublicChanges.class)::changed);
            benchmark.signIn(benchmark.coordinator, EuDataGenerator.COORDINATOR_EMAIL);
            benchmark.signIn(benchmark.administrator, EuDataGenerator.ADMIN_EMAIL);
            // -Deu.skip=dashboard,overview leaves out the pages whose names contain one of the words.
            List<String> skip = List.of(System.getProperty("eu.skip", "").split(",")).stream()
                    .filter(word -> !word.isBlank())
                    .toList();
            // -Deu.only=public,API news keeps only the pages whose names contain one of the words (the
            // references always stay).
            List<String> only = List.of(System.getProperty("eu.only", "").split(",")).stream()
                    .filter(word -> !word.isBlank())
                    .toList();
            List<Page> pages = benchmark.pages(db).stream()
                    .filter(page -> skip.stream().noneMatch(word -> page.name().contains(word)))
                    .filter(page -> only.isEmpty()
                            || page.name().startsWith("reference")
                            || only.stream().anyMatch(word -> page.name().contains(word)))
                    .toList();
            List<Timing> timings = benchmark.time(pages, warmup, runs, deadline);
            print(timings, db);
            explain(benchmark, pages, recorder, db);
        } finally {
            context.close();
        }
    }

    private static HttpClient client() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    private void signIn(HttpClient client, String email) throws Exception {
        HttpResponse<String> form = get(client, "/sign-in");
        Matcher csrf = CSRF.matcher(form.body());
        if (!csrf.find()) {
            throw new IllegalStateException("No CSRF token on the sign-in page");
        }
        String body = "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(EuDataGenerator.PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> answer = client.send(
                HttpRequest.newBuilder(URI.create(base + "/sign-in"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("Sign-in as " + email + " failed: " + answer.statusCode() + " " + location);
        }
    }

    private HttpResponse<String> get(HttpClient client, String path) throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Accept-Language", "en")
                        .timeout(TIMEOUT)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The pages, with ids read from the data set: the coordinator's biggest project and event. */
    private List<Page> pages(Connection db) throws SQLException {
        long project = single(db, """
                select p.id from project p join project_partner pp on pp.project_id = p.id
                where pp.organisation_id = 1 and p.deleted_at is null
                  and exists (select 1 from grant_award g where g.project_id = p.id)
                order by (select count(*) from event e where e.project_id = p.id) desc, p.id limit 1""");
        long event = single(db, """
                select e.id from event e join project_partner pp on pp.project_id = e.project_id
                where pp.organisation_id = 1
                order by (select count(*) from event_registration r where r.event_id = e.id) desc, e.id limit 1""");
        long town = single(db, "select town_id from organisation where id = 1");
        String slug = singleText(
                db,
                "select slug from news_article where published and publish_at < now() order by publish_at desc limit 1");
        long publicProject = single(db, """
                select p.id from publication pp join project p on p.id = pp.subject_id
                where pp.subject_type = 'PROJECT' and pp.published and p.deleted_at is null
                order by (select count(*) from publication pe join event e on e.id = pe.subject_id
                          where pe.subject_type = 'EVENT' and pe.published and e.project_id = p.id) desc, p.id
                limit 1""");
        long publicEvent = single(db, """
                select e.id from event e join publication pe on pe.subject_type = 'EVENT' and pe.subject_id = e.id
                where pe.published and e.project_id = %d order by e.start_date, e.id limit 1""".formatted(publicProject));
        System.out.printf(
                Locale.ROOT,
                "Project %d, event %d, town %d, public project %d, public event %d%n",
                project,
                event,
                town,
                publicProject,
                publicEvent);
        List<Page> pages = new ArrayList<>();
        pages.add(new Page("reference: static file /css/jumelage.css", anonymous, "/css/jumelage.css"));
        pages.add(new Page("reference: /actuator/health", anonymous, "/actuator/health"));
        pages.add(new Page("portfolio (500 projects)", coordinator, "/projects"));
        pages.add(new Page("portfolio, page 20", coordinator, "/projects?page=20"));
        pages.add(new Page("portfolio, search", coordinator, "/projects?q=youth"));
        pages.add(new Page("portfolio, filters", coordinator, "/projects?status=CLOSED&year=2019&role=LEAD"));
        pages.add(new Page("portfolio, measure filter", coordinator, "/projects?measure=E4C-2014-TT"));
        pages.add(new Page("project page", coordinator, "/projects/" + project));
        pages.add(new Page("project page, organisation search", coordinator, "/projects/" + project + "?q=twinning"));
        pages.add(new Page("organisation picker options", coordinator, "/organisations/options?q=riga"));
        pages.add(new Page("project grant panel", coordinator, "/projects/" + project + "/grant-panel"));
        pages.add(new Page("project events", coordinator, "/projects/" + project + "/events"));
        pages.add(new Page("event page", coordinator, "/events/" + event));
        pages.add(new Page("event statistics", coordinator, "/events/" + event + "/statistics"));
        pages.add(new Page("portfolio dashboard", coordinator, "/dashboards"));
        pages.add(new Page("portfolio dashboard, administrator", administrator, "/dashboards"));
        pages.add(new Page("admin overview", administrator, "/admin/overview"));
        pages.add(new Page("call dashboard", administrator, "/dashboards/calls"));
        pages.add(new Page("desk (signed-in home)", coordinator, "/"));
        pages.add(new Page("desk, administrator", administrator, "/"));
        pages.add(new Page("public home", anonymous, "/en"));
        pages.add(new Page("public home, after a publication change", anonymous, "/en", true));
        pages.add(new Page("public news list", anonymous, "/en/news"));
        pages.add(new Page("public news list, after a publication change", anonymous, "/en/news", true));
        pages.add(new Page("public news list, page 100", anonymous, "/en/news?page=100"));
        pages.add(new Page("public news article", anonymous, "/en/news/" + slug));
        pages.add(new Page("public projects list", anonymous, "/en/projects"));
        pages.add(new Page("public projects list, page 100", anonymous, "/en/projects?page=100"));
        pages.add(
                new Page("public projects list, after a publication change", anonymous, "/en/projects?page=100", true));
        pages.add(new Page("public projects list, search", anonymous, "/en/projects?q=youth"));
        pages.add(new Page("public project page", anonymous, "/en/projects/" + publicProject));
        pages.add(new Page("public event page", anonymous, "/en/events/" + publicEvent));
        pages.add(new Page("public organisation page (org. 1)", anonymous, "/en/organisations/1"));
        pages.add(new Page("public feed news RSS", anonymous, "/feeds/news.rss?lang=en"));
        pages.add(new Page("public feed news Atom", anonymous, "/feeds/news.atom?lang=en"));
        pages.add(new Page("public feed events iCal", anonymous, "/feeds/events.ics?lang=en"));
        pages.add(new Page(
                "public feed events iCal, after a publication change", anonymous, "/feeds/events.ics?lang=en", true));
        pages.add(new Page(
                "public feed project events iCal", anonymous, "/feeds/projects/" + publicProject + "/events.ics"));
        pages.add(new Page("public sitemap /sitemap.xml", anonymous, "/sitemap.xml"));
        pages.add(new Page("public sitemap, projects 1", anonymous, "/sitemaps/projects-1.xml"));
        pages.add(new Page("public sitemap, events 20", anonymous, "/sitemaps/events-20.xml"));
        pages.add(new Page("public sitemap, news 40", anonymous, "/sitemaps/news-40.xml"));
        pages.add(new Page("public robots.txt", anonymous, "/robots.txt"));
        pages.add(new Page("open data projects CSV", anonymous, "/open-data/projects.csv"));
        pages.add(new Page("open data projects JSON", anonymous, "/open-data/projects.json"));
        pages.add(new Page("open data projects XLSX", anonymous, "/open-data/projects.xlsx"));
        pages.add(new Page("open data partners CSV", anonymous, "/open-data/partners.csv"));
        pages.add(new Page("open data events CSV", anonymous, "/open-data/events.csv"));
        pages.add(new Page("open data participation CSV", anonymous, "/open-data/participation.csv"));
        pages.add(new Page(
                "open data organisation 1 projects CSV", anonymous, "/open-data/organisations/1/projects.csv"));
        pages.add(new Page("partner search, town", coordinator, "/partner-search?town=Daugavpils"));
        pages.add(new Page("partner search, project", coordinator, "/partner-search?project=" + project));
        pages.add(new Page("API projects", coordinator, "/api/v1/projects"));
        pages.add(new Page("API projects, page 10, search", coordinator, "/api/v1/projects?q=e&page=10"));
        pages.add(new Page("API projects, admin, page 500", administrator, "/api/v1/projects?page=500"));
        pages.add(new Page("API project partners", coordinator, "/api/v1/projects/" + project + "/partners"));
        pages.add(new Page("API project events", coordinator, "/api/v1/projects/" + project + "/events"));
        pages.add(new Page("API event registrations", coordinator, "/api/v1/events/" + event + "/registrations"));
        pages.add(new Page("API event delegations", coordinator, "/api/v1/events/" + event + "/delegations"));
        pages.add(new Page("API event attendance", coordinator, "/api/v1/events/" + event + "/attendance"));
        pages.add(new Page("API organisations", coordinator, "/api/v1/organisations"));
        pages.add(new Page("API organisations, search", coordinator, "/api/v1/organisations?q=twinning&page=3"));
        pages.add(new Page("API organisations, country", coordinator, "/api/v1/organisations?country=DE&page=40"));
        pages.add(new Page("API organisation contacts", coordinator, "/api/v1/organisations/1/contacts"));
        pages.add(new Page("API users (admin)", administrator, "/api/v1/users?page=100"));
        pages.add(new Page("API news", anonymous, "/api/v1/news"));
        pages.add(new Page("API news, page 1000", anonymous, "/api/v1/news?page=1000"));
        pages.add(new Page("API news, after a publication change", anonymous, "/api/v1/news?page=1000", true));
        pages.add(new Page("API news, drafts (admin)", administrator, "/api/v1/news?status=draft"));
        pages.add(new Page("API partner notices", anonymous, "/api/v1/partner-notices"));
        pages.add(new Page("API towns", coordinator, "/api/v1/towns?q=dau"));
        pages.add(new Page("API town twins", coordinator, "/api/v1/towns/" + town + "/twins"));
        pages.add(new Page("API partner search", coordinator, "/api/v1/partner-search?town=" + town));
        return pages;
    }

    /** Times {@code runs} rounds of the pages (fewer when the deadline comes first); how many were done. */
    private int rounds(List<Page> pages, Map<Page, Long> slow, Map<Page, long[]> nanos, int runs, long deadline)
            throws Exception {
        int done = 0;
        for (int round = 0; round < runs && System.nanoTime() < deadline; round++, done++) {
            for (Page page : pages) {
                if (slow.containsKey(page)) {
                    continue;
                }
                if (page.afterChange()) {
                    publicChange.run();
                }
                long before = System.nanoTime();
                get(page.client(), page.path());
                nanos.get(page)[round] = System.nanoTime() - before;
            }
        }
        return done;
    }

    private List<Timing> time(List<Page> pages, int warmup, int runs, long deadline) throws Exception {
        Map<Page, long[]> nanos = new LinkedHashMap<>();
        Map<Page, int[]> answers = new HashMap<>();
        // A page slower than SLOW in its first answer is measured that once: the rounds stay bounded.
        Map<Page, Long> slow = new HashMap<>();
        for (Page page : pages) {
            nanos.put(page, new long[runs]);
            long before = System.nanoTime();
            try {
                HttpResponse<String> response = get(page.client(), page.path());
                answers.put(
                        page, new int[] {response.statusCode(), response.body().length()});
                if (response.statusCode() != 200) {
                    System.out.printf(Locale.ROOT, "  ! %s answered %d%n", page.path(), response.statusCode());
                }
            } catch (java.net.http.HttpTimeoutException e) {
                answers.put(page, new int[] {0, 0});
                System.out.printf(Locale.ROOT, "  ! %s gave no answer within %s%n", page.path(), TIMEOUT);
            }
            long took = System.nanoTime() - before;
            if (took > SLOW.toNanos()) {
                slow.put(page, took);
            }
        }
        for (int round = 0; round < warmup; round++) {
            for (Page page : pages) {
                if (!slow.containsKey(page)) {
                    if (page.afterChange()) {
                        publicChange.run();
                    }
                    get(page.client(), page.path());
                }
            }
        }
        // the pages timed after a change last, so that the change does not reach the others' rounds
        List<Page> plain = pages.stream().filter(page -> !page.afterChange()).toList();
        List<Page> changed = pages.stream().filter(Page::afterChange).toList();
        int done = rounds(plain, slow, nanos, runs, deadline);
        rounds(changed, slow, nanos, done, deadline);
        List<Timing> timings = new ArrayList<>();
        for (Page page : pages) {
            long[] measured = slow.containsKey(page)
                    ? new long[] {slow.get(page)}
                    : Arrays.stream(nanos.get(page), 0, done).filter(n -> n > 0).toArray();
            Arrays.sort(measured);
            timings.add(new Timing(page, measured, answers.get(page)[0], answers.get(page)[1]));
        }
        System.out.printf(Locale.ROOT, "%d measured rounds after %d warm-up rounds%n", done, warmup);
        return timings;
    }

    private static void print(List<Timing> timings, Connection db) throws Exception {
        double reference = percentile(timings.get(0).nanos(), 50);
        double health = percentile(timings.get(1).nanos(), 50);
        String database;
        database = db.getMetaData().getDatabaseProductName() + " "
                + db.getMetaData().getDatabaseProductVersion();
        System.out.printf(
                Locale.ROOT,
                "%nEU-size data set, %s, %s, %d cores, Java %s, load average %s%n",
                LocalDate.now(),
                database,
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                Files.readString(Path.of("/proc/loadavg")).strip());
        System.out.printf(
                Locale.ROOT,
                "%-52s %6s %8s %8s %8s %8s %9s %9s%n",
                "page",
                "status",
                "KiB",
                "p50 ms",
                "p95 ms",
                "max ms",
                "p50/static",
                "p50/health");
        for (Timing timing : timings) {
            long[] nanos = timing.nanos();
            double p50 = percentile(nanos, 50);
            System.out.printf(
                    Locale.ROOT,
                    "%-52s %6d %8.1f %8.1f %8.1f %8.1f %9.1f %9.1f%s%n",
                    timing.page().name(),
                    timing.status(),
                    timing.bytes() / 1024.0,
                    p50,
                    percentile(nanos, 95),
                    nanos.length == 0 ? 0 : nanos[nanos.length - 1] / 1e6,
                    p50 / reference,
                    p50 / health,
                    percentile(nanos, 95) >= 100 ? "  <-- p95 over 100 ms" : "");
        }
    }

    static double percentile(long[] sorted, int percent) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(index, 0)] / 1e6;
    }

    /** Requests each page once recording its SQL, and runs every SELECT again under EXPLAIN. */
    private static void explain(EuPageBenchmark benchmark, List<Page> pages, StatementRecorder recorder, Connection db)
            throws Exception {
        Map<String, Long> rows = new HashMap<>();
        try (Statement statement = db.createStatement();
                ResultSet result =
                        statement.executeQuery("select relname, reltuples::bigint from pg_class where relkind = 'r'"
                                + " and relnamespace = current_schema()::regnamespace")) {
            while (result.next()) {
                rows.put(result.getString(1), result.getLong(2));
            }
        }
        Path file = Path.of("target/eu-explain.txt");
        Files.createDirectories(file.getParent());
        System.out.printf(
                Locale.ROOT, "%nSQL per page, each SELECT again under EXPLAIN (ANALYZE, BUFFERS); plans in %s%n", file);
        System.out.printf(
                Locale.ROOT,
                "%-52s %5s %10s %12s %s%n",
                "page",
                "SQL",
                "exec ms",
                "max buffers",
                "sequential scans of tables over " + LARGE_TABLE + " rows");
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file))) {
            for (Page page : pages) {
                recorder.start();
                try {
                    benchmark.get(page.client(), page.path());
                } catch (java.net.http.HttpTimeoutException e) {
                    // The statements until the timeout are recorded all the same.
                }
                List<StatementRecorder.Recorded> statements = recorder.stop();
                double execution = 0;
                long maxBuffers = 0;
                Set<String> scans = new LinkedHashSet<>();
                out.printf("=== %s  GET %s (%d statements)%n", page.name(), page.path(), statements.size());
                Set<String> explained = new java.util.HashSet<>();
                Map<String, Integer> runs = new LinkedHashMap<>();
                statements.forEach(recorded -> runs.merge(recorded.sql().strip(), 1, Integer::sum));
                for (StatementRecorder.Recorded recorded : statements) {
                    String sql = recorded.sql().strip();
                    if (!explained.add(sql)) {
                        continue; // the same SQL again (an N+1 loop): its first run stands for it
                    }
                    String lower = sql.toLowerCase(Locale.ROOT);
                    if (!(lower.startsWith("select") || lower.startsWith("with")) || lower.contains(" for update")) {
                        out.printf("--- (%d×, not explained) %s%n%n", runs.get(sql), sql);
                        continue;
                    }
                    String plan = plan(db, recorded);
                    Matcher time = EXECUTION.matcher(plan);
                    if (time.find()) {
                        execution += Double.parseDouble(time.group(1));
                    }
                    Matcher buffers = BUFFERS.matcher(plan);
                    if (buffers.find()) {
                        long hit = buffers.group(1) == null ? 0 : Long.parseLong(buffers.group(1));
                        long read = buffers.group(2) == null ? 0 : Long.parseLong(buffers.group(2));
                        maxBuffers = Math.max(maxBuffers, hit + read);
                    }
                    Matcher scan = SEQ_SCAN.matcher(plan);
                    boolean large = false;
                    while (scan.find()) {
                        long size = rows.getOrDefault(scan.group(1), 0L);
                        if (size > LARGE_TABLE) {
                            scans.add(scan.group(1) + " (" + size + ")");
                            large = true;
                        }
                    }
                    out.printf(
                            "--- (%d×) %s%s%n%s%n%s%n",
                            runs.get(sql),
                            large ? "SEQ SCAN OF A LARGE TABLE " : "",
                            sql,
                            recorded.setters().stream()
                                    .map(s -> String.valueOf(s.arguments()[1]))
                                    .toList(),
                            plan);
                }
                System.out.printf(
                        Locale.ROOT,
                        "%-52s %5d %10.1f %12d %s%n",
                        page.name(),
                        statements.size(),
                        execution,
                        maxBuffers,
                        scans.isEmpty() ? "none" : String.join(", ", scans));
            }
        }
    }

    private static String plan(Connection db, StatementRecorder.Recorded recorded) {
        StringBuilder plan = new StringBuilder();
        try {
            db.setAutoCommit(false);
            try (PreparedStatement statement = db.prepareStatement("explain (analyze, buffers) " + recorded.sql())) {
                for (StatementRecorder.Setter setter : recorded.setters()) {
                    setter.method().invoke(statement, setter.arguments());
                }
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        plan.append(result.getString(1)).append('\n');
                    }
                }
            } finally {
                db.rollback();
                db.setAutoCommit(true);
            }
        } catch (Exception e) {
            plan.append("(no plan: ").append(e).append(")\n");
        }
        return plan.toString();
    }

    private static long single(Connection db, String sql) throws SQLException {
        return Long.parseLong(singleText(db, sql));
    }

    private static String singleText(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            if (!result.next()) {
                throw new IllegalStateException("No row for " + sql);
            }
            return result.getString(1);
        }
    }
}
