package org.jumelage.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.jumelage.account.AccountManagement;
import org.jumelage.account.NewUser;
import org.jumelage.account.Role;
import org.jumelage.account.SignedInUser;
import org.jumelage.event.EventDraft;
import org.jumelage.event.EventManagement;
import org.jumelage.event.EventType;
import org.jumelage.event.HostPlaceInput;
import org.jumelage.network.NewContact;
import org.jumelage.network.OrganisationDraft;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.network.OrganisationSummary;
import org.jumelage.network.OrganisationType;
import org.jumelage.project.OutcomeKind;
import org.jumelage.project.PartnerRole;
import org.jumelage.project.PortfolioFilter;
import org.jumelage.project.ProjectDraft;
import org.jumelage.project.ProjectManagement;
import org.jumelage.project.ProjectStatus;
import org.jumelage.project.ProjectSummary;
import org.jumelage.project.StatedPartners;
import org.jumelage.publicity.NewsArticle;
import org.jumelage.publicity.NewsArticleDraft;
import org.jumelage.publicity.NewsDraft;
import org.jumelage.publicity.NewsDraftWriter;
import org.jumelage.publicity.NewsManagement;
import org.jumelage.publicity.Publications;
import org.jumelage.shared.LocalizedText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the facts of the five origin documents (listed with their sources in docs/demo-data.md)
 * when JUMELAGE_DEMO=true and the database holds no organisation and no project. What a document leaves open stays open: partners
 * it does not name are recorded by country only, unknown dates stay empty, and contradictions are
 * kept visible in a source note. People keep their published names but get example.org addresses.
 */
