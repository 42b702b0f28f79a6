package org.jumelage.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.jumelage.account.AccountManagement;
import org.jumelage.account.NewUser;
import org.jumelage.account.Role;
import org.jumelage.account.SignedInUser;
import org.jumelage.event.EventDraft;
import org.jumelage.event.EventManagement;
import org.jumelage.event.EventType;
import org.jumelage.event.HostPlaceInput;
import org.jumelage.network.OrganisationDraft;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.network.OrganisationSummary;
import org.jumelage.network.OrganisationType;
import org.jumelage.project.OutcomeKind;
import org.jumelage.project.PartnerRole;
import org.jumelage.project.ProjectDraft;
import org.jumelage.project.ProjectManagement;
import org.jumelage.project.ProjectStatus;
import org.jumelage.publicity.NewsArticle;
import org.jumelage.publicity.NewsArticleDraft;
import org.jumelage.publicity.NewsManagement;
import org.jumelage.publicity.Publications;
import org.jumelage.shared.LocalizedText;
import org.jumelage.support.RegistryFixtures;
import org.jumelage.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The screenshots in the README: the portfolio and a project page as a coordinator sees them, the
 * public page of the same project and a news article about it, in English, 1280 pixels wide and as
 * tall as the page (up to {@link #MAX_HEIGHT}). The data follow the origin documents (shared/seeds):
 * Daugavpils City Council leads TTChan and DeCoDe and takes part in two networks. Each test writes
 * its file to {@code docs/screenshots/} and checks that it is a PNG of that width.
 */
@BrowserTest
class ScreenshotBrowserTests {

    static final Path FOLDER = Path.of("docs", "screenshots");
    static final int WIDTH = 1280;
    static final int MIN_HEIGHT = 600;
    static final int MAX_HEIGHT = 2400;

    private static final long DAUGAVPILS = RegistryFixtures.DAUGAVPILS;
    private static final long KAUNAS = RegistryFixtures.KAUNAS;
    private static final long POZNAN = RegistryFixtures.POZNAN;
    private static final long LODZ = RegistryFixtures.LODZ;

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

    String coordinatorEmail;
    SignedInUser coordinator;
    long ttchan;
    NewsArticle article;

    @BeforeEach
    void setUp() {
        OrganisationSummary daugavpils =
                organisation("Daugavpils pilsētas dome", "Daugavpils City Council", DAUGAVPILS, "LV");
        OrganisationSummary kaunas = organisation("Kauno miesto savivaldybė", "Kaunas City Municipality", KAUNAS, "LT");
        OrganisationSummary poznan = organisation("Poznaņas pašvaldība", "City of Poznań", POZNAN, "PL");
        OrganisationSummary lodz = organisation("Lodzas reģions", "Łódź Region", LODZ, "PL");
        coordinatorEmail = TestUsers.uniqueEmail("jolanta");
        long userId = accounts.createUser(new NewUser(
                        coordinatorEmail, "Jolanta Ūzuliņa", TestUsers.PASSWORD, "en", Set.of(Role.COORDINATOR)))
                .id();
        accounts.setOrganisation(userId, daugavpils.id());
        coordinator = accounts.signedInUser(userId).orElseThrow();

        ttchan = projects.create(
                        coordinator,
                        project(
                                "TTChan",
                                "Pilsētu sadraudzība pārmaiņām",
                                "Town Twinning for Change",
                                "E4C-2014-TT",
                                ProjectStatus.CLOSED,
                                LocalDate.of(2018, 11, 8),
                                LocalDate.of(2018, 11, 12),
                                "Stiprināt pilsētu sadraudzību, izmantojot demokrātisku iesaistīšanos un pilsonisko "
                                        + "līdzdalību.",
                                "Strengthen town twinning through democratic engagement and civic participation, "
                                        + "based on participation, understanding, solidarity and intercultural synergy.",
                                List.of("town twinning", "civic participation", "Latvia's centenary"),
                                daugavpils.id()))
                .id();
        projects.addPartner(coordinator, ttchan, kaunas.id(), null, PartnerRole.PARTNER);
        projects.addPartner(coordinator, ttchan, poznan.id(), null, PartnerRole.PARTNER);
        for (String country : List.of("DE", "SE", "RS")) {
            projects.addPartner(coordinator, ttchan, null, country, PartnerRole.PARTNER);
        }
        projects.addPartner(coordinator, ttchan, null, "IT", PartnerRole.GUEST);
        Map<Long, Integer> planned = new java.util.HashMap<>();
        int[] people = {40, 25, 25, 20, 15, 15, 6};
        List<org.jumelage.project.PartnerSummary> partners = projects.partners(coordinator, ttchan);
        for (int i = 0; i < partners.size(); i++) {
            planned.put(partners.get(i).id(), people[Math.min(i, people.length - 1)]);
        }
        long meeting = events.create(
                        coordinator,
                        ttchan,
                        new EventDraft(
                                LocalizedText.of(
                                        "Starptautiskā tikšanās Daugavpilī", "International meeting in Daugavpils"),
                                EventType.CITIZENS_MEETING,
                                List.of(new HostPlaceInput(DAUGAVPILS, null, null)),
                                "Marka Rotko mākslas centrs",
                                LocalDate.of(2018, 11, 8),
                                LocalDate.of(2018, 11, 12),
                                "Europe/Riga",
                                LocalizedText.of(
                                        "Kultūra, pieredzes apmaiņa, gatavošanās Latvijas simtgadei.",
                                        "Culture, exchange of experience, preparing Latvia's centenary, the sights of "
                                                + "Daugavpils and Latgale."),
                                planned))
                .id();
        projects.addOutcome(
                coordinator,
                ttchan,
                LocalDate.of(2018, 11, 12),
                OutcomeKind.CONTACTS,
                LocalizedText.of(
                        "Jauni kontakti starp sešu valstu pilsētām", "New contacts between towns of six countries"));

        long decode = projects.create(
                        coordinator,
                        project(
                                "DeCoDe",
                                "Depopulācija – reģionālo centru izaicinājums",
                                "Challenges of Regional Centres: Depopulation Control, Development",
                                "E4C-2014-NT",
                                ProjectStatus.CLOSED,
                                LocalDate.of(2018, 3, 1),
                                LocalDate.of(2020, 2, 1),
                                "Dalīties pieredzē par depopulācijas procesiem.",
                                "A lasting network of cities sharing experience on depopulation.",
                                List.of("depopulation", "re-emigration"),
                                daugavpils.id()))
                .id();
        for (String country : List.of("LT", "PL", "DE", "RO", "IT", "DK", "ES")) {
            projects.addPartner(coordinator, decode, null, country, PartnerRole.PARTNER);
        }
        SignedInUser poznanCoordinator = member(poznan);
        long cities = projects.create(
                        poznanCoordinator,
                        project(
                                null,
                                "Pārmaiņu pilsētas",
                                "Cities of change",
                                "E4C-2007-NT",
                                ProjectStatus.CLOSED,
                                null,
                                LocalDate.of(2015, 5, 31),
                                "Pilsētu tīkls mūsdienīgai pilsētplānošanai.",
                                "A network of cities sharing experience in strategic urban planning.",
                                List.of("urban planning"),
                                poznan.id()))
                .id();
        projects.addPartner(poznanCoordinator, cities, daugavpils.id(), null, PartnerRole.PARTNER);
        SignedInUser lodzCoordinator = member(lodz);
        long erdec = projects.create(
                        lodzCoordinator,
                        project(
                                null,
                                "Eiropas reģioni Eiropas pilsonības attīstībai",
                                "European Regions Developing European Citizenship",
                                "E4C-2014-NT",
                                ProjectStatus.RUNNING,
                                null,
                                null,
                                "Ilgtermiņa sadarbība par Eiropas pilsonības reģionālo dimensiju.",
                                "Long-term cooperation on the regional dimension of European citizenship.",
                                List.of("European citizenship"),
                                lodz.id()))
                .id();
        projects.addPartner(lodzCoordinator, erdec, daugavpils.id(), null, PartnerRole.PARTNER);

        publications.publishProject(coordinator, ttchan, true);
        publications.publishEvent(coordinator, meeting, true);
        article = news.create(
                coordinator,
                new NewsArticleDraft(
                        null,
                        LocalizedText.of(
                                "Daugavpilī tikās pilsētu sadraudzības partneri no sešām valstīm",
                                "Twinned towns from six countries met in Daugavpils"),
                        LocalizedText.of(
                                "No 2018. gada 8. līdz 12. novembrim Daugavpils pilsētas dome kā vadošais partneris "
                                        + "uzņēma projekta „Pilsētu sadraudzība pārmaiņām” (TTChan) starptautisko "
                                        + "tikšanos ar partneriem no Lietuvas, Polijas, Vācijas, Zviedrijas, Serbijas un "
                                        + "Latvijas.\n\nProjektu finansē Eiropas Savienības programma „Eiropa pilsoņiem”.",
                                "From 8 to 12 November 2018 Daugavpils City Council, as lead partner, hosted the "
                                        + "international meeting of the project *Town Twinning for Change* (TTChan) "
                                        + "with partners from Lithuania, Poland, Germany, Sweden, Serbia and Latvia.\n\n"
                                        + "The residents talked about **democratic engagement and civic participation**, "
                                        + "exchanged experience and prepared Latvia's centenary together; guests from "
                                        + "Italy joined them.\n\n"
                                        + "With the support of the Europe for Citizens Programme of the European Union."),
                        ttchan,
                        meeting,
                        List.of("town twinning", "Daugavpils"),
                        null));
        article = news.publish(coordinator, article.id(), true);
    }

    @Test
    void portfolio(Browser browser) throws IOException {
        browser.signIn(coordinatorEmail, TestUsers.PASSWORD);
        browser.open("/projects?lang=en");
        browser.waitForLanguage("en");
        browser.waitFor(By.partialLinkText("TTChan"));
        save(browser, "portfolio.png");
    }

    @Test
    void projectPage(Browser browser) throws IOException {
        browser.signIn(coordinatorEmail, TestUsers.PASSWORD);
        browser.open("/projects/" + ttchan + "?lang=en");
        browser.waitForLanguage("en");
        browser.waitFor(By.id("grant-checks"));
        browser.waitFor(By.id("publication"));
        save(browser, "project.png");
    }

    @Test
    void publicProjectPage(Browser browser) throws IOException {
        browser.open("/en/projects/" + ttchan);
        assertThat(browser.waitFor(By.id("project-title")).getText()).isEqualTo("Town Twinning for Change");
        save(browser, "public-project.png");
    }

    @Test
    void newsArticle(Browser browser) throws IOException {
        browser.open("/en/news/" + article.slug());
        assertThat(browser.waitFor(By.id("article-title")).getText())
                .isEqualTo("Twinned towns from six countries met in Daugavpils");
        save(browser, "news-article.png");
    }

    // --- helpers -------------------------------------------------------------------------------------

    /**
     * Waits until htmx has loaded every part of the page, makes the window as tall as the page and
     * saves the screenshot; then checks the file is a PNG 1280 pixels wide.
     */
    static void save(Browser browser, String name) throws IOException {
        browser.waiting()
                .withMessage("htmx to finish loading the page's parts")
                .until(driver -> Boolean.TRUE.equals(browser.script("return document.readyState === 'complete'"
                        + " && document.querySelectorAll('.htmx-request, [hx-trigger=\"load\"]').length === 0;")));
        Dimension before = browser.driver().manage().window().getSize();
        try {
            // The window's size includes what the browser draws around the page: ask for the page's.
            int frameWidth = ((Number) browser.script("return window.outerWidth - window.innerWidth;")).intValue();
            int frameHeight = ((Number) browser.script("return window.outerHeight - window.innerHeight;")).intValue();
            browser.driver().manage().window().setSize(new Dimension(WIDTH + frameWidth, MIN_HEIGHT + frameHeight));
            long height = ((Number) browser.script("return document.documentElement.scrollHeight;")).longValue();
            browser.driver()
                    .manage()
                    .window()
                    .setSize(new Dimension(WIDTH + frameWidth, (int) Math.min(MAX_HEIGHT, height) + frameHeight));
            browser.script("window.scrollTo(0, 0);");
            byte[] png = ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES);
            Files.createDirectories(FOLDER);
            Path file = FOLDER.resolve(name);
            Files.write(file, png);

            byte[] written = Files.readAllBytes(file);
            assertThat(written).isNotEmpty();
            assertThat(new String(written, 1, 3, java.nio.charset.StandardCharsets.US_ASCII))
                    .isEqualTo("PNG");
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(written));
            assertThat(image).as("%s is an image", file).isNotNull();
            assertThat(image.getWidth()).isEqualTo(WIDTH);
            assertThat(image.getHeight()).isGreaterThanOrEqualTo(MIN_HEIGHT);
        } finally {
            browser.driver().manage().window().setSize(before);
        }
    }

    OrganisationSummary organisation(String lv, String en, long town, String country) {
        return organisations.create(new OrganisationDraft(
                LocalizedText.of(lv, en), OrganisationType.MUNICIPALITY, town, country, null, null));
    }

    SignedInUser member(OrganisationSummary organisation) {
        long id = accounts.createUser(new NewUser(
                        TestUsers.uniqueEmail("partner"),
                        "Partner",
                        TestUsers.PASSWORD,
                        "en",
                        Set.of(Role.COORDINATOR)))
                .id();
        accounts.setOrganisation(id, organisation.id());
        return accounts.signedInUser(id).orElseThrow();
    }

    static ProjectDraft project(
            String acronym,
            String titleLv,
            String titleEn,
            String measure,
            ProjectStatus status,
            LocalDate start,
            LocalDate end,
            String summaryLv,
            String summaryEn,
            List<String> themes,
            long lead) {
        return new ProjectDraft(
                acronym,
                LocalizedText.of(titleLv, titleEn),
                null,
                null,
                measure,
                null,
                null,
                status,
                start,
                end,
                null,
                null,
                null,
                null,
                LocalizedText.of(summaryLv, summaryEn),
                LocalizedText.of(null, null),
                themes,
                "Jolanta Ūzuliņa",
                "jolanta.uzulina@example.org",
                null,
                lead,
                null);
    }
}
