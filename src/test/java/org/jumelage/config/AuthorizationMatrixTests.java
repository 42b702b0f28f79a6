package org.jumelage.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.jumelage.account.AccountManagement;
import org.jumelage.account.Role;
import org.jumelage.account.SignedInUser;
import org.jumelage.event.EventDraft;
import org.jumelage.event.EventManagement;
import org.jumelage.event.EventType;
import org.jumelage.event.HostPlaceInput;
import org.jumelage.mail.MailAttachment;
import org.jumelage.mail.MailOutbox;
import org.jumelage.mail.OutgoingMail;
import org.jumelage.network.NewContact;
import org.jumelage.network.NoticeDraft;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.network.OrganisationSummary;
import org.jumelage.network.PartnerNoticeRelay;
import org.jumelage.network.PartnerNotices;
import org.jumelage.network.RelayMessage;
import org.jumelage.network.TwinLink;
import org.jumelage.network.TwinLinkDraft;
import org.jumelage.network.TwinTown;
import org.jumelage.network.TwinningManagement;
import org.jumelage.participation.EventEvidence;
import org.jumelage.participation.EvidenceUpload;
import org.jumelage.participation.RegistrationQuestions;
import org.jumelage.participation.RegistrationSettingsDraft;
import org.jumelage.participation.RegistrationSettingsManagement;
import org.jumelage.project.OutcomeKind;
import org.jumelage.project.PartnerRole;
import org.jumelage.project.ProjectManagement;
import org.jumelage.publicity.NewsArticle;
import org.jumelage.publicity.NewsArticleDraft;
import org.jumelage.publicity.NewsManagement;
import org.jumelage.publicity.NewsTestImages;
import org.jumelage.publicity.Publications;
import org.jumelage.shared.LocalizedText;
import org.jumelage.support.JumelageIntegrationTest;
import org.jumelage.support.ParticipantRows;
import org.jumelage.support.ProjectDrafts;
import org.jumelage.support.RegistryFixtures;
import org.jumelage.support.TestUsers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The table "Who may do what" in {@code docs/architecture.md} against the running application:
 * every endpoint Spring MVC knows must be in the table, every endpoint in the table must exist, and
 * every endpoint answers each kind of user as the table says. The fixture: a project led by
 * organisation A (its coordinator is the project editor) with organisation B as partner (its
 * partner contact only views the project), an event, B's delegation with one member, registration
 * open with a public link, evidence, a news draft; for public pages the project, event and a news
 * article are published. A call the table allows must not answer 401, 403, 404 or a redirect to the
 * sign-in page; a refused call answers 401 (API) or the sign-in redirect (pages) to anonymous
 * callers and 403 or 404 to signed-in ones. Changing calls of allowed users get a fresh fixture, so
 * no call depends on another's effect. Requests carry no input, so allowed changes mostly end in a
 * validation answer, which is enough: permission is decided before input is read.
 */
@JumelageIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTests {

    static final Path ARCHITECTURE = Path.of("docs/architecture.md");
    static final String SECTION = "## Who may do what";
    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    /** The table's columns after module, action and endpoints. */
    enum Who {
        ANONYMOUS,
        PARTNER_CONTACT,
        PROJECT_EDITOR,
        ADMINISTRATOR
    }

    /** What a cell says. */
    enum Expected {
        ALLOWED,
        REFUSED,
        /** Everybody is told "not found" (the public site's catch-all). */
        NOT_FOUND,
        /** Listed but not called (the error page answers whatever error it is handed). */
        NOT_CALLED
    }

    /** An endpoint as {@code METHOD /pattern}; {@code *} when the mapping takes every method. */
    record Endpoint(String method, String pattern) implements Comparable<Endpoint> {
        @Override
        public String toString() {
            return method + " " + pattern;
        }

        @Override
        public int compareTo(Endpoint other) {
            return toString().compareTo(other.toString());
        }
    }

    /** @param inputFirst the endpoints marked † : they read their input before checking the permission */
    record Row(
            String module,
            String action,
            List<Endpoint> endpoints,
            Set<Endpoint> inputFirst,
            Map<Who, Expected> expected) {}

    /**
     * Calls that change what the shared fixture holds even without input (deleting, removing, a
     * new link, cancelling, settings saved with their defaults): allowed users get a fresh fixture.
     */
    static final Set<String> CHANGING_WITHOUT_INPUT = Set.of(
            "delete",
            "remove",
            "link",
            "restore",
            "cancel",
            "erase",
            "retry",
            "revoke",
            "registration",
            "registration-settings");

    /** The input a few calls need to get as far as the permission check. */
    static final Map<String, String> BODIES = Map.of(
            "POST /api/v1/events/{id}/check-ins/undo", "{\"registrationId\":%d}",
            "POST /api/v1/events/{id}/check-ins", "{\"registrationId\":%d}");

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    OrganisationManagement organisations;

    @Autowired
    AccountManagement accounts;

    @Autowired
    ProjectManagement projects;

    @Autowired
    EventManagement events;

    @Autowired
    RegistrationSettingsManagement settings;

    @Autowired
    EventEvidence evidence;

    @Autowired
    NewsManagement news;

    @Autowired
    Publications publications;

    @Autowired
    MailOutbox outbox;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PartnerNotices notices;

    @Autowired
    PartnerNoticeRelay relay;

    /** A current partner-search notice of the lead organisation (issue 15). */
    long noticeId;

    OrganisationSummary lead;

    @Autowired
    TwinningManagement twinnings;

    /** A link of the lead's town (Daugavpils) with a signed charter, made on first use. */
    @Nullable
    Long twinLinkId;

    OrganisationSummary partner;
    Map<Who, SignedInUser> users = new EnumMap<>(Who.class);
    long spareUserId;
    long mailId;
    Scene shared;

    /** The ids and tokens one call needs. */
    record Scene(
            long projectId,
            long partnerId,
            long outcomeId,
            long eventId,
            long delegationId,
            long registrationId,
            String publicToken,
            String delegationToken,
            String manageToken,
            long draftArticleId,
            long evidenceId,
            long publishedArticleId,
            String publishedSlug) {}

    @BeforeAll
    void setUp() {
        RegistryFixtures registry = new RegistryFixtures(organisations, accounts);
        lead = registry.municipality(RegistryFixtures.DAUGAVPILS, "LV", "Authorisation lead");
        partner = registry.municipality(RegistryFixtures.KAUNAS, "LT", "Authorisation partner");
        users.put(Who.PARTNER_CONTACT, user(registry.member(partner, Role.PARTNER)));
        users.put(Who.PROJECT_EDITOR, user(registry.member(lead, Role.COORDINATOR)));
        users.put(Who.ADMINISTRATOR, user(TestUsers.ADMIN_EMAIL));
        spareUserId = accounts.findUserByEmail(registry.member(lead, Role.COORDINATOR))
                .orElseThrow()
                .id();
        mailId = transactions.execute(status -> outbox.enqueue(new OutgoingMail(
                "someone@example.org",
                "Subject",
                "Text",
                null,
                List.of(new MailAttachment("meeting.ics", "text/calendar", "BEGIN:VCALENDAR".getBytes())),
                "authorisation-test")));
        shared = scene(true, true);
        organisations.addContact(lead.id(), new NewContact("Jana Ūzuliņa", "notices@example.org", null, null));
        noticeId = notice();
    }

    /** A new current notice of the lead organisation, published by an administrator. */
    private long notice() {
        return notices.publish(
                        users.get(Who.ADMINISTRATOR),
                        lead.id(),
                        new NoticeDraft(
                                LocalizedText.of("Meklējam partnerus", "Looking for partners"),
                                LocalizedText.of(null, "A festival"),
                                LocalizedText.of(null, null),
                                LocalizedText.of(null, null),
                                null,
                                null,
                                null,
                                List.of("en"),
                                notices.today().plusDays(30)))
                .id();
    }

    /** The token of a new message to the shared notice, read from the confirmation mail. */
    private String relayToken() {
        String sender = "sender-" + java.util.UUID.randomUUID() + "@example.org";
        relay.submit(
                noticeId,
                new RelayMessage("Aistė", sender, null, null, "Hello"),
                "2001:db8::" + java.util.UUID.randomUUID(),
                Locale.ENGLISH);
        String text = jdbc.sql("select body_text from mail_outbox where recipient = :to")
                .param("to", sender)
                .query(String.class)
                .single();
        Matcher token =
                Pattern.compile("/partner-notices/confirm/([A-Za-z0-9_-]+)").matcher(text);
        assertThat(token.find()).isTrue();
        return token.group(1);
    }

    private SignedInUser user(String email) {
        return accounts.signedInUser(
                        accounts.findUserByEmail(email).orElseThrow().id())
                .orElseThrow();
    }

    private SignedInUser editor() {
        return users.get(Who.PROJECT_EDITOR);
    }

    /** A project of A with partner B, its event, B's delegation with a member, evidence and a draft. */
    Scene scene(boolean withImage, boolean published) {
        SignedInUser editor = editor();
        long projectId = projects.create(
                        editor,
                        ProjectDrafts.townTwinning(
                                "RIGHTS",
                                LocalizedText.of("Tiesības", "Rights"),
                                LocalDate.of(2018, 11, 8),
                                LocalDate.of(2018, 11, 12),
                                lead.id()))
                .id();
        projects.addPartner(editor, projectId, partner.id(), null, PartnerRole.PARTNER);
        long partnerId = projects.partners(editor, projectId).stream()
                .filter(candidate -> Long.valueOf(partner.id()).equals(candidate.organisationId()))
                .findFirst()
                .orElseThrow()
                .id();
        projects.addOutcome(
                editor, projectId, null, OutcomeKind.PRESENTATION, LocalizedText.of("Prezentācija", "Talk"));
        long outcomeId =
                projects.find(editor, projectId).orElseThrow().outcomes().get(0).id();
        long eventId = events.create(
                        editor,
                        projectId,
                        new EventDraft(
                                LocalizedText.of("Tikšanās", "Meeting"),
                                EventType.PARTNER_MEETING,
                                List.of(new HostPlaceInput(RegistryFixtures.DAUGAVPILS, null, null)),
                                null,
                                LocalDate.of(2018, 11, 8),
                                LocalDate.of(2018, 11, 10),
                                "Europe/Riga",
                                LocalizedText.of(null, null),
                                Map.of(partnerId, 5)))
                .id();
        ParticipantRows rows = new ParticipantRows(jdbc);
        long delegationId = rows.delegation(eventId, partnerId, partner.id(), "LT");
        String publicToken = settings.update(
                        editor,
                        eventId,
                        new RegistrationSettingsDraft(
                                true,
                                null,
                                null,
                                null,
                                true,
                                List.of("lv", "en"),
                                RegistrationQuestions.NONE,
                                LocalizedText.of(null, null)))
                .publicToken();
        long registrationId = rows.registration(eventId, delegationId, "Aistė", "Kazlauskienė", "LT");
        String manageToken = jdbc.sql("select manage_token from event_registration where id = :id")
                .param("id", registrationId)
                .query(String.class)
                .single();
        String delegationToken = jdbc.sql("select link_token from event_delegation where id = :id")
                .param("id", delegationId)
                .query(String.class)
                .single();
        NewsArticle draft = news.create(editor, article(projectId, "Draft"));
        if (withImage) {
            attachImage(draft.id());
        }
        long evidenceId = evidence.upload(
                        editor,
                        eventId,
                        new EvidenceUpload(delegationId, null, "list.pdf", PDF.length, new ByteArrayInputStream(PDF)))
                .id();
        long publishedId = 0;
        String slug = "none";
        if (published) {
            publications.publishProject(editor, projectId, true);
            publications.publishEvent(editor, eventId, true);
            NewsArticle article = news.create(editor, article(projectId, "Published"));
            attachImage(article.id());
            news.publish(editor, article.id(), true);
            publishedId = article.id();
            slug = article.slug();
        }
        return new Scene(
                projectId,
                partnerId,
                outcomeId,
                eventId,
                delegationId,
                registrationId,
                publicToken,
                delegationToken,
                manageToken,
                draft.id(),
                evidenceId,
                publishedId,
                slug);
    }

    private static NewsArticleDraft article(long projectId, String title) {
        String unique = title + " " + java.util.UUID.randomUUID().toString().substring(0, 8);
        return new NewsArticleDraft(
                null,
                LocalizedText.of(unique, unique),
                LocalizedText.of("Teksts.", "Text."),
                projectId,
                null,
                List.of(),
                null);
    }

    private void attachImage(long articleId) {
        byte[] png = NewsTestImages.image("png", 300, 200);
        news.attachImage(
                editor(), articleId, new ByteArrayInputStream(png), png.length, LocalizedText.of("Attēls", "Picture"));
    }

    // --- the table ----------------------------------------------------------------------------

    static List<Row> table() throws IOException {
        List<String> lines = Files.readAllLines(ARCHITECTURE, StandardCharsets.UTF_8);
        int start = lines.indexOf(SECTION);
        assertThat(start).as("%s has a section \"%s\"", ARCHITECTURE, SECTION).isNotNegative();
        List<Row> rows = new ArrayList<>();
        Pattern endpoint = Pattern.compile("`([A-Z*]+) (/[^`]*)`(†?)");
        boolean inTable = false;
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("## ")) {
                break;
            }
            if (line.startsWith("| module | action |")) {
                inTable = true;
                continue;
            }
            if (!inTable || !line.startsWith("|") || line.startsWith("| ---")) {
                continue;
            }
            String[] cells = line.substring(1, line.length() - 1).split("(?<!\\\\)\\|", -1);
            assertThat(cells)
                    .as("a row of module, action, endpoints and four users: %s", line)
                    .hasSize(7);
            List<Endpoint> endpoints = new ArrayList<>();
            Set<Endpoint> inputFirst = new TreeSet<>();
            Matcher matcher = endpoint.matcher(cells[2]);
            while (matcher.find()) {
                Endpoint found = new Endpoint(matcher.group(1), matcher.group(2).replace("\\|", "|"));
                endpoints.add(found);
                if (!matcher.group(3).isEmpty()) {
                    inputFirst.add(found);
                }
            }
            assertThat(endpoints).as("endpoints of the row %s", line).isNotEmpty();
            Map<Who, Expected> expected = new EnumMap<>(Who.class);
            for (Who who : Who.values()) {
                expected.put(who, expected(cells[3 + who.ordinal()].strip(), line));
            }
            rows.add(new Row(cells[0].strip(), cells[1].strip(), endpoints, inputFirst, expected));
        }
        return rows;
    }

    private static Expected expected(String cell, String line) {
        String word = cell.split("[ (]", 2)[0].toLowerCase(Locale.ROOT);
        return switch (word) {
            case "yes" -> Expected.ALLOWED;
            case "no" -> Expected.REFUSED;
            case "404" -> Expected.NOT_FOUND;
            case "n/a" -> Expected.NOT_CALLED;
            default ->
                throw new AssertionError("A cell must start with yes, no, 404 or n/a: \"" + cell + "\" in " + line);
        };
    }

    /** Every endpoint Spring MVC serves, with whether it takes multipart bodies. */
    Map<Endpoint, Boolean> endpoints() {
        Map<Endpoint, Boolean> endpoints = new TreeMap<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> handler :
                mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = handler.getKey();
            Set<String> patterns = info.getPatternValues();
            Set<String> methods = info.getMethodsCondition().getMethods().stream()
                    .map(Enum::name)
                    .collect(java.util.stream.Collectors.toSet());
            boolean multipart = info.getConsumesCondition().getConsumableMediaTypes().stream()
                            .anyMatch(MediaType.MULTIPART_FORM_DATA::includes)
                    || Stream.of(handler.getValue().getMethodParameters())
                            .anyMatch(parameter -> MultipartFile.class.isAssignableFrom(parameter.getParameterType())
                                    || MultipartFile.class.isAssignableFrom(
                                            parameter.nestedIfOptional().getNestedParameterType()));
            for (String pattern : patterns) {
                for (String method : methods.isEmpty() ? Set.of("*") : methods) {
                    endpoints.put(new Endpoint(method, pattern), multipart);
                }
            }
        }
        return endpoints;
    }

    @Test
    void everyEndpointIsInTheTableAndEveryRowNamesARealEndpoint() throws IOException {
        Set<Endpoint> served = endpoints().keySet();
        Set<Endpoint> listed = new TreeSet<>();
        table().forEach(row -> listed.addAll(row.endpoints()));

        Set<Endpoint> missing = new TreeSet<>(served);
        missing.removeAll(listed);
        Set<Endpoint> unknown = new TreeSet<>(listed);
        unknown.removeAll(served);
        assertThat(missing)
                .as(
                        "endpoints missing from the table \"Who may do what\" in docs/architecture.md; add each to the"
                                + " row of its action, or a new row (module | action | `METHOD /path` | anonymous | partner"
                                + " contact | project editor | administrator):%n  %s",
                        String.join(
                                "\n  ", missing.stream().map(Endpoint::toString).toList()))
                .isEmpty();
        assertThat(unknown)
                .as(
                        "rows of the table \"Who may do what\" name endpoints that do not exist:%n  %s",
                        String.join(
                                "\n  ", unknown.stream().map(Endpoint::toString).toList()))
                .isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyUserGetsWhatTheTableSays() throws IOException {
        Map<Endpoint, Boolean> served = endpoints();
        List<DynamicTest> tests = new ArrayList<>();
        for (Row row : table()) {
            for (Endpoint endpoint : row.endpoints()) {
                if (!served.containsKey(endpoint)) {
                    continue; // reported by the test above
                }
                for (Who who : Who.values()) {
                    Expected expected = row.expected().get(who);
                    if (expected == Expected.NOT_CALLED) {
                        continue;
                    }
                    tests.add(DynamicTest.dynamicTest(
                            endpoint + " as " + who + ": " + expected,
                            () -> check(row, endpoint, served.get(endpoint), who, expected)));
                }
            }
        }
        return tests.stream();
    }

    private void check(Row row, Endpoint endpoint, boolean multipart, Who who, Expected expected) throws Exception {
        String last = endpoint.pattern().substring(endpoint.pattern().lastIndexOf('/') + 1);
        boolean changes = endpoint.method().equals("DELETE")
                || (!endpoint.method().equals("GET") && CHANGING_WITHOUT_INPUT.contains(last));
        Scene scene = changes && expected == Expected.ALLOWED
                ? scene(endpoint.pattern().contains("image"), false)
                : shared;
        String uri = uri(endpoint, scene, who);
        MockHttpServletResponse response = mvc.perform(request(endpoint, multipart, uri, who, scene))
                .andReturn()
                .getResponse();
        int status = response.getStatus();
        String location = response.getHeader("Location");
        String hxRedirect = response.getHeader("HX-Redirect");
        boolean toSignIn = (status == 302 && location != null && location.contains("/sign-in"))
                || (hxRedirect != null && hxRedirect.contains("/sign-in"));
        String answer = endpoint + " (" + uri + ") as " + who + " answered " + status
                + (location == null ? "" : " to " + location) + "; the table (" + row.module() + ", "
                + row.action() + ") says " + expected;
        assertThat(status).as(answer + ": never a server error").isLessThan(500);
        switch (expected) {
            case ALLOWED ->
                assertThat(toSignIn || status == 401 || status == 403 || status == 404)
                        .as(answer)
                        .isFalse();
            case REFUSED -> {
                if (who == Who.ANONYMOUS) {
                    assertThat(toSignIn || status == 401).as(answer).isTrue();
                } else if (row.inputFirst().contains(endpoint)) {
                    assertThat(status)
                            .as(answer + " (input read first, marked †)")
                            .isIn(400, 403, 404, 409, 422);
                } else {
                    assertThat(status).as(answer).isIn(403, 404);
                }
            }
            case NOT_FOUND -> assertThat(status).as(answer).isEqualTo(404);
            case NOT_CALLED -> throw new AssertionError("not called");
        }
    }

    private AbstractMockHttpServletRequestBuilder<?> request(
            Endpoint endpoint, boolean multipart, String uri, Who who, Scene scene) {
        HttpMethod method = HttpMethod.valueOf(endpoint.method().equals("*") ? "GET" : endpoint.method());
        AbstractMockHttpServletRequestBuilder<?> request;
        if (multipart) {
            request = MockMvcRequestBuilders.multipart(method, uri);
        } else {
            request = MockMvcRequestBuilders.request(method, uri);
            if (uri.startsWith("/api/") && (method == HttpMethod.POST || method == HttpMethod.PUT)) {
                String body = BODIES.getOrDefault(endpoint.toString(), "{}").formatted(scene.registrationId());
                request.contentType(MediaType.APPLICATION_JSON).content(body);
            }
        }
        request.with(csrf());
        SignedInUser user = users.get(who);
        if (user != null) {
            request.with(authentication(UsernamePasswordAuthenticationToken.authenticated(
                    user,
                    null,
                    user.roles().stream()
                            .map(role -> new SimpleGrantedAuthority(role.authority()))
                            .toList())));
        }
        return request;
    }

    /** The pattern with its variables filled from the scene. */
    String uri(Endpoint endpoint, Scene scene, Who who) {
        Matcher matcher = Pattern.compile("\\{([a-zA-Z]+)(:[^}]*)?}|/\\*\\*$").matcher(endpoint.pattern());
        StringBuilder uri = new StringBuilder();
        while (matcher.find()) {
            String before = endpoint.pattern().substring(0, matcher.start());
            String value =
                    matcher.group(1) == null ? "/no-such-page" : value(endpoint, before, matcher.group(1), scene, who);
            matcher.appendReplacement(uri, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(uri);
        return uri.toString();
    }

    private String value(Endpoint endpoint, String before, String name, Scene scene, Who who) {
        return switch (name) {
            case "lang" -> "en";
            case "projectId" -> String.valueOf(scene.projectId());
            case "eventId" -> String.valueOf(scene.eventId());
            case "registrationId" -> String.valueOf(scene.registrationId());
            case "partnerId" -> String.valueOf(scene.partnerId());
            case "outcomeId" -> String.valueOf(scene.outcomeId());
            case "evidenceId" -> String.valueOf(scene.evidenceId());
            case "contactId" ->
                String.valueOf(organisations
                        .addContact(lead.id(), new NewContact("Jana Ūzuliņa", "jana@example.org", null, null))
                        .id());
            case "userId" -> String.valueOf(spareUserId);
            case "position" -> "0";
            case "format" -> "csv";
            case "part" -> "projects";
            case "number" -> "1";
            case "publicToken" -> scene.publicToken();
            case "delegationToken" -> scene.delegationToken();
            case "manageToken" -> scene.manageToken();
            case "token" -> relayToken();
            case "slug" -> shared.publishedSlug();
            case "measure" -> "E4C-2014-TT";
            case "code" -> before.endsWith("/calls/") ? "E4C-2014-TT-2018-03-01" : "E4C-2014-TT";
            case "id" -> id(endpoint, before, scene, who);
            case "linkId" -> String.valueOf(twinLinkId());
            case "geonamesId" -> String.valueOf(RegistryFixtures.DAUGAVPILS);
            default -> throw new AssertionError("The test does not know how to fill {" + name + "} of " + endpoint);
        };
    }

    private String id(Endpoint endpoint, String before, Scene scene, Who who) {
        if (before.endsWith("/projects/")) {
            return String.valueOf(scene.projectId());
        }
        if (before.endsWith("/events/")) {
            return String.valueOf(scene.eventId());
        }
        if (before.endsWith("/delegations/")) {
            return String.valueOf(scene.delegationId());
        }
        if (before.endsWith("/registrations/")) {
            return String.valueOf(scene.registrationId());
        }
        if (before.endsWith("/news/")) {
            boolean publicRead = before.startsWith("/media/")
                    || (before.equals("/api/v1/news/") && endpoint.method().equals("GET"));
            return String.valueOf(publicRead ? shared.publishedArticleId() : scene.draftArticleId());
        }
        if (before.endsWith("/organisations/")) {
            return String.valueOf(lead.id());
        }
        if (before.endsWith("/towns/")) {
            return String.valueOf(RegistryFixtures.DAUGAVPILS);
        }
        if (before.endsWith("/twinnings/")) {
            return String.valueOf(twinLinkId());
        }
        if (before.endsWith("/partner-notices/")) {
            // Withdrawing takes a notice off the public site: each withdrawal gets its own.
            return String.valueOf(endpoint.pattern().endsWith("/withdraw") ? notice() : noticeId);
        }
        if (before.endsWith("/users/")) {
            return String.valueOf(spareUserId);
        }
        if (before.endsWith("/mail/")) {
            return String.valueOf(mailId);
        }
        if (before.endsWith("/tokens/")) {
            SignedInUser user = users.get(who);
            return user == null
                    ? "1"
                    : String.valueOf(accounts.createApiToken(user.id(), "revocable")
                            .token()
                            .id());
        }
        throw new AssertionError("The test does not know how to fill {id} of " + endpoint);
    }

    private long twinLinkId() {
        if (twinLinkId == null) {
            SignedInUser admin = users.get(Who.ADMINISTRATOR);
            TwinLink link = twinnings.add(
                    admin,
                    new TwinLinkDraft(
                            RegistryFixtures.DAUGAVPILS,
                            new TwinTown(null, "Authorisation twin " + UUID.randomUUID(), "CN"),
                            "FORMAL",
                            "ACTIVE",
                            null,
                            null,
                            null));
            twinnings.attachCharter(admin, link.id(), "charter.pdf", new java.io.ByteArrayInputStream(PDF));
            twinLinkId = link.id();
        }
        return twinLinkId;
    }
}