@Component
class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    /** Demo accounts, documented in the README. */
    static final String COORDINATOR_EMAIL = "coordinator@example.org";

    static final String PARTNER_EMAIL = "partner@example.org";
    static final String DEMO_PASSWORD = "Demo-Daugavpils-2018";

    // GeoNames ids (shared/data/README.md lists them as present in the gazetteer).
    static final long DAUGAVPILS = 460413L;
    static final long POZNAN = 3088171L;
    static final long LODZ = 3093133L;
    static final long PIOTRKOW_TRYBUNALSKI = 3088972L;
    static final long LASK = 3093902L;

    /** The loader acts as an administrator of the instance would. */
    private static final SignedInUser LOADER =
            new SignedInUser(0, "demo-data", "Demo data", "en", EnumSet.of(Role.ADMIN), null);

    @ConfigurationProperties("jumelage.demo")
    record DemoProperties(boolean enabled) {}

    private final DemoProperties properties;
    private final AccountManagement accounts;
    private final OrganisationManagement organisations;
    private final ProjectManagement projects;
    private final EventManagement events;
    private final Publications publications;
    private final NewsDraftWriter newsDrafts;
    private final NewsManagement news;
    private final TransactionTemplate transaction;

    DemoData(
            DemoProperties properties,
            AccountManagement accounts,
            OrganisationManagement organisations,
            ProjectManagement projects,
            EventManagement events,
            Publications publications,
            NewsDraftWriter newsDrafts,
            NewsManagement news,
            PlatformTransactionManager transactionManager) {
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactionManager);
        this.accounts = accounts;
        this.organisations = organisations;
        this.projects = projects;
        this.events = events;
        this.publications = publications;
        this.newsDrafts = newsDrafts;
        this.news = news;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadWhenAskedFor() {
        if (!properties.enabled()) {
            return;
        }
        if (holdsData()) {
            log.info("JUMELAGE_DEMO is set, but the database already holds data: no demo data loaded");
            return;
        }
        // All or nothing: a half-loaded demo would count as "holds data" at the next start.
        transaction.executeWithoutResult(status -> load());
        log.info(
                "Loaded the demo data: 4 projects from the Daugavpils City Council documents; demo users {} and {}",
                COORDINATOR_EMAIL,
                PARTNER_EMAIL);
    }

    boolean holdsData() {
        return organisations.search("", null, PageRequest.of(0, 1)).getTotalElements() > 0
                || projects.portfolio(LOADER, PortfolioFilter.none(), PageRequest.of(0, 1))
                                .getTotalElements()
                        > 0;
    }

    void load() {
        OrganisationSummary daugavpils = organisations.create(new OrganisationDraft(
                LocalizedText.of("Daugavpils pilsētas dome", "Daugavpils City Council"),
                OrganisationType.MUNICIPALITY,
                DAUGAVPILS,
                "LV",
                null,
                null));
        organisations.addContact(
                daugavpils.id(),
                new NewContact("J. Ūzuliņa", "jolanta.uzulina@example.org", null, "Projekta koordinatore"));
        OrganisationSummary lodzRegion = organisations.create(new OrganisationDraft(
                LocalizedText.of("Lodzas reģions", "Łódź Region"), OrganisationType.REGION, LODZ, "PL", null, null));
        OrganisationSummary poznan = organisations.create(new OrganisationDraft(
                LocalizedText.of("Poznaņas pašvaldība", "City of Poznań"),
                OrganisationType.MUNICIPALITY,
                POZNAN,
                "PL",
                null,
                null));

        long coordinatorId =
                demoUser(COORDINATOR_EMAIL, "Demo koordinatore (Daugavpils)", "lv", Role.COORDINATOR, daugavpils);
        demoUser(PARTNER_EMAIL, "Demo partner (Poznań)", "en", Role.PARTNER, poznan);

        erdec(lodzRegion, daugavpils);
        long meeting = ttchan(daugavpils);
        publishTtchan(accounts.signedInUser(coordinatorId).orElseThrow(), meeting);
        citiesOfChange(poznan, daugavpils);
        decode(daugavpils);
    }

    private long demoUser(String email, String name, String language, Role role, OrganisationSummary organisation) {
        long id = accounts.createUser(new NewUser(email, name, DEMO_PASSWORD, language, Set.of(role)))
                .id();
        accounts.setOrganisation(id, organisation.id());
        return id;
    }

    /**
     * The whole chain a newcomer should see on the public site: TTChan and its meeting published,
     * and the news of document 001 (the project and its meeting) as the news draft writer writes it, in
     * both languages, published by the demo coordinator (an editor of the project).
     */
    private void publishTtchan(SignedInUser coordinator, long meetingId) {
        long projectId = events.find(coordinator, meetingId).orElseThrow().projectId();
        publications.publishProject(coordinator, projectId, true);
        publications.publishEvent(coordinator, meetingId, true);
        NewsDraft lv = newsDrafts.forProject(coordinator, projectId, "lv");
        NewsDraft en = newsDrafts.forProject(coordinator, projectId, "en");
        NewsArticle article = news.create(
                coordinator,
                new NewsArticleDraft(
                        null,
                        LocalizedText.of(lv.title(), en.title()),
                        LocalizedText.of(lv.body(), en.body()),
                        projectId,
                        meetingId,
                        List.of("TTChan"),
                        null));
        news.publish(coordinator, article.id(), true);
    }

    /** Document 000: coordinated by the Łódź Region; Daugavpils one partner among eleven member states. */
    private void erdec(OrganisationSummary lead, OrganisationSummary daugavpils) {
        ProjectSummary project = projects.create(
                LOADER,
                ProjectDraft.builder()
                        .titles(LocalizedText.of(
                                "Eiropas reģioni Eiropas pilsonības attīstībai",
                                "European Regions Developing European Citizenship"))
                        .measure("")
                        .referenceNumber("558833-CITIZ-1-2014-2-PL-CITIZ-NT")
                        .status(ProjectStatus.RUNNING)
                        .summary(LocalizedText.of(
                                "Izstrādāt tematisku ilgtermiņa sadarbību starp ES vietējām un reģionālajām pašvaldībām un "
                                        + "pilsoniskās sabiedrības organizācijām, kas vērsta uz Eiropas pilsonības reģionālās "
                                        + "dimensijas attīstību.",
                                "Long-term thematic cooperation between local and regional authorities and civil-society "
                                        + "organisations on the regional dimension of European citizenship: information about "
                                        + "the EU political agenda, programmes and funding; citizens' rights and duties; "
                                        + "actions that mobilise residents."))
                        .themes(List.of("European citizenship", "regional dimension"))
                        .leadOrganisationId(lead.id())
                        .sourceNote(
                                "The source says Daugavpils City Council takes part together with eleven EU member states; "
                                        + "it names no other partner. Each partner pays its own travel to international events.")
                        .build());
        projects.addPartner(LOADER, project.id(), daugavpils.id(), null, PartnerRole.PARTNER);
        projects.addPartner(LOADER, project.id(), null, "SI", PartnerRole.PARTNER);

        event(
                project,
                "Partneru tikšanās Lodzā",
                "Partner meeting in Łódź",
                EventType.PARTNER_MEETING,
                List.of(town(LODZ)),
                null,
                null,
                null);
        event(
                project,
                "Partneru tikšanās Daugavpilī",
                "Partner meeting in Daugavpils",
                EventType.PARTNER_MEETING,
                List.of(town(DAUGAVPILS)),
                null,
                null,
                null);
        // "Bistrica, Slovenia": several Slovenian towns carry the name; kept as written, not guessed.
        event(
                project,
                "Partneru tikšanās Bistricā",
                "Partner meeting in Bistrica",
                EventType.PARTNER_MEETING,
                List.of(new HostPlaceInput(null, "Bistrica", "SI")),
                null,
                null,
                null);
        event(
                project,
                "Ceturtā partneru tikšanās un konference “Entrepreneurship and Union – EU citizens as entrepreneurs "
                        + "on the common market”",
                "Fourth partner meeting and conference “Entrepreneurship and Union – EU citizens as entrepreneurs "
                        + "on the common market”",
                EventType.CONFERENCE,
                List.of(town(PIOTRKOW_TRYBUNALSKI), town(LODZ), town(LASK)),
                null,
                null,
                null);
        projects.addOutcome(
                LOADER,
                project.id(),
                null,
                OutcomeKind.PRESENTATION,
                LocalizedText.of(
                        "Daugavpils pilsētas dome prezentēja savas aktivitātes uzņēmējdarbības veicināšanai un "
                                + "uzņēmējdarbības priekšrocības Daugavpilī.",
                        "Daugavpils City Council presented its support for entrepreneurship and the advantages of doing "
                                + "business in Daugavpils."));
    }

    /** Document 001: Daugavpils leads; six partners from six countries; guests from Italy. Returns the meeting. */
    private long ttchan(OrganisationSummary daugavpils) {
        ProjectSummary project = projects.create(
                LOADER,
                ProjectDraft.builder()
                        .acronym("TTChan")
                        .titles(LocalizedText.of(null, null))
                        .measure("E4C-2014-TT")
                        .callCode("E4C-2014-TT-2018-03-01")
                        .status(ProjectStatus.CLOSED)
                        .startDate(LocalDate.of(2018, 11, 8))
                        .endDate(LocalDate.of(2018, 11, 12))
                        .summary(LocalizedText.of(
                                "Stiprināt pilsētu sadraudzību, izmantojot demokrātisku iesaistīšanos un pilsonisko "
                                        + "līdzdalību, kuras pamatā ir dalība, izpratne, solidaritāte un starpkultūru sinerģija.",
                                "Strengthen town twinning through democratic engagement and civic participation, based on "
                                        + "participation, understanding, solidarity and intercultural synergy."))
                        .themes(List.of("town twinning", "civic participation", "Latvia's centenary"))
                        .leadOrganisationId(daugavpils.id())
                        .sourceNote(
                                "The source names the project only by its acronym and names no partner but Daugavpils.")
                        .build());
        for (String country : List.of("LT", "PL", "DE", "SE", "RS")) {
            projects.addPartner(LOADER, project.id(), null, country, PartnerRole.PARTNER);
        }
        projects.addPartner(LOADER, project.id(), null, "IT", PartnerRole.GUEST);
        projects.statePartners(LOADER, project.id(), new StatedPartners(6, 6));
        return event(
                project,
                "Starptautiskā tikšanās Daugavpilī",
                "International meeting in Daugavpils",
                EventType.CITIZENS_MEETING,
                List.of(town(DAUGAVPILS)),
                LocalDate.of(2018, 11, 8),
                LocalDate.of(2018, 11, 12),
                "Kultūra, pieredzes apmaiņa, gatavošanās Latvijas simtgadei, Daugavpils un Latgales apskates vietas.");
    }

    /** Documents 002 and 003: Poznań leads a network of 14 partners from 11 countries. */
    private void citiesOfChange(OrganisationSummary poznan, OrganisationSummary daugavpils) {
        ProjectSummary project = projects.create(
                LOADER,
                ProjectDraft.builder()
                        .titles(LocalizedText.of(
                                "Pilsētu sadarbība teritorijas attīstības jomā – pārmaiņu pilsētas",
                                "Cities of change – the co-operation of cities in the field of city development"))
                        .measure("E4C-2007-NT")
                        .status(ProjectStatus.CLOSED)
                        .endDate(LocalDate.of(2015, 5, 31))
                        .totalCost(new BigDecimal("99000"))
                        .fundingRate(new BigDecimal("100"))
                        .website("http://www.ccnet.poznan.pl")
                        .summary(LocalizedText.of(
                                "Izveidot starptautisku, ilgspējīgu tīklu starp Eiropas pilsētām, lai dalītos pieredzē par "
                                        + "mūsdienīga un stratēģiska pilsētplānojuma izstrādi.",
                                "A lasting international network of cities sharing experience in modern, strategic urban "
                                        + "planning: training, workshops and conferences."))
                        .themes(List.of(
                                "strategic urban planning", "public consultation", "quality-of-life indicators"))
                        .leadOrganisationId(poznan.id())
                        .sourceNote(
                                "The source counts 14 partners from 11 countries and names only Poznań and Daugavpils; "
                                        + "every other country is recorded once, without an organisation.")
                        .build());
        projects.addPartner(LOADER, project.id(), daugavpils.id(), null, PartnerRole.PARTNER);
        for (String country : List.of("IT", "IE", "NL", "LT", "ES", "FR", "GB", "DE", "RO")) {
            projects.addPartner(LOADER, project.id(), null, country, PartnerRole.PARTNER);
        }
        // 14 partners from 11 countries, two of them named: the three the record cannot hold show as such.
        projects.statePartners(LOADER, project.id(), new StatedPartners(14, 11));
        event(
                project,
                "Pirmā starptautiskā konference",
                "First international conference",
                EventType.CONFERENCE,
                List.of(town(POZNAN)),
                LocalDate.of(2013, 11, 13),
                LocalDate.of(2013, 11, 14),
                "Stratēģiskā uzraudzība, publiskās konsultācijas, dzīves līmeņa rādītāju analīze.");
        LocalDate conference = LocalDate.of(2013, 11, 14);
        projects.addOutcome(
                LOADER,
                project.id(),
                conference,
                OutcomeKind.PRESENTATION,
                LocalizedText.of(
                        "Daugavpils prezentācija „Publiskās konsultācijas – veids kā būt tuvāk pilsētas iedzīvotājiem”",
                        "Daugavpils presented “Public consultation – a way to be closer to the city's residents”"));
        projects.addOutcome(
                LOADER,
                project.id(),
                conference,
                OutcomeKind.EXPERIENCE,
                LocalizedText.of(
                        "Gūta pieredze par pašvaldību darbību plānošanas jomās", "Experience of municipal planning"));
        projects.addOutcome(
                LOADER,
                project.id(),
                conference,
                OutcomeKind.EXPERIENCE,
                LocalizedText.of(
                        "Gūta pieredze par Hāgas (Nīderlande), Poznaņas (Polija) un Klaipēdas (Lietuva) pašvaldību darbību "
                                + "starptautiskās sadarbības un teritorijas attīstības plānošanas jomā",
                        "The practice of The Hague (NL), Poznań (PL) and Klaipėda (LT) in international cooperation and "
                                + "urban development planning"));
        projects.addOutcome(
                LOADER,
                project.id(),
                conference,
                OutcomeKind.CONTACTS,
                LocalizedText.of(
                        "Iegūti jauni starptautiski sadarbības kontakti un apspriestas turpmākās aktivitātes",
                        "New international contacts, and next activities discussed"));
    }

    /** Document 004: Daugavpils leads DeCoDe; "seven countries" named, eight listed. */
    private void decode(OrganisationSummary daugavpils) {
        ProjectSummary project = projects.create(
                LOADER,
                ProjectDraft.builder()
                        .acronym("DeCoDe")
                        .titles(LocalizedText.of(
                                "Depopulācija – reģionālo centru izaicinājums",
                                "Challenges of Regional Centres: Depopulation Control, Development – best practices"))
                        .measure("E4C-2014-NT")
                        .status(ProjectStatus.CLOSED)
                        .startDate(LocalDate.of(2018, 3, 1))
                        .endDate(LocalDate.of(2020, 2, 1))
                        .summary(
                                LocalizedText.of(
                                        "Izveidot starptautisku, ilgtspējīgu tīklu starp Eiropas pilsētām, lai dalītos pieredzē par "
                                                + "depopulācijas procesiem un rastu risinājumus depopulācijas ierobežošanai.",
                                        "A lasting network of cities sharing experience on depopulation, collecting proposals for "
                                                + "depopulation control that the cities integrate into their planning documents."))
                        .themes(List.of("depopulation", "re-emigration", "future of the EU"))
                        .coordinatorName("J. Ūzuliņa")
                        .coordinatorEmail("jolanta.uzulina@example.org")
                        .leadOrganisationId(daugavpils.id())
                        .sourceNote(
                                "The source says partners come from \"seven countries\" and then lists eight: Latvia, "
                                        + "Lithuania, Poland, Germany, Romania, Italy, Denmark and Spain.")
                        .build());
        for (String country : List.of("LT", "PL", "DE", "RO", "IT", "DK", "ES")) {
            projects.addPartner(LOADER, project.id(), null, country, PartnerRole.PARTNER);
        }
        event(
                project,
                "Projekta pirmā tikšanās",
                "First project meeting",
                EventType.PARTNER_MEETING,
                List.of(town(DAUGAVPILS)),
                LocalDate.of(2018, 5, 23),
                LocalDate.of(2018, 5, 24),
                "Depopulācija ES, Latvijas un Latgales kontekstā; Latvijas reemigrācijas pilotprojekts; "
                        + "debates par ES nākotni.");
    }

    private static HostPlaceInput town(long id) {
        return new HostPlaceInput(id, null, null);
    }

    private long event(
            ProjectSummary project,
            String titleLv,
            String titleEn,
            EventType type,
            List<HostPlaceInput> hosts,
            @Nullable LocalDate start,
            @Nullable LocalDate end,
            @Nullable String agendaLv) {
        return events.create(
                        LOADER,
                        project.id(),
                        new EventDraft(
                                LocalizedText.of(titleLv, titleEn),
                                type,
                                hosts,
                                null,
                                start,
                                end,
                                null, // the zone of the first host town's country (Poznań: Europe/Warsaw)
                                LocalizedText.of(agendaLv, null),
                                Map.of()))
                .id();
    }
}
