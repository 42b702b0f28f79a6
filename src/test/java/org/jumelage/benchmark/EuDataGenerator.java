package org.jumelage.benchmark;

import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.jumelage.JumelageApplication;
import org.jumelage.programme.CallSummary;
import org.jumelage.programme.MeasureSummary;
import org.jumelage.programme.ProgrammeCatalogue;
import org.jumelage.shared.CountryTimeZones;
import org.jumelage.shared.SearchText;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Makes the EU-size data set of issue 17 in a fresh PostgreSQL schema: 100,000 organisations,
 * 20,000 projects, 60,000 events, 2,000,000 registrations with attendance and 50,000 news articles,
 * beside the whole gazetteer and the shipped twin links. Not a test; run it with
 *
 * <pre>./mvnw -q -Peu-data test-compile exec:java</pre>
 *
 * <p>It drops and re-creates the schema named in {@code -Deu.db.url} (default {@value #DEFAULT_URL}),
 * starts the application once on it (Flyway migrates it, the gazetteer and twin links load from the
 * shipped files, the first administrator is made), stops it, and bulk-loads the rest with
 * PostgreSQL {@code COPY}. Every number comes from one {@link SplittableRandom} with a fixed seed,
 * so every run makes the same rows. {@code -Deu.scale=0.01} makes a hundredth of it (a quick check).
 *
 * <p>Sign in as {@value #COORDINATOR_EMAIL} (coordinator of organisation 1, which takes part in
 * exactly 500 projects) or {@value #ADMIN_EMAIL}, both with password {@value #PASSWORD}.
 */
public final class EuDataGenerator {

    static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=jumelage_eu";
    static final String COORDINATOR_EMAIL = "coordinator@eu.jumelage.example";
    static final String ADMIN_EMAIL = "admin@eu.jumelage.example";
    static final String PASSWORD = "eu-benchmark-2026";
    static final long SEED = 20261207L;
    /** The day the data set is "made": events before it have attendance, after it are planned. */
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    static final long PORTFOLIO_ORGANISATION = 1;
    static final int PORTFOLIO_PROJECTS = 500;

    private static final Instant MADE = TODAY.atStartOfDay().toInstant(ZoneOffset.UTC);
    private static final String[] FIRST = {
        "Anna",
        "Jānis",
        "Marta",
        "Pēteris",
        "Laura",
        "Tomasz",
        "Agnieszka",
        "Jonas",
        "Rūta",
        "Mikko",
        "Aino",
        "Lukas",
        "Sophie",
        "Marco",
        "Giulia",
        "Pablo",
        "Lucía",
        "João",
        "Ana",
        "Jan",
        "Eva",
        "Petr",
        "Lenka",
        "András",
        "Zsófia",
        "Ion",
        "Elena",
        "Nikos",
        "Maria",
        "Lars",
        "Ingrid",
        "Pierre",
        "Camille",
        "Sean",
        "Aoife",
        "Matej",
        "Nina",
        "Ivan",
        "Petra",
        "Karl",
        "Liis",
        "Dimitar",
        "Gergana",
        "Luka",
        "Mia",
        "Oskar",
        "Elsa",
        "Tiago",
        "Inês",
        "Daan",
        "Emma",
        "Florin",
        "Ioana",
        "Marek",
        "Zuzana",
        "Andrej",
        "Maja",
        "Kristaps",
        "Ilze",
        "Tadas"
    };
    private static final String[] LAST = {
        "Bērziņš",
        "Kalniņa",
        "Nowak",
        "Kowalska",
        "Kazlauskas",
        "Petrauskienė",
        "Tamm",
        "Virtanen",
        "Müller",
        "Schmidt",
        "Rossi",
        "Bianchi",
        "García",
        "Fernández",
        "Silva",
        "Santos",
        "Novák",
        "Svobodová",
        "Nagy",
        "Kovács",
        "Popescu",
        "Ionescu",
        "Papadopoulos",
        "Georgiou",
        "Andersson",
        "Johansson",
        "Martin",
        "Bernard",
        "Murphy",
        "Kelly",
        "Horvat",
        "Kovačević",
        "Ivanov",
        "Petrova",
        "Hansen",
        "Nielsen",
        "Dimitrov",
        "Georgieva",
        "Novak",
        "Krajnc",
        "Lindqvist",
        "Korhonen",
        "Pereira",
        "Costa",
        "de Jong",
        "Jansen",
        "Dumitru",
        "Stan",
        "Wiśniewski",
        "Zieliński",
        "Horváth",
        "Kozlov",
        "Ozols",
        "Liepa",
        "Jankauskas",
        "Saar",
        "Lehtonen",
        "Fischer",
        "Weber",
        "Romano"
    };
    private static final String[] THEMES = {
        "Democracy",
        "Remembrance",
        "Youth",
        "Climate",
        "Culture",
        "Inclusion",
        "Solidarity",
        "Volunteering",
        "Migration",
        "Gender equality",
        "Digital citizenship",
        "Heritage",
        "Sport",
        "Local economy"
    };
    private static final String[] ACRONYM_PARTS = {
        "EURO", "TWIN", "CITI", "DEMO", "MEMO", "YOUTH", "GREEN", "LINK", "NET", "BRIDGE", "VOICE", "PACT", "ROOTS",
        "RIVER", "BALTIC", "DANUBE", "FUTURE", "SHARE"
    };
    private static final String[] TITLE_PATTERNS = {
        "%s: towns of %s learning together",
        "Citizens of %2$s for %1$s",
        "%s across borders — a network of towns",
        "Remembering together: %s and the towns of %s",
        "Young Europeans for %s",
        "%s in small towns of %s"
    };

    private final SplittableRandom random = new SplittableRandom(SEED);
    private final double scale;
    private final Connection db;
    private final CopyManager copy;
    private final Map<String, Long> timings = new LinkedHashMap<>();

    // Gazetteer, largest towns first.
    private long[] townId;
    private String[] townName;
    private String[] townCountry;
    // Organisations, index i is id i + 1.
    private int[] orgTown;
    private String[] orgName;
    // Projects.
    private int projectCount;
    private LocalDate[] projectStart;
    private LocalDate[] projectEnd;
    private String[] projectStatus;
    private String[] projectTitle;
    private boolean[] projectPublished;
    private int[] partnerFirst; // index into partner arrays, per project, length projects + 1
    private long[] partnerOrg;
    private String[] partnerCountry;
    // Events.
    private int eventCount;
    private int[] eventProject;
    private LocalDate[] eventStart;
    private LocalDate[] eventEnd;
    private boolean[] eventPublished;
    private long[] delegationFirst; // id of the event's first delegation, per event

    private EuDataGenerator(double scale, Connection db) throws SQLException {
        this.scale = scale;
        this.db = db;
        this.copy = db.unwrap(PGConnection.class).getCopyAPI();
    }

    public static void main(String[] args) throws Exception {
        String url = System.getProperty("eu.db.url", DEFAULT_URL);
        String user = System.getProperty("eu.db.user", "postgres");
        String password = System.getProperty("eu.db.password", "");
        double scale = Double.parseDouble(System.getProperty("eu.scale", "1"));
        String schema = schemaOf(url);
        long all = System.nanoTime();
        try (Connection admin = DriverManager.getConnection(url, user, password);
                Statement statement = admin.createStatement()) {
            statement.execute("drop schema if exists " + schema + " cascade");
            statement.execute("create schema " + schema);
        }
        long start = System.nanoTime();
        String passwordHash;
        List<MeasureSummary> measures = new ArrayList<>();
        Map<String, List<CallSummary>> calls = new HashMap<>();
        useSchema(url, user, password);
        System.setProperty("jumelage.admin.email", ADMIN_EMAIL);
        System.setProperty("jumelage.admin.password", PASSWORD);
        System.setProperty("logging.level.root", "WARN");
        System.setProperty("logging.level.org.jumelage.network.domain", "INFO");
        ConfigurableApplicationContext context = new SpringApplicationBuilder(JumelageApplication.class).run();
        try {
            passwordHash = context.getBean(PasswordEncoder.class).encode(PASSWORD);
            ProgrammeCatalogue catalogue = context.getBean(ProgrammeCatalogue.class);
            for (MeasureSummary measure : catalogue.measures()) {
                if (measure.lastYear() >= 2014) {
                    measures.add(measure);
                    calls.put(measure.code(), catalogue.calls(measure.code()));
                }
            }
        } finally {
            context.close();
        }
        long migrated = System.nanoTime() - start;
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            EuDataGenerator generator = new EuDataGenerator(scale, db);
            generator.timings.put("migrate + gazetteer + twin links (application start)", migrated);
            generator.run(passwordHash, measures, calls);
            generator.print(schema, System.nanoTime() - all);
        }
    }

    /**
     * Points the application started next at the schema, on a free port of 127.0.0.1, without demo
     * data. System properties outrank the settings files (the test class path's too).
     */
    static void useSchema(String url, String user, String password) {
        System.setProperty("spring.datasource.url", url);
        System.setProperty("spring.datasource.username", user);
        System.setProperty("spring.datasource.password", password);
        System.setProperty("server.port", "0");
        System.setProperty("server.address", "127.0.0.1");
        System.setProperty("jumelage.data-dir", "target/eu-data");
        System.setProperty("jumelage.storage.folder", "target/eu-data/files");
        System.setProperty("jumelage.demo.enabled", "false");
    }

    private static String schemaOf(String url) {
        var matcher = java.util.regex.Pattern.compile("[?&]currentSchema=([a-z_][a-z0-9_]*)")
                .matcher(url);
        if (!url.startsWith("jdbc:postgresql:") || !matcher.find()) {
            throw new IllegalArgumentException("eu.db.url must be a PostgreSQL URL with currentSchema=: " + url);
        }
        return matcher.group(1);
    }

    private CopyBatch batch() {
        return new CopyBatch(copy, java.nio.file.Path.of("target/eu-data/copy"));
    }

    private int scaled(int count) {
        return Math.max(1, (int) Math.round(count * scale));
    }

    private void run(String passwordHash, List<MeasureSummary> measures, Map<String, List<CallSummary>> calls)
            throws Exception {
        try (Statement statement = db.createStatement()) {
            statement.execute("set synchronous_commit = off");
        }
        db.setAutoCommit(false);
        timed("town (read)", this::readTowns);
        timed("organisation + organisation_contact", this::organisations);
        timed("user_account + user_account_role", () -> users(passwordHash));
        timed("project + project_partner + project_theme + grant_award", () -> projects(measures, calls));
        timed("event + hosts + planned delegations + delegations + settings", this::events);
        timed("event_registration + event_attendance", this::registrations);
        timed("publication", this::publications);
        timed("news_article + news_tag", this::news);
        db.setAutoCommit(true);
        timed("identity sequences", this::resetSequences);
        timed("vacuum analyze", () -> {
            try (Statement statement = db.createStatement()) {
                statement.execute("vacuum analyze");
            }
        });
    }

    interface Step {
        void run() throws Exception;
    }

    private void timed(String name, Step step) throws Exception {
        long start = System.nanoTime();
        step.run();
        if (!db.getAutoCommit()) {
            db.commit();
        }
        long nanos = System.nanoTime() - start;
        timings.put(name, nanos);
        System.out.printf(Locale.ROOT, "  %-62s %7.1f s%n", name, nanos / 1e9);
    }

    private void readTowns() throws SQLException {
        List<long[]> ids = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> countries = new ArrayList<>();
        try (Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select id, name, country from town where source = 'GEONAMES' order by population desc, id")) {
            while (rows.next()) {
                ids.add(new long[] {rows.getLong(1)});
                names.add(rows.getString(2));
                countries.add(rows.getString(3));
            }
        }
        townId = new long[ids.size()];
        for (int i = 0; i < townId.length; i++) {
            townId[i] = ids.get(i)[0];
        }
        townName = names.toArray(String[]::new);
        townCountry = countries.toArray(String[]::new);
        if (townId.length == 0) {
            throw new IllegalStateException("The gazetteer did not load");
        }
    }

    /** A town index, larger towns more often (the square of a uniform number). */
    private int anyTown() {
        double u = random.nextDouble();
        return (int) (u * u * townId.length);
    }

    private void organisations() throws Exception {
        int count = scaled(100_000);
        orgTown = new int[count];
        orgName = new String[count];
        int daugavpils = 0;
        for (int t = 0; t < townId.length; t++) {
            if (townName[t].equals("Daugavpils") && townCountry[t].equals("LV")) {
                daugavpils = t;
                break;
            }
        }
        String[] types = {
            "MUNICIPALITY",
            "REGION",
            "ASSOCIATION_OF_LOCAL_AUTHORITIES",
            "TWINNING_COMMITTEE",
            "CIVIL_SOCIETY_ORGANISATION",
            "SCHOOL_OR_UNIVERSITY",
            "OTHER"
        };
        int[] weights = {55, 8, 5, 12, 12, 5, 3};
        Method searchKey =
                Class.forName("org.jumelage.network.domain.SearchKeys").getDeclaredMethod("of", String.class);
        searchKey.setAccessible(true);
        try (CopyBatch batch = batch()) {
            CopyWriter orgs = batch.table(
                    "organisation",
                    "id, name_lv, name_en, search_key, type, town_id, country, website, pic, created_at,"
                            + " updated_at, version");
            CopyWriter contacts = batch.table(
                    "organisation_contact", "id, organisation_id, name, email, phone, job_position, created_at");
            for (int i = 0; i < count; i++) {
                int town = i == 0 ? daugavpils : anyTown();
                String type = i == 0 ? "MUNICIPALITY" : types[weighted(weights)];
                String place = townName[town];
                String country = townCountry[town];
                String en = switch (type) {
                    case "MUNICIPALITY" -> i == 0 ? place + " City Council" : "Municipality of " + place;
                    case "REGION" -> place + " Regional Council";
                    case "ASSOCIATION_OF_LOCAL_AUTHORITIES" -> "Association of Towns of " + place + " Area";
                    case "TWINNING_COMMITTEE" -> place + " Twinning Committee";
                    case "CIVIL_SOCIETY_ORGANISATION" -> place + " Citizens' Forum";
                    case "SCHOOL_OR_UNIVERSITY" -> place + " Secondary School No. " + (1 + random.nextInt(9));
                    default -> place + " Culture Centre";
                };
                String lv = country.equals("LV")
                        ? place + (type.equals("MUNICIPALITY") ? " pašvaldība" : " biedrība")
                        : null;
                orgTown[i] = town;
                orgName[i] = en;
                Instant created = MADE.minus(200 + random.nextInt(3000), ChronoUnit.DAYS);
                String key = searchKey.invoke(null, lv == null ? en : lv) + "|" + searchKey.invoke(null, en);
                orgs.add(i + 1)
                        .add(lv)
                        .add(en)
                        .add(key)
                        .add(type)
                        .add(townId[town])
                        .add(country)
                        .add(
                                random.nextInt(3) == 0
                                        ? null
                                        : "https://www." + slug(place) + "." + country.toLowerCase(Locale.ROOT))
                        .add(random.nextInt(10) < 3 ? String.format(Locale.ROOT, "9%08d", i + 1) : null)
                        .add(created)
                        .add(created)
                        .add(0)
                        .end();
                String person = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
                contacts.add(i + 1)
                        .add(i + 1)
                        .add(person)
                        .add("contact" + (i + 1) + "@" + slug(place) + ".example")
                        .add("+" + (30 + random.nextInt(70)) + " " + (1_000_000 + random.nextInt(8_999_999)))
                        .add("International relations officer")
                        .add(created)
                        .end();
            }
        }
    }

    /** One coordinator for every tenth organisation; the portfolio organisation's is the known one. */
    private void users(String passwordHash) throws Exception {
        int count = Math.max(1, orgTown.length / 10);
        try (CopyBatch batch = batch()) {
            CopyWriter users = batch.table(
                    "user_account",
                    "id, email, email_key, display_name, password_hash, preferred_language, organisation_id,"
                            + " enabled, created_at, version");
            CopyWriter roles = batch.table("user_account_role", "user_id, role");
            for (int k = 0; k < count; k++) {
                long id = 1001 + k;
                long organisation = 1 + 10L * k;
                String email = k == 0 ? COORDINATOR_EMAIL : "coordinator" + organisation + "@eu.jumelage.example";
                users.add(id)
                        .add(email)
                        .add(email)
                        .add(FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)])
                        .add(passwordHash)
                        .add(k == 0 ? "en" : random.nextInt(3) == 0 ? "lv" : "en")
                        .add(organisation)
                        .add(true)
                        .add(MADE.minus(random.nextInt(2000), ChronoUnit.DAYS))
                        .add(0)
                        .end();
                roles.add(id).add("COORDINATOR").end();
            }
        }
    }

    private void projects(List<MeasureSummary> measures, Map<String, List<CallSummary>> calls) throws Exception {
        projectCount = scaled(20_000);
        int every = Math.max(1, projectCount / PORTFOLIO_PROJECTS);
        projectStart = new LocalDate[projectCount];
        projectEnd = new LocalDate[projectCount];
        projectStatus = new String[projectCount];
        projectTitle = new String[projectCount];
        projectPublished = new boolean[projectCount];
        partnerFirst = new int[projectCount + 1];
        List<Long> orgs = new ArrayList<>();
        List<String> countries = new ArrayList<>();
        long partnerId = 0;
        try (CopyBatch batch = batch()) {
            CopyWriter projects = batch.table(
                    "project",
                    "id, acronym, title_lv, title_en, title_original, original_language, measure_code, call_code,"
                            + " reference_number, status, start_date, end_date, total_cost, eu_grant, funding_rate,"
                            + " website, summary_lv, summary_en, objectives_lv, objectives_en, coordinator_name,"
                            + " coordinator_email, coordinator_phone, source_note, search_key, created_at,"
                            + " updated_at, deleted_at, version, stated_partners, stated_countries");
            CopyWriter partners = batch.table("project_partner", "id, project_id, organisation_id, country, role");
            CopyWriter themes = batch.table("project_theme", "project_id, theme");
            CopyWriter awards = batch.table(
                    "grant_award",
                    "project_id, amount, currency, agreement_number, signed_on, conditions, recorded_by,"
                            + " recorded_at");
            for (int p = 0; p < projectCount; p++) {
                long id = p + 1;
                boolean portfolio = p % every == 0 && p / every < PORTFOLIO_PROJECTS;
                MeasureSummary measure = measures.get(random.nextInt(measures.size()));
                int first = Math.max(2014, measure.firstYear());
                int last = Math.min(2027, measure.lastYear());
                int year = first + random.nextInt(Math.max(1, last - first + 1));
                LocalDate start = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
                LocalDate end = start.plusMonths(6 + random.nextInt(19));
                String status;
                if (start.isAfter(TODAY)) {
                    status = new String[] {"IDEA", "IN_PREPARATION", "SUBMITTED", "SELECTED"}[random.nextInt(4)];
                } else if (end.isAfter(TODAY)) {
                    status = "RUNNING";
                } else {
                    status = random.nextInt(10) == 0 ? "REJECTED" : "CLOSED";
                }
                // Partners: the lead first.
                int size = (measure.code().endsWith("NT") ? 4 : 2) + random.nextInt(7);
                partnerFirst[p] = orgs.size();
                boolean portfolioLeads = portfolio && (p / every) % 5 < 3;
                long[] chosen = new long[size];
                for (int k = 0; k < size; k++) {
                    long org;
                    if (portfolio && k == (portfolioLeads ? 0 : 1)) {
                        org = PORTFOLIO_ORGANISATION;
                    } else {
                        org = 2 + random.nextInt(orgTown.length - 1);
                        for (int j = 0; j < k; j++) {
                            if (chosen[j] == org) {
                                org = 2 + random.nextInt(orgTown.length - 1);
                                j = -1;
                            }
                        }
                    }
                    chosen[k] = org;
                    String country = townCountry[orgTown[(int) org - 1]];
                    String role = k == 0 ? "LEAD" : random.nextInt(10) == 0 ? "ASSOCIATED" : "PARTNER";
                    partners.add(++partnerId)
                            .add(id)
                            .add(org)
                            .add(country)
                            .add(role)
                            .end();
                    orgs.add(org);
                    countries.add(country);
                }
                String leadTown = townName[orgTown[(int) chosen[0] - 1]];
                String leadCountry = townCountry[orgTown[(int) chosen[0] - 1]];
                String theme = THEMES[random.nextInt(THEMES.length)];
                String title = String.format(
                        Locale.ROOT, TITLE_PATTERNS[random.nextInt(TITLE_PATTERNS.length)], theme, leadTown);
                String acronym = ACRONYM_PARTS[random.nextInt(ACRONYM_PARTS.length)]
                        + ACRONYM_PARTS[random.nextInt(ACRONYM_PARTS.length)].charAt(0)
                        + (year % 100);
                List<CallSummary> measureCalls = calls.getOrDefault(measure.code(), List.of());
                String call = null;
                for (CallSummary candidate : measureCalls) {
                    if (candidate.year() == year) {
                        call = candidate.code();
                        break;
                    }
                }
                String reference = referenceNumber(measure.code(), year, leadCountry, p);
                BigDecimal grant = BigDecimal.valueOf(
                                (measure.code().endsWith("TT") ? 5_000 : 20_000) + random.nextInt(130_000))
                        .setScale(2, RoundingMode.UNNECESSARY);
                String titleLv = leadCountry.equals("LV") ? title : null;
                boolean deleted = !portfolio && random.nextInt(200) == 0;
                Instant created = start.minusMonths(4).atStartOfDay().toInstant(ZoneOffset.UTC);
                projects.add(id)
                        .add(acronym)
                        .add(titleLv)
                        .add(title)
                        .add(null)
                        .add(null)
                        .add(measure.code())
                        .add(call)
                        .add(reference)
                        .add(status)
                        .add(start)
                        .add(end)
                        .add(grant.add(BigDecimal.valueOf(random.nextInt(20_000))))
                        .add(grant)
                        .add(null)
                        .add(random.nextInt(4) == 0 ? "https://" + slug(acronym) + ".eu" : null)
                        .add(null)
                        .add("Citizens of " + size + " towns meet to discuss " + theme.toLowerCase(Locale.ROOT)
                                + " and what local authorities can do together.")
                        .add(null)
                        .add("To share practice on " + theme.toLowerCase(Locale.ROOT) + "; to involve "
                                + "young people and those with fewer opportunities.")
                        .add(FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)])
                        .add("projects" + id + "@" + slug(leadTown) + ".example")
                        .add(null)
                        .add(null)
                        .add(SearchText.normalize(String.join(
                                " ",
                                acronym,
                                titleLv == null ? "" : titleLv,
                                title,
                                "",
                                reference == null ? "" : reference)))
                        .add(created)
                        .add(created.plus(random.nextInt(300), ChronoUnit.DAYS))
                        .add(deleted ? MADE.minus(random.nextInt(100), ChronoUnit.DAYS) : null)
                        .add(0)
                        .add(null)
                        .add(null)
                        .end();
                themes.add(id).add(theme).end();
                if (random.nextBoolean()) {
                    String second = THEMES[random.nextInt(THEMES.length)];
                    if (!second.equals(theme)) {
                        themes.add(id).add(second).end();
                    }
                }
                boolean funded = status.equals("SELECTED") || status.equals("RUNNING") || status.equals("CLOSED");
                if (funded && random.nextInt(10) < 7) {
                    awards.add(id)
                            .add(grant)
                            .add("EUR")
                            .add(year + "-" + (1000 + p % 9000) + "/001")
                            .add(start.minusDays(30 + random.nextInt(60)))
                            .add(null)
                            .add(ADMIN_EMAIL)
                            .add(start.minusDays(20).atStartOfDay().toInstant(ZoneOffset.UTC))
                            .end();
                }
                projectStart[p] = start;
                projectEnd[p] = end;
                projectStatus[p] = deleted ? "DELETED" : status;
                projectTitle[p] = title;
                projectPublished[p] = !deleted && funded && random.nextInt(10) < 7;
            }
        }
        partnerFirst[projectCount] = orgs.size();
        partnerOrg = orgs.stream().mapToLong(Long::longValue).toArray();
        partnerCountry = countries.toArray(String[]::new);
    }

    private String referenceNumber(String measure, int year, String country, int p) {
        if (measure.startsWith("E4C-2014")) {
            String kind = switch (measure) {
                case "E4C-2014-TT" -> "TT";
                case "E4C-2014-NT" -> "NT";
                case "E4C-2014-REM" -> "REMEM";
                default -> "CIV";
            };
            return String.format(
                    Locale.ROOT,
                    "%06d-CITIZ-1-%d-%d-%s-CITIZ-%s",
                    500_000 + p,
                    Math.min(year, 2020),
                    1 + random.nextInt(2),
                    country,
                    kind);
        }
        if (measure.startsWith("CERV")) {
            return String.format(Locale.ROOT, "101%06d", p);
        }
        return null;
    }

    private void events() throws Exception {
        int target = scaled(60_000);
        List<Integer> eligible = new ArrayList<>();
        for (int p = 0; p < projectCount; p++) {
            String status = projectStatus[p];
            if (status.equals("SELECTED") || status.equals("RUNNING") || status.equals("CLOSED")) {
                eligible.add(p);
            }
        }
        int[] weights = new int[eligible.size()];
        for (int k = 0; k < weights.length; k++) {
            weights[k] = 1 + random.nextInt(7);
        }
        int[] perProject = spread(target, weights);
        eventCount = target;
        eventProject = new int[target];
        eventStart = new LocalDate[target];
        eventEnd = new LocalDate[target];
        eventPublished = new boolean[target];
        delegationFirst = new long[target + 1];
        String[] types = {"PARTNER_MEETING", "CONFERENCE", "CITIZENS_MEETING", "WORKSHOP", "STUDY_VISIT", "ONLINE"};
        int[] typeWeights = {30, 15, 35, 10, 8, 2};
        long delegationId = 0;
        int e = 0;
        try (CopyBatch batch = batch()) {
            CopyWriter events = batch.table(
                    "event",
                    "id, project_id, title_lv, title_en, type, venue, start_date, end_date, time_zone, agenda_lv,"
                            + " agenda_en, created_at, updated_at, version");
            CopyWriter hosts = batch.table("event_host", "event_id, position, town_id, written_name, country");
            CopyWriter planned = batch.table("event_planned_delegation", "event_id, partner_id, participants");
            CopyWriter delegations = batch.table(
                    "event_delegation",
                    "id, event_id, partner_id, organisation_id, country, head_name, head_email, link_token,"
                            + " created_at, updated_at, version");
            CopyWriter settings = batch.table(
                    "event_registration_settings",
                    "event_id, registration_open, opens_at, closes_at, capacity, public_link, public_token,"
                            + " working_languages, ask_gender, ask_age_band, ask_first_time,"
                            + " ask_fewer_opportunities, ask_dietary, ask_accessibility, consent_version,"
                            + " updated_at, version");
            CopyWriter consents =
                    batch.table("event_consent_text", "event_id, version, text_lv, text_en, created_at, created_by");
            for (int k = 0; k < eligible.size(); k++) {
                int p = eligible.get(k);
                long days = Math.max(1, ChronoUnit.DAYS.between(projectStart[p], projectEnd[p]));
                for (int n = 0; n < perProject[k]; n++, e++) {
                    long id = e + 1;
                    int firstPartner = partnerFirst[p];
                    int partnerCount = partnerFirst[p + 1] - firstPartner;
                    int hostPartner = firstPartner + random.nextInt(partnerCount);
                    int hostTown = orgTown[(int) partnerOrg[hostPartner] - 1];
                    String type = types[weighted(typeWeights)];
                    LocalDate start = projectStart[p].plusDays(random.nextInt((int) days));
                    LocalDate end = start.plusDays(random.nextInt(4));
                    String place = townName[hostTown];
                    String country = townCountry[hostTown];
                    String title = switch (type) {
                        case "PARTNER_MEETING" -> "Partner meeting in " + place;
                        case "CONFERENCE" -> "Conference in " + place;
                        case "CITIZENS_MEETING" -> "Citizens' meeting in " + place;
                        case "WORKSHOP" -> "Workshop in " + place;
                        case "STUDY_VISIT" -> "Study visit to " + place;
                        default -> "Online meeting of the partners";
                    };
                    Instant created = start.minusDays(60).atStartOfDay().toInstant(ZoneOffset.UTC);
                    events.add(id)
                            .add(p + 1)
                            .add(country.equals("LV") ? title : null)
                            .add(title)
                            .add(type)
                            .add(type.equals("ONLINE") ? null : place + " Town Hall")
                            .add(start)
                            .add(end)
                            .add(CountryTimeZones.of(country)
                                    .map(Object::toString)
                                    .orElse("Europe/Brussels"))
                            .add(null)
                            .add("Day 1: arrival and welcome. Day 2: " + projectTitle[p] + " — workshops.")
                            .add(created)
                            .add(created)
                            .add(0)
                            .end();
                    hosts.add(id)
                            .add(0)
                            .add(townId[hostTown])
                            .add(place)
                            .add(country)
                            .end();
                    delegationFirst[e] = delegationId + 1;
                    for (int q = firstPartner; q < firstPartner + partnerCount; q++) {
                        long partnerId = q + 1;
                        planned.add(id)
                                .add(partnerId)
                                .add(3 + random.nextInt(38))
                                .end();
                        delegations
                                .add(++delegationId)
                                .add(id)
                                .add(partnerId)
                                .add(partnerOrg[q])
                                .add(partnerCountry[q])
                                .add(FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)])
                                .add("head" + delegationId + "@delegations.example")
                                .add(token("d", delegationId))
                                .add(created)
                                .add(created)
                                .add(0)
                                .end();
                    }
                    boolean open = end.isAfter(TODAY);
                    settings.add(id)
                            .add(open)
                            .add(open ? created : null)
                            .add(open ? start.atStartOfDay().toInstant(ZoneOffset.UTC) : null)
                            .add(null)
                            .add(random.nextInt(10) < 6)
                            .add(token("s", id))
                            .add(country.equals("LV") ? "lv,en" : "en")
                            .add(random.nextBoolean())
                            .add(random.nextBoolean())
                            .add(random.nextBoolean())
                            .add(random.nextBoolean())
                            .add(true)
                            .add(true)
                            .add(1)
                            .add(created)
                            .add(0)
                            .end();
                    consents.add(id)
                            .add(1)
                            .add(null)
                            .add("I agree that my name, organisation and country are kept for the project's"
                                    + " report and audit.")
                            .add(created)
                            .add(null)
                            .end();
                    eventProject[e] = p;
                    eventStart[e] = start;
                    eventEnd[e] = end;
                    eventPublished[e] = projectPublished[p] && random.nextInt(10) < 8;
                }
            }
            delegationFirst[target] = delegationId + 1;
        }
    }

    private void registrations() throws Exception {
        int total = scaled(2_000_000);
        int[] weights = new int[eventCount];
        int biggest = -1;
        for (int e = 0; e < eventCount; e++) {
            weights[e] = random.nextInt(50) == 0 ? 500 + random.nextInt(1_000) : 10 + random.nextInt(50);
            if (biggest < 0 && isPortfolio(eventProject[e]) && !eventEnd[e].isAfter(TODAY)) {
                biggest = e;
            }
        }
        if (biggest >= 0) {
            weights[biggest] = 3_000;
        }
        int[] perEvent = spread(total, weights);
        String[] sources = {"DELEGATION_LINK", "PUBLIC_LINK", "STAFF", "IMPORT"};
        int[] sourceWeights = {60, 25, 10, 5};
        LocalDate erasedBefore = TODAY.minusYears(5);
        long id = 0;
        long attendance = 0;
        try (CopyBatch batch = batch()) {
            CopyWriter registrations = batch.table(
                    "event_registration",
                    "id, event_id, delegation_id, first_name, last_name, email, email_key, name_key,"
                            + " organisation_name, town_id, town_name, country, status, source, gender, age_band,"
                            + " first_time, fewer_opportunities, dietary, accessibility, language,"
                            + " consent_version, consented_at, manage_token, check_in_code, short_code,"
                            + " registered_by, created_at, updated_at, cancelled_at, erased_at, version,"
                            + " days_present");
            CopyWriter present = batch.table(
                    "event_attendance", "registration_id, attendance_day, source, recorded_at, recorded_by");
            for (int e = 0; e < eventCount; e++) {
                int p = eventProject[e];
                int firstPartner = partnerFirst[p];
                int partnerCount = partnerFirst[p + 1] - firstPartner;
                boolean past = !eventEnd[e].isAfter(TODAY);
                boolean erased = projectEnd[p].isBefore(erasedBefore);
                for (int j = 0; j < perEvent[e]; j++) {
                    long registration = ++id;
                    boolean viaDelegation = random.nextInt(10) != 0;
                    int q = firstPartner + random.nextInt(partnerCount);
                    Long delegation = viaDelegation ? delegationFirst[e] + (q - firstPartner) : null;
                    String country = partnerCountry[q];
                    int town = orgTown[(int) partnerOrg[q] - 1];
                    int roll = random.nextInt(100);
                    String status = roll < 88 ? "CONFIRMED" : roll < 93 ? "WAITLISTED" : "CANCELLED";
                    boolean cancelled = status.equals("CANCELLED");
                    String first = FIRST[j % FIRST.length];
                    String last = LAST[(j / FIRST.length + e) % LAST.length];
                    String email = slug(first) + "." + slug(last) + "." + j + "@mail.example";
                    Instant created = eventStart[e]
                            .minusDays(1 + random.nextInt(60))
                            .atStartOfDay()
                            .toInstant(ZoneOffset.UTC);
                    boolean gone = erased;
                    String source = viaDelegation ? sources[weighted(sourceWeights)] : "PUBLIC_LINK";
                    registrations
                            .add(registration)
                            .add(e + 1)
                            .add(delegation)
                            .add(gone ? null : first)
                            .add(gone ? null : last)
                            .add(gone ? null : email)
                            .add(gone || cancelled ? null : email)
                            .add(gone || cancelled ? null : SearchText.normalize(first + " " + last) + " " + j)
                            .add(gone ? null : orgName[(int) partnerOrg[q] - 1])
                            .add(gone ? null : townId[town])
                            .add(gone ? null : townName[town])
                            .add(country)
                            .add(status)
                            .add(source)
                            .add(null)
                            .add(null)
                            .add(random.nextInt(3) == 0)
                            .add(random.nextInt(5) == 0)
                            .add(gone || random.nextInt(8) != 0 ? null : "vegetarian")
                            .add(null)
                            .add(country.equals("LV") ? "lv" : "en")
                            .add(1)
                            .add(created)
                            .add(token("m", registration))
                            .add(checkInCode(registration))
                            .add(shortCode(registration))
                            .add(null)
                            .add(created)
                            .add(created)
                            .add(cancelled ? created.plus(1, ChronoUnit.DAYS) : null)
                            .add(gone ? MADE.minus(random.nextInt(300), ChronoUnit.DAYS) : null)
                            .add(0);
                    int daysPresent = 0;
                    if (past && status.equals("CONFIRMED")) {
                        for (LocalDate day = eventStart[e]; !day.isAfter(eventEnd[e]); day = day.plusDays(1)) {
                            if (random.nextInt(100) < 85) {
                                present.add(registration)
                                        .add(day)
                                        .add(random.nextInt(10) < 7 ? "CHECK_IN" : "PAPER_LIST")
                                        .add(day.atTime(8 + random.nextInt(3), random.nextInt(60))
                                                .toInstant(ZoneOffset.UTC))
                                        .add(null)
                                        .end();
                                daysPresent++;
                                attendance++;
                            }
                        }
                    }
                    registrations.add(daysPresent).end();
                }
            }
        }
        countConfirmed();
        System.out.printf(Locale.ROOT, "    %,d registrations, %,d attendance days%n", id, attendance);
        if (biggest >= 0) {
            System.out.printf(
                    Locale.ROOT,
                    "    largest portfolio event: %d (%d registrations)%n",
                    biggest + 1,
                    perEvent[biggest]);
        }
    }

    /**
     * Sets each event's {@code event_registration_settings.confirmed} to the number of its CONFIRMED
     * registrations, as RegistrationStore keeps it (migration V202612120200): COPY bypasses the store,
     * and a place is taken with {@code confirmed < capacity}, so a zero here would over-book events.
     */
    private void countConfirmed() throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.executeUpdate("update event_registration_settings s set confirmed = c.confirmed"
                    + " from (select event_id, count(*) as confirmed from event_registration"
                    + " where status = 'CONFIRMED' group by event_id) c where c.event_id = s.event_id");
        }
    }

    private boolean isPortfolio(int project) {
        for (int q = partnerFirst[project]; q < partnerFirst[project + 1]; q++) {
            if (partnerOrg[q] == PORTFOLIO_ORGANISATION) {
                return true;
            }
        }
        return false;
    }

    private void publications() throws Exception {
        try (CopyBatch batch = batch()) {
            CopyWriter publications = batch.table(
                    "publication", "subject_type, subject_id, published, published_at, changed_at, changed_by");
            for (int p = 0; p < projectCount; p++) {
                if (projectPublished[p] || (!projectStatus[p].equals("DELETED") && random.nextInt(20) == 0)) {
                    Instant at = projectStart[p].atStartOfDay().toInstant(ZoneOffset.UTC);
                    publications
                            .add("PROJECT")
                            .add(p + 1)
                            .add(projectPublished[p])
                            .add(at)
                            .add(at)
                            .add(1001)
                            .end();
                }
            }
            for (int e = 0; e < eventCount; e++) {
                if (eventPublished[e]) {
                    Instant at = eventStart[e].minusDays(30).atStartOfDay().toInstant(ZoneOffset.UTC);
                    publications
                            .add("EVENT")
                            .add(e + 1)
                            .add(true)
                            .add(at)
                            .add(at)
                            .add(1001)
                            .end();
                }
            }
        }
    }

    private void news() throws Exception {
        int count = scaled(50_000);
        String[] tags = {"twinning", "remembrance", "youth", "conference", "citizens", "culture", "europe"};
        try (CopyBatch batch = batch()) {
            CopyWriter articles = batch.table(
                    "news_article",
                    "id, slug, title_lv, title_en, body_lv, body_en, author_id, author_name, project_id,"
                            + " event_id, published, publish_at, created_at, updated_at, version, list_at");
            CopyWriter articleTags = batch.table("news_tag", "article_id, tag");
            for (int n = 0; n < count; n++) {
                long id = n + 1;
                int e = random.nextInt(eventCount);
                int p = eventProject[e];
                boolean aboutEvent = random.nextInt(10) < 6;
                String place = townName[orgTown[(int) partnerOrg[partnerFirst[p]] - 1]];
                String title = aboutEvent
                        ? "Partners met in " + place + " for \"" + projectTitle[p] + "\""
                        : place + " starts the project \"" + projectTitle[p] + "\"";
                LocalDate day = aboutEvent ? eventEnd[e].plusDays(1 + random.nextInt(10)) : projectStart[p];
                Instant publishAt =
                        day.atTime(9 + random.nextInt(8), random.nextInt(60)).toInstant(ZoneOffset.UTC);
                boolean published = random.nextInt(100) < 85;
                String body = "Representatives of " + (partnerFirst[p + 1] - partnerFirst[p]) + " partner towns met"
                        + " to discuss the project's next steps.\n\nThe programme included workshops, a visit to the"
                        + " town's museum and a citizens' debate on **" + projectTitle[p] + "**.\n\n"
                        + "The next meeting will take place in spring.";
                articles.add(id)
                        .add(slug(title) + "-" + id)
                        .add(null)
                        .add(title)
                        .add(null)
                        .add(body)
                        .add(1001)
                        .add(FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)])
                        .add(p + 1)
                        .add(aboutEvent ? (Long) (long) (e + 1) : null)
                        .add(published)
                        .add(published ? publishAt : null)
                        .add(publishAt.minus(2, ChronoUnit.DAYS))
                        .add(publishAt.minus(1, ChronoUnit.DAYS))
                        .add(0)
                        .add(published ? publishAt : publishAt.minus(2, ChronoUnit.DAYS))
                        .end();
                int tagCount = random.nextInt(3);
                int firstTag = random.nextInt(tags.length);
                for (int t = 0; t < tagCount; t++) {
                    articleTags.add(id).add(tags[(firstTag + t) % tags.length]).end();
                }
            }
        }
    }

    private void resetSequences() throws SQLException {
        String[] tables = {
            "organisation",
            "organisation_contact",
            "user_account",
            "project",
            "project_partner",
            "event",
            "event_delegation",
            "event_registration",
            "news_article"
        };
        try (Statement statement = db.createStatement()) {
            for (String table : tables) {
                statement.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), (select max(id) from "
                        + table + "))");
            }
        }
    }

    private void print(String schema, long allNanos) throws SQLException {
        System.out.printf(Locale.ROOT, "%nEU-size data set in schema %s (seed %d, scale %s)%n", schema, SEED, scale);
        String[] tables = {
            "town",
            "twin_link",
            "organisation",
            "organisation_contact",
            "user_account",
            "project",
            "project_partner",
            "grant_award",
            "event",
            "event_delegation",
            "event_registration",
            "event_attendance",
            "publication",
            "news_article",
            "news_tag"
        };
        try (Statement statement = db.createStatement()) {
            for (String table : tables) {
                try (ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
                    rows.next();
                    System.out.printf(Locale.ROOT, "  %-24s %,12d rows%n", table, rows.getLong(1));
                }
            }
            try (ResultSet rows = statement.executeQuery("select pg_size_pretty(sum(pg_total_relation_size("
                    + "quote_ident(schemaname) || '.' || quote_ident(tablename)))) from pg_tables where schemaname = '"
                    + schema + "'")) {
                rows.next();
                System.out.printf(Locale.ROOT, "  size on disk             %s%n", rows.getString(1));
            }
        }
        System.out.println("Times:");
        timings.forEach((name, nanos) -> System.out.printf(Locale.ROOT, "  %-62s %7.1f s%n", name, nanos / 1e9));
        System.out.printf(Locale.ROOT, "  %-62s %7.1f s%n", "total", allNanos / 1e9);
        System.out.printf(
                Locale.ROOT,
                "Sign in as %s (organisation %d, %d projects) or %s; password %s%n",
                COORDINATOR_EMAIL,
                PORTFOLIO_ORGANISATION,
                PORTFOLIO_PROJECTS,
                ADMIN_EMAIL,
                PASSWORD);
    }

    /** An index chosen with the given weights. */
    private int weighted(int[] weights) {
        int sum = 0;
        for (int w : weights) {
            sum += w;
        }
        int pick = random.nextInt(sum);
        for (int i = 0; i < weights.length; i++) {
            pick -= weights[i];
            if (pick < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** Splits {@code total} into parts proportional to the weights, summing exactly to {@code total}. */
    static int[] spread(int total, int[] weights) {
        long sum = 0;
        for (int w : weights) {
            sum += w;
        }
        int[] parts = new int[weights.length];
        long given = 0;
        long running = 0;
        for (int i = 0; i < weights.length; i++) {
            running += weights[i];
            long upTo = running * total / sum;
            parts[i] = (int) (upTo - given);
            given = upTo;
        }
        return parts;
    }

    /** A unique URL-safe token: the kind, the number, and a mixed hash of both (not a secret). */
    private static String token(String kind, long n) {
        long mixed = mix(n * 31 + kind.hashCode());
        return kind + Long.toString(n, 36) + "x" + Long.toUnsignedString(mixed, 36)
                + Long.toUnsignedString(mix(mixed), 36);
    }

    private static String checkInCode(long n) {
        String code = token("c", n);
        return code.length() > 32 ? code.substring(0, 32) : code;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /**
     * Eight characters of CheckInCode's alphabet, different for every number below 31^8: a
     * multiplication by a number prime to 31 is a bijection modulo 31^8.
     */
    static String shortCode(long n) {
        String alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
        long modulus = 852_891_037_441L; // 31^8
        long value = Math.floorMod(n * 387_420_489L + 12_345L, modulus);
        char[] code = new char[8];
        for (int i = 7; i >= 0; i--) {
            code[i] = alphabet.charAt((int) (value % 31));
            value /= 31;
        }
        return new String(code);
    }

    private static String slug(String text) {
        String key = SearchText.normalize(text).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return key.length() > 80 ? key.substring(0, 80) : key;
    }
}
