package org.jumelage.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jumelage.account.AccountManagement;
import org.jumelage.event.EventManagement;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.project.ProjectManagement;
import org.jumelage.publicity.NewsArticle;
import org.jumelage.publicity.NewsArticleDraft;
import org.jumelage.publicity.NewsManagement;
import org.jumelage.publicity.PublicSiteFixture;
import org.jumelage.publicity.Publications;
import org.jumelage.shared.LocalizedText;
import org.jumelage.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chromium.HasCdp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every page type of the staff tool, signed in as a coordinator, a partner's contact and an
 * administrator, and the pages of the same layout a visitor or a registered citizen sees, in both
 * languages (the coordinator's also in German, the longest staff language): nothing is wider than
 * the window at 360, 390, 1024 and 1280
 * pixels (the document scrolls only downwards), and axe-core (WCAG 2.0/2.1 A and AA) finds no
 * serious or critical violation. One browser session per role and language visits the pages in
 * sequence; the widths are emulated, so 360 pixels are really 360.
 */
@BrowserTest
class StaffPagesBrowserTests {

    static final int[] WIDTHS = {360, 390, 1024, 1280};

    /** The scene is built once for the class: every test reads it, none changes it. */
    static Scene scene;

    @Autowired
    OrganisationManagement organisations;

    @Autowired
    AccountManagement accounts;

    @Autowired
    ProjectManagement projects;

    @Autowired
    EventManagement events;

    @Autowired
    Publications publications;

    @Autowired
    NewsManagement news;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    record Scene(PublicSiteFixture site, long articleId, long coordinatorUserId, String measure, String manageToken) {}

    @BeforeEach
    void setUp() {
        if (scene != null) {
            return;
        }
        PublicSiteFixture site =
                new PublicSiteFixture(organisations, accounts, projects, events, publications, jdbc, clock);
        long citizen = site.meeting.person(site.meeting.kaunasDelegation, "Rūta", "Kazlauskienė-Vaitkevičiūtė", "LT");
        site.meeting.person(site.meeting.leadDelegation, "Jānis", "Bērziņš", "LV");
        site.meeting.person(null, "Guest", "Vienas", "LV");
        String tag = "staff-" + UUID.randomUUID().toString().substring(0, 6);
        NewsArticle article = news.create(
                site.meeting.coordinator,
                new NewsArticleDraft(
                        null,
                        LocalizedText.of("Tikšanās Daugavpilī " + tag, "Meeting in Daugavpils " + tag),
                        LocalizedText.of(
                                "Partneri no **Lietuvas** tikās Daugavpilī.", "Partners from **Lithuania** met."),
                        site.projectId,
                        site.pastEventId,
                        List.of(tag),
                        null));
        long coordinatorUserId = accounts.findUserByEmail(site.meeting.coordinatorEmail)
                .orElseThrow()
                .id();
        String measure = projects.find(site.meeting.coordinator, site.projectId)
                .orElseThrow()
                .summary()
                .measure();
        String manageToken = jdbc.sql("select manage_token from event_registration where id = :id")
                .param("id", citizen)
                .query(String.class)
                .single();
        scene = new Scene(site, article.id(), coordinatorUserId, measure, manageToken);
    }

    /** The pages a coordinator of the lead partner works with. */
    static List<String> coordinatorPages() {
        PublicSiteFixture site = scene.site();
        long project = site.projectId;
        long event = site.pastEventId;
        long delegation = site.meeting.kaunasDelegation;
        return List.of(
                "/projects",
                "/projects/" + project,
                "/projects/" + project + "/edit",
                "/projects/new",
                "/projects/" + project + "/publication",
                "/projects/" + project + "/events/new",
                "/events/" + event,
                "/events/" + event + "/edit",
                "/events/" + event + "/registration",
                "/events/" + event + "/lists",
                "/events/" + event + "/check-in",
                "/events/" + event + "/statistics",
                "/events/" + event + "/attendance/paper",
                "/events/" + event + "/publication",
                "/events/" + event + "/delegations/new",
                "/delegations/" + delegation,
                "/delegations/" + delegation + "/edit",
                "/delegations/" + delegation + "/members/new",
                "/delegations/" + delegation + "/import",
                "/news",
                "/news/new",
                "/news/" + scene.articleId(),
                "/news/" + scene.articleId() + "/edit",
                "/programmes",
                "/programmes/calculator",
                "/organisations",
                "/organisations/" + site.leadOrganisationId,
                "/organisations/" + site.leadOrganisationId + "/edit",
                "/organisations/new",
                "/towns",
                "/profile",
                "/about",
                "/dashboards");
    }

    /** The pages of a partner's contact: the shared project, the event and their own delegation. */
    static List<String> partnerPages() {
        PublicSiteFixture site = scene.site();
        long delegation = site.meeting.kaunasDelegation;
        return List.of(
                "/projects",
                "/projects/" + site.projectId,
                "/events/" + site.pastEventId,
                "/delegations/" + delegation,
                "/delegations/" + delegation + "/members/new",
                "/profile",
                "/dashboards");
    }

    /** The administrator's own pages, and the main pages again under the administrator's navigation. */
    static List<String> administratorPages() {
        PublicSiteFixture site = scene.site();
        return List.of(
                "/admin/users",
                "/admin/users/new",
                "/admin/users/" + scene.coordinatorUserId(),
                "/admin/audit",
                "/admin/rules",
                "/admin/rules/" + scene.measure(),
                "/admin/mail",
                "/admin/projects/deleted",
                "/admin/towns/new",
                "/projects",
                "/projects/" + site.projectId,
                "/events/" + site.pastEventId,
                "/organisations/" + site.leadOrganisationId,
                "/profile",
                "/dashboards",
                "/admin/overview");
    }

    /** The pages of the staff layout that a visitor or a registered citizen sees without signing in. */
    static List<String> visitorPages() {
        return List.of(
                "/sign-in",
                "/about",
                "/password/forgot",
                "/registration/" + scene.manageToken(),
                "/registration/" + scene.manageToken() + "/cancel");
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({
        "coordinator, en",
        "coordinator, lv",
        "coordinator, de",
        "administrator, en",
        "administrator, lv",
        "partner, en",
        "partner, lv",
        "visitor, en",
        "visitor, lv"
    })
    void everyStaffPageFitsFrom360PixelsUpAndAxeFindsNoSeriousOrCriticalViolation(
            String role, String lang, Browser browser) {
        List<String> pages = switch (role) {
            case "coordinator" -> {
                browser.signIn(scene.site().meeting.coordinatorEmail, TestUsers.PASSWORD);
                yield coordinatorPages();
            }
            case "partner" -> {
                browser.signIn(scene.site().meeting.partnerEmail, TestUsers.PASSWORD);
                yield partnerPages();
            }
            case "administrator" -> {
                browser.signIn(TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
                yield administratorPages();
            }
            case "visitor" -> visitorPages();
            default -> throw new IllegalArgumentException(role);
        };
        browser.open(pages.get(0) + "?lang=" + lang);
        browser.waitForLanguage(lang);

        List<String> overflows = new ArrayList<>();
        List<String> violations = new ArrayList<>();
        try {
            for (String page : pages) {
                browser.open(page);
                browser.waitForLanguage(lang);
                browser.waitFor(By.id("main"));
                waitForHtmx(browser);
                for (int width : WIDTHS) {
                    setWidth(browser, width);
                    boolean navigation = width == 1280 && !role.equals("visitor");
                    Map<?, ?> measured = (Map<?, ?>) browser.script(
                            "return {width: window.innerWidth, overflow: (" + OVERFLOW + ")(),"
                                    + " navigationOnOneLine: arguments[0] ? (" + NAVIGATION_ON_ONE_LINE
                                    + ")() : null};",
                            navigation);
                    assertThat(((Number) measured.get("width")).intValue())
                            .as("the window of %s is %d px wide", page, width)
                            .isEqualTo(width);
                    if (measured.get("overflow") != null) {
                        overflows.add(page + " at " + width + " px: " + measured.get("overflow"));
                    }
                    if (navigation && !Boolean.TRUE.equals(measured.get("navigationOnOneLine"))) {
                        overflows.add(page + " at 1280 px: the navigation takes more than one line");
                    }
                }
                if (!role.equals("partner")) {
                    violations.addAll(axe(browser, page));
                }
            }
        } finally {
            ((HasCdp) browser.driver()).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }

        violations.forEach(System.out::println);
        assertThat(overflows)
                .as("pages wider than the window (%s, %s)", role, lang)
                .isEmpty();
        assertThat(violations)
                .as("serious or critical WCAG 2.1 AA violations (%s, %s)", role, lang)
                .isEmpty();
    }

    /** Makes the page exactly {@code width} CSS pixels wide, as a phone or a small laptop shows it. */
    static void emulateWidth(Browser browser, int width) {
        setWidth(browser, width);
        assertThat(((Number) browser.script("return window.innerWidth;")).intValue())
                .isEqualTo(width);
    }

    /** As {@link #emulateWidth}, for a caller that reads {@code window.innerWidth} back itself. */
    static void setWidth(Browser browser, int width) {
        ((HasCdp) browser.driver())
                .executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        Map.of("width", width, "height", 800, "deviceScaleFactor", 1, "mobile", false));
    }

    /**
     * Null when the document is no wider than the window; otherwise its width and the elements that
     * reach past the window's right edge (the outermost few), to say where to look.
     */
    static String overflow(Browser browser) {
        return (String) browser.script("return (" + OVERFLOW + ")();");
    }

    /**
     * A JavaScript function: null when the document is no wider than the window; otherwise its width
     * and the elements that reach past the window's right edge (the outermost few), to say where to
     * look.
     */
    static final String OVERFLOW = """
            () => {
              const width = window.innerWidth;
              const scroll = document.documentElement.scrollWidth;
              if (scroll <= width) { return null; }
              const wide = [];
              for (const element of document.body.querySelectorAll('*')) {
                const box = element.getBoundingClientRect();
                if (box.right > width + 1 && box.width > 0 && !wide.some(outer => outer.contains(element))) {
                  wide.push(element);
                }
              }
              return scroll + ' px wide; ' + wide.slice(0, 5).map(e => e.tagName.toLowerCase()
                  + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined
                      ? '.' + String(e.className).trim().split(/\\s+/).join('.') : '')
                  + ' (' + Math.round(e.getBoundingClientRect().right) + ')').join(', ');
            }""";

    /**
     * A JavaScript function: true when the whole navigation is in one row: the user menu's toggle
     * starts beside the brand, and every top-level item of the navigation (links, menus, languages,
     * user menu) starts at the same height.
     */
    static final String NAVIGATION_ON_ONE_LINE = """
            () => {
              const brand = document.querySelector('.navbar-brand').getBoundingClientRect();
              const menu = document.getElementById('nav-user-menu').getBoundingClientRect();
              const tops = [...document.querySelectorAll('#main-nav > ul > li')]
                  .map(item => item.getBoundingClientRect())
                  .filter(box => box.width > 0)
                  .map(box => box.top);
              return menu.top < brand.bottom && menu.right <= window.innerWidth
                  && Math.max(...tops) - Math.min(...tops) <= 4;
            }""";

    static List<String> axe(Browser browser, String page) {
        Results results = browser.axe();
        assertThat(results.isErrored())
                .as("axe ran on %s: %s", page, results.getErrorMessage())
                .isFalse();
        assertThat(results.getPasses()).as("axe checked %s", page).isNotEmpty();
        System.out.printf(
                "axe %s: %d rules passed, %d violations (%s)%n",
                page,
                results.getPasses().size(),
                results.getViolations().size(),
                results.getViolations().stream()
                        .map(rule -> rule.getId() + "/" + rule.getImpact())
                        .collect(Collectors.joining(", ")));
        return PublicSiteBrowserTests.describe(results.getViolations().stream()
                        .filter(rule -> PublicSiteBrowserTests.BLOCKING.contains(rule.getImpact()))
                        .toList())
                .stream()
                .map(line -> page + ": " + line)
                .toList();
    }

    /** Waits until htmx has loaded the parts a page fetches after it opens (the grant panel, say). */
    static void waitForHtmx(Browser browser) {
        browser.waiting()
                .withMessage("htmx is still loading part of the page")
                .until(driver -> Boolean.TRUE.equals(
                        browser.script("return document.querySelector('.htmx-request') === null;")));
    }
}
