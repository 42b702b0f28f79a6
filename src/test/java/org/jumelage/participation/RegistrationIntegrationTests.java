package org.jumelage.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.jumelage.account.AccountManagement;
import org.jumelage.account.AuditEntry;
import org.jumelage.account.AuditTrail;
import org.jumelage.event.EventException;
import org.jumelage.event.EventManagement;
import org.jumelage.event.RegistrationProblem;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.participation.persistence.CountedSettings;
import org.jumelage.participation.persistence.RegistrationStore;
import org.jumelage.project.ProjectManagement;
import org.jumelage.shared.BusinessException;
import org.jumelage.shared.LocalizedText;
import org.jumelage.support.JumelageIntegrationTest;
import org.jumelage.support.MutableClock;
import org.jumelage.support.RegistrationFixtures;
import org.jumelage.support.RegistrationFixtures.Meeting;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Registration through the service: the rules, the waiting list, the mails, erasure, two people at once. */
@JumelageIntegrationTest
class RegistrationIntegrationTests {

    @Autowired
    RegistrationManagement registrations;

    @Autowired
    RegistrationSettingsManagement settings;

    @Autowired
    OrganisationManagement organisations;

    @Autowired
    AccountManagement accounts;

    @Autowired
    ProjectManagement projects;

    @Autowired
    EventManagement events;

    @Autowired
    AuditTrail auditTrail;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RegistrationStore store;

    @Autowired
    MutableClock clock;

    RegistrationFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new RegistrationFixtures(organisations, accounts, projects, events, settings, jdbc);
    }

    @Test
    void aPublicRegistrationIsConfirmedWithTheConsentVersionAndAMailWithTheEventsCalendar() throws Exception {
        Meeting meeting = fixtures.meeting(null);
        RegistrationRequest request = RegistrationFixtures.citizen("Aistė", "Kazlauskienė", null);

        RegistrationSummary summary = registrations.registerPublicly(meeting.publicToken(), request);

        assertThat(summary.status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(summary.source()).isEqualTo(RegistrationSource.PUBLIC_LINK);
        assertThat(summary.consentVersion()).isEqualTo(1);
        assertThat(summary.townName()).isEqualTo("Kaunas");
        assertThat(summary.checkInToken()).startsWith(meeting.eventId() + ".");
        Mail mail = onlyMailTo(request.email());
        assertThat(mail.purpose()).isEqualTo("event.registration-confirmed");
        assertThat(mail.subject()).isEqualTo("Registration confirmed: Town twinning meeting");
        String manageToken = manageToken(summary.id());
        assertThat(mail.text())
                .contains("Hello Aistė,")
                .contains("8 Nov 2018")
                .contains("Daugavpils (Latvia)")
                .contains("Daugavpils Marka Rotko mākslas centrs")
                .contains("http://localhost:8080/registration/" + manageToken)
                .contains("Your check-in code: " + summary.checkInCode());
        assertThat(summary.checkInCode()).matches("[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}");

        Calendar calendar = new CalendarBuilder().build(new StringReader(mail.ics()));
        VEvent event = calendar.<VEvent>getComponents("VEVENT").get(0);
        assertThat(event.getSummary().getValue()).isEqualTo("Town twinning meeting");
        assertThat(event.getDateTimeStart().getValue()).isEqualTo("20181108");
        assertThat(event.getDateTimeEnd().getValue()).isEqualTo("20181113");
        assertThat(event.getUid().orElseThrow().getValue())
                .isEqualTo("jumelage-event-" + meeting.eventId() + "@localhost");
    }

    @Test
    void theMailIsInTheRegistrantsLanguage() {
        Meeting meeting = fixtures.meeting(null);
        RegistrationRequest request = withLanguage(RegistrationFixtures.citizen("Jānis", "Bērziņš", null), "lv");
        registrations.registerPublicly(meeting.publicToken(), request);
        Mail mail = onlyMailTo(request.email());
        assertThat(mail.subject()).isEqualTo("Pieteikšanās apstiprināta: Pilsētu sadraudzības tikšanās");
        assertThat(mail.text()).contains("Labdien, Jānis!").contains("08.11.2018");
    }

    @Test
    void anyLanguageOfJumelageIsKeptAndTheMailIsWrittenInIt() {
        Meeting meeting = fixtures.meeting(null);
        RegistrationRequest german = withLanguage(RegistrationFixtures.citizen("Jana", "Weber", null), "de");
        registrations.registerPublicly(meeting.publicToken(), german);
        Mail mail = onlyMailTo(german.email());
        assertThat(mail.text()).contains("Guten Tag Jana,").contains("08.11.2018");

        RegistrationRequest serbian =
                withLanguage(RegistrationFixtures.citizen("Milica", "Jovanović", null), "sr-Latn");
        registrations.registerPublicly(meeting.publicToken(), serbian);
        assertThat(jdbc.sql("select language from event_registration where email = :email")
                        .param("email", serbian.email())
                        .query(String.class)
                        .single())
                .isEqualTo("sr-Latn");
        assertThat(onlyMailTo(serbian.email()).text()).contains("Milica").contains("2018");

        RegistrationRequest unknown = withLanguage(RegistrationFixtures.citizen("Ivan", "Petrov", null), "ru");
        registrations.registerPublicly(meeting.publicToken(), unknown);
        assertThat(onlyMailTo(unknown.email()).text()).contains("Hello Ivan,");
    }

    @Test
    void aFullEventPutsPeopleOnTheWaitingListAndACancellationPromotesTheFirstInOrder() {
        Meeting meeting = fixtures.meeting(2);
        RegistrationSummary first = registrations.registerThroughDelegation(
                meeting.delegationToken(), RegistrationFixtures.citizen("Ona", "Petrauskienė", null));
        registrations.registerThroughDelegation(
                meeting.delegationToken(), RegistrationFixtures.citizen("Jonas", "Jonaitis", null));
        RegistrationRequest thirdRequest = RegistrationFixtures.citizen("Rūta", "Vaitkutė", null);
        RegistrationSummary third = registrations.registerThroughDelegation(meeting.delegationToken(), thirdRequest);
        clock.advance(Duration.ofSeconds(1));
        RegistrationSummary fourth = registrations.registerThroughDelegation(
                meeting.delegationToken(), RegistrationFixtures.citizen("Tomas", "Kazlauskas", null));

        assertThat(first.status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(first.delegationId()).isEqualTo(meeting.delegationId());
        assertThat(third.status()).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(fourth.status()).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(onlyMailTo(thirdRequest.email()).purpose()).isEqualTo("event.registration-waitlisted");

        registrations.cancel(meeting.coordinator(), first.id());

        assertThat(status(first.id())).isEqualTo("CANCELLED");
        assertThat(status(third.id())).isEqualTo("CONFIRMED");
        assertThat(status(fourth.id())).isEqualTo("WAITLISTED");
        assertThat(purposesTo(thirdRequest.email()))
                .containsExactly("event.registration-waitlisted", "event.registration-promoted");
        assertThat(mailsTo(thirdRequest.email()).get(1).ics()).contains("BEGIN:VEVENT");
        assertThat(settings.counts(meeting.coordinator(), meeting.eventId()))
                .isEqualTo(new RegistrationCounts(2, 1, 1, 2));
    }

    @Test
    void raisingTheCapacityPromotesFromTheWaitingList() {
        Meeting meeting = fixtures.meeting(0);
        RegistrationSummary waiting = registrations.registerPublicly(
                meeting.publicToken(), RegistrationFixtures.citizen("Laura", "Ozola", null));
        assertThat(waiting.status()).isEqualTo(RegistrationStatus.WAITLISTED);
        changeCapacity(meeting, 1);
        assertThat(status(waiting.id())).isEqualTo("CONFIRMED");
        assertThat(settings.settings(meeting.coordinator(), meeting.eventId()).consentVersion())
                .as("the same consent text makes no new version")
                .isEqualTo(1);
    }

    @Test
    void aClosedOrNotYetOpenOrEndedRegistrationRefusesAndStoresNothing() {
        Meeting meeting = fixtures.meeting(null);
        RegistrationSettingsDraft open =
                RegistrationSettingsDraft.of(settings.settings(meeting.coordinator(), meeting.eventId()));

        change(meeting, open, false, null, null);
        assertRefused(meeting, "event.registration.closed");
        change(meeting, open, true, clock.instant().plus(Duration.ofDays(1)), null);
        assertRefused(meeting, "event.registration.not-yet-open");
        change(
                meeting,
                open,
                true,
                clock.instant().minus(Duration.ofDays(2)),
                clock.instant().minus(Duration.ofDays(1)));
        assertRefused(meeting, "event.registration.ended");
        change(
                meeting,
                open,
                true,
                clock.instant().minus(Duration.ofDays(2)),
                clock.instant().plus(Duration.ofDays(1)));
        assertThat(registrations
                        .registerPublicly(meeting.publicToken(), RegistrationFixtures.citizen("Anna", "Liepa", null))
                        .status())
                .isEqualTo(RegistrationStatus.CONFIRMED);
    }

    @Test
    void theSamePersonTwiceIsRefusedUntilTheFirstRegistrationIsCancelled() {
        Meeting meeting = fixtures.meeting(null);
        RegistrationRequest first = RegistrationFixtures.citizen("Dalia", "Grybauskė", null);
        RegistrationSummary registered = registrations.registerThroughDelegation(meeting.delegationToken(), first);
        long before = rows(meeting);

        RegistrationRequest sameEmail = withEmail(
                RegistrationFixtures.citizen("Someone", "Else", null),
                "  " + first.email().toUpperCase() + " ");
        assertThatThrownBy(() -> registrations.registerPublicly(meeting.publicToken(), sameEmail))
                .isInstanceOfSatisfying(EventException.class, e -> {
                    assertThat(e.code()).isEqualTo("event.registration.duplicate-email");
                    assertThat(e.field()).isEqualTo("email");
                    assertThat(e.kind()).isEqualTo(BusinessException.Kind.CONFLICT);
                });
        RegistrationRequest sameName = RegistrationFixtures.citizen("DALIA", "  grybauske ", null);
        assertThatThrownBy(() -> registrations.registerThroughDelegation(meeting.delegationToken(), sameName))
                .isInstanceOfSatisfying(
                        EventException.class, e -> assertThat(e.code()).isEqualTo("event.registration.duplicate-name"));
        assertThat(rows(meeting)).isEqualTo(before);
        assertThat(mailsTo(sameEmail.email())).isEmpty();
        // The same name outside the delegation is another person.
        assertThat(registrations
                        .registerPublicly(meeting.publicToken(), sameName)
                        .status())
                .isEqualTo(RegistrationStatus.CONFIRMED);

        registrations.cancelByManageToken(manageToken(registered.id()));
        assertThat(registrations
                        .registerThroughDelegation(meeting.delegationToken(), first)
                        .status())
                .isEqualTo(RegistrationStatus.CONFIRMED);
    }

    @Test
    void badInputIsRefusedWithEveryProblemAndNothingIsStored() {
        Meeting meeting = fixtures.meeting(null);
        RegistrationRequest good = RegistrationFixtures.citizen("Inga", "Kalniņa", null);
        RegistrationRequest bad = new RegistrationRequest(
                " ",
                "Kalniņa",
                "inga.at.example.org",
                null,
                1L,
                null,
                "ZZ",
                null,
                "unknown",
                "99-100",
                null,
                null,
                null,
                null,
                "en",
                false,
                false);
        long before = rows(meeting);

        assertThatThrownBy(() -> registrations.registerPublicly(meeting.publicToken(), bad))
                .isInstanceOfSatisfying(EventException.class, e -> {
                    assertThat(e.code()).isEqualTo("event.registration.required");
                    assertThat(e.problems())
                            .extracting(RegistrationProblem::field)
                            .containsExactly("firstName", "email", "country", "town", "gender", "ageBand", "consent");
                    assertThat(e.problems())
                            .extracting(RegistrationProblem::messageKey)
                            .contains(
                                    "error.event.registration.email-invalid",
                                    "error.event.registration.unknown-country",
                                    "error.event.registration.unknown-town",
                                    "error.event.registration.consent-required");
                });
        assertThat(registrations.problems(meeting.eventId(), bad)).hasSize(7);
        assertThat(registrations.problems(meeting.eventId(), good)).isEmpty();
        assertThat(rows(meeting)).isEqualTo(before);
    }

    @Test
    void staffMayRegisterAMinorWithoutAnEMailButThePublicLinkMayNot() {
        Meeting meeting = fixtures.meeting(null);
        RegistrationRequest minor =
                minor(withEmail(RegistrationFixtures.citizen("Matas", "Jonaitis", meeting.delegationId()), null));

        assertThatThrownBy(() -> registrations.registerThroughDelegation(meeting.delegationToken(), minor))
                .isInstanceOfSatisfying(
                        EventException.class, e -> assertThat(e.code()).isEqualTo("event.registration.email-required"));
        RegistrationSummary byPartner =
                registrations.register(meeting.partner(), meeting.eventId(), minor, RegistrationSource.STAFF);
        assertThat(byPartner.email()).isNull();
        assertThat(byPartner.delegationId()).isEqualTo(meeting.delegationId());

        // A partner contact registers people of their own delegation only.
        RegistrationRequest local = RegistrationFixtures.citizen("Vietējais", "Iedzīvotājs", null);
        assertThatThrownBy(() ->
                        registrations.register(meeting.partner(), meeting.eventId(), local, RegistrationSource.API))
                .isInstanceOfSatisfying(
                        EventException.class, e -> assertThat(e.code()).isEqualTo("event.not-allowed"));
        assertThat(registrations
                        .register(meeting.coordinator(), meeting.eventId(), local, RegistrationSource.API)
                        .status())
                .isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(registrations.forEvent(meeting.partner(), meeting.eventId()))
                .extracting(RegistrationSummary::id)
                .containsExactly(byPartner.id());
        assertThat(registrations.forEvent(meeting.coordinator(), meeting.eventId()))
                .hasSize(2);
    }

    @Test
    void aDelegationOfAnotherEventIsRefused() {
        Meeting meeting = fixtures.meeting(null);
        Meeting other = fixtures.meeting(null);
        RegistrationRequest request = RegistrationFixtures.citizen("Greta", "Balčiūnė", other.delegationId());
        assertThatThrownBy(() -> registrations.register(
                        meeting.coordinator(), meeting.eventId(), request, RegistrationSource.API))
                .isInstanceOfSatisfying(EventException.class, e -> {
                    assertThat(e.code()).isEqualTo("event.registration.unknown-delegation");
                    assertThat(e.field()).isEqualTo("delegationId");
                });
    }

    @Test
    void thePersonChangesTheirDetailsByTheirLink() {
        Meeting meeting = fixtures.meeting(null);
        RegistrationSummary registered = registrations.registerThroughDelegation(
                meeting.delegationToken(), RegistrationFixtures.citizen("Eglė", "Paulauskaitė", null));
        String token = manageToken(registered.id());
        RegistrationRequest change = withLanguage(RegistrationFixtures.citizen("Eglė", "Paulauskienė", null), "lv");

        RegistrationSummary changed = registrations.changeByManageToken(token, change);

        assertThat(changed.lastName()).isEqualTo("Paulauskienė");
        assertThat(changed.language()).isEqualTo("lv");
        assertThat(changed.delegationId()).isEqualTo(meeting.delegationId());
        assertThat(changed.version()).isEqualTo(registered.version() + 1);
        assertThat(registrations.byManageToken(token)).contains(changed);
        assertThatThrownBy(() -> registrations.changeByManageToken("no-such-token", change))
                .isInstanceOfSatisfying(
                        EventException.class, e -> assertThat(e.kind()).isEqualTo(BusinessException.Kind.NOT_FOUND));
    }

    @Test
    void erasingAPersonKeepsTheCountsAndIsAudited() {
        Meeting meeting = fixtures.meeting(null);
        RegistrationSummary registered = registrations.registerThroughDelegation(
                meeting.delegationToken(), RegistrationFixtures.citizen("Lukas", "Stankevičius", null));
        RegistrationCounts before = settings.counts(meeting.coordinator(), meeting.eventId());

        assertThatThrownBy(() -> registrations.erase(meeting.partner(), registered.id()))
                .isInstanceOfSatisfying(
                        EventException.class, e -> assertThat(e.code()).isEqualTo("event.not-allowed"));
        registrations.erase(meeting.coordinator(), registered.id());

        RegistrationSummary erased =
                registrations.find(meeting.coordinator(), registered.id()).orElseThrow();
        assertThat(erased.erased()).isTrue();
        assertThat(erased.firstName()).isNull();
        assertThat(erased.lastName()).isNull();
        assertThat(erased.email()).isNull();
        assertThat(erased.townName()).isNull();
        assertThat(erased.dietary()).isNull();
        assertThat(erased.country()).isEqualTo("LT");
        assertThat(erased.gender()).isEqualTo("female");
        assertThat(erased.status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(settings.counts(meeting.coordinator(), meeting.eventId())).isEqualTo(before);
        assertThat(registrations.byManageToken(manageToken(registered.id()))).isEmpty();
        assertThat(auditTrail
                        .entries("event.registration.erased", PageRequest.of(0, 50))
                        .getContent())
                .anySatisfy(entry -> assertThat(entry.target())
                        .isEqualTo("registration " + registered.id() + " (event " + meeting.eventId() + ")"));
    }

    @Test
    void peopleRegisteringAtOnceForTheLastPlacesNeverOverbook() throws Exception {
        int capacity = 3;
        int people = 8;
        Meeting meeting = fixtures.meeting(capacity);
        ExecutorService pool = Executors.newFixedThreadPool(people);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<RegistrationSummary>> answers = new ArrayList<>();
            for (int i = 0; i < people; i++) {
                RegistrationRequest request = RegistrationFixtures.citizen("Person" + i, "Parallel", null);
                Callable<RegistrationSummary> register = () -> {
                    start.await();
                    return registrations.registerPublicly(meeting.publicToken(), request);
                };
                answers.add(pool.submit(register));
            }
            start.countDown();
            for (Future<RegistrationSummary> answer : answers) {
                answer.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(settings.counts(meeting.coordinator(), meeting.eventId()))
                .isEqualTo(new RegistrationCounts(capacity, people - capacity, 0, capacity));
    }

    @Test
    void registeringAndCancellingAtOnceLeavesNoPlaceFreeWhileSomeoneWaits() throws Exception {
        int capacity = 3;
        int newcomers = 8;
        Meeting meeting = fixtures.meeting(capacity);
        List<Long> leaving = new ArrayList<>();
        for (int i = 0; i < capacity; i++) {
            leaving.add(registrations
                    .registerPublicly(meeting.publicToken(), RegistrationFixtures.citizen("Leaving" + i, "Early", null))
                    .id());
        }
        ExecutorService pool = Executors.newFixedThreadPool(newcomers + capacity);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> answers = new ArrayList<>();
            for (int i = 0; i < newcomers; i++) {
                RegistrationRequest request = RegistrationFixtures.citizen("Newcomer" + i, "Parallel", null);
                answers.add(pool.submit(() -> {
                    start.await();
                    return registrations.registerPublicly(meeting.publicToken(), request);
                }));
            }
            for (long id : leaving) {
                answers.add(pool.submit(() -> {
                    start.await();
                    registrations.cancel(meeting.coordinator(), id);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> answer : answers) {
                answer.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(settings.counts(meeting.coordinator(), meeting.eventId()))
                .as("every freed place went to someone, and no more than the capacity")
                .isEqualTo(new RegistrationCounts(capacity, newcomers - capacity, capacity, capacity));
        assertThat(confirmedInSettingsRow(meeting)).isEqualTo(capacity);
    }

    @Test
    void theSettingsRowCountsTheConfirmedPeopleThroughEveryChange() {
        Meeting meeting = fixtures.meeting(1);
        RegistrationSummary first = registrations.registerPublicly(
                meeting.publicToken(), RegistrationFixtures.citizen("Anna", "Bērziņa", null));
        RegistrationSummary second = registrations.registerThroughDelegation(
                meeting.delegationToken(), RegistrationFixtures.citizen("Mantas", "Jankauskas", null));
        assertThat(second.status()).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(confirmedInSettingsRow(meeting)).isEqualTo(1);

        registrations.cancel(meeting.coordinator(), first.id());
        assertThat(status(second.id())).isEqualTo("CONFIRMED");
        assertThat(confirmedInSettingsRow(meeting)).isEqualTo(1);

        changeCapacity(meeting, 3);
        registrations.register(
                meeting.coordinator(),
                meeting.eventId(),
                RegistrationFixtures.citizen("Staff", "Added", null),
                RegistrationSource.STAFF);
        registrations.cancelByManageToken(manageToken(second.id()));
        assertThat(confirmedInSettingsRow(meeting))
                .isEqualTo(settings.counts(meeting.coordinator(), meeting.eventId())
                        .confirmed())
                .isEqualTo(1);
    }

    @Test
    void aPlaceIsTakenOnlyOnTheSettingsAndTheCountTheRegistrationWasDecidedOn() {
        Meeting meeting = fixtures.meeting(1);
        CountedSettings read = store.countedSettings(meeting.eventId()).orElseThrow();
        change(meeting, RegistrationSettingsDraft.of(read.settings()), true, null, null);
        long version = read.settings().version();

        assertThat(store.takePlace(meeting.eventId(), version))
                .as("the settings changed since they were read")
                .isFalse();
        long current = store.countedSettings(meeting.eventId())
                .orElseThrow()
                .settings()
                .version();
        assertThat(store.holdFull(meeting.eventId(), current))
                .as("a place is free")
                .isFalse();
        assertThat(store.takePlace(meeting.eventId(), current)).isTrue();
        assertThat(store.takePlace(meeting.eventId(), current))
                .as("the last place is taken")
                .isFalse();
        assertThat(store.holdFull(meeting.eventId(), current)).isTrue();
        assertThat(confirmedInSettingsRow(meeting)).isEqualTo(1);
    }

    @Test
    void everyRegistrationIsAuditedWithIdsOnlyAndARefusedOneIsNot() {
        Meeting meeting = fixtures.meeting(null);
        RegistrationRequest request = RegistrationFixtures.citizen("Ieva", "Kalniņa", null);
        RegistrationSummary registered = registrations.registerPublicly(meeting.publicToken(), request);
        String target = "registration " + registered.id() + " (event " + meeting.eventId() + ")";

        assertThat(createdEntries(meeting)).singleElement().satisfies(entry -> {
            assertThat(entry.target()).isEqualTo(target);
            assertThat(entry.detail()).isEqualTo("PUBLIC_LINK, CONFIRMED");
            assertThat(entry.target() + entry.detail()).doesNotContain("Ieva", "Kalni");
        });
        assertThatThrownBy(() -> registrations.registerPublicly(meeting.publicToken(), request))
                .isInstanceOf(EventException.class);
        assertThat(createdEntries(meeting)).hasSize(1);
    }

    // --- Helpers ---

    /** Saves the meeting's settings as they are, with another capacity. */
    void changeCapacity(Meeting meeting, int capacity) {
        RegistrationSettingsDraft draft =
                RegistrationSettingsDraft.of(settings.settings(meeting.coordinator(), meeting.eventId()));
        settings.update(
                meeting.coordinator(),
                meeting.eventId(),
                new RegistrationSettingsDraft(
                        draft.open(),
                        draft.opensAt(),
                        draft.closesAt(),
                        capacity,
                        draft.publicLink(),
                        draft.workingLanguages(),
                        draft.questions(),
                        draft.consentText()));
    }

    List<AuditEntry> createdEntries(Meeting meeting) {
        return auditTrail.entries("event.registration.created", PageRequest.of(0, 500)).getContent().stream()
                .filter(entry ->
                        entry.target() != null && entry.target().endsWith(" (event " + meeting.eventId() + ")"))
                .toList();
    }

    long confirmedInSettingsRow(Meeting meeting) {
        return jdbc.sql("select confirmed from event_registration_settings where event_id = :event")
                .param("event", meeting.eventId())
                .query(Long.class)
                .single();
    }

    record Mail(String purpose, String subject, String text, String ics) {}

    void change(
            Meeting meeting,
            RegistrationSettingsDraft base,
            boolean open,
            java.time.Instant opens,
            java.time.Instant closes) {
        settings.update(
                meeting.coordinator(),
                meeting.eventId(),
                new RegistrationSettingsDraft(
                        open,
                        opens,
                        closes,
                        base.capacity(),
                        base.publicLink(),
                        base.workingLanguages(),
                        base.questions(),
                        base.consentText()));
    }

    void assertRefused(Meeting meeting, String code) {
        long before = rows(meeting);
        RegistrationRequest request = RegistrationFixtures.citizen("Closed", "Door", null);
        assertThatThrownBy(() -> registrations.registerPublicly(meeting.publicToken(), request))
                .isInstanceOfSatisfying(
                        EventException.class, e -> assertThat(e.code()).isEqualTo(code));
        assertThatThrownBy(() -> registrations.registerThroughDelegation(meeting.delegationToken(), request))
                .isInstanceOfSatisfying(
                        EventException.class, e -> assertThat(e.code()).isEqualTo(code));
        assertThat(registrations.problems(meeting.eventId(), request))
                .extracting(RegistrationProblem::messageKey)
                .containsExactly("error." + code);
        assertThat(rows(meeting)).isEqualTo(before);
        assertThat(mailsTo(request.email())).isEmpty();
    }

    long rows(Meeting meeting) {
        return jdbc.sql("select count(*) from event_registration where event_id = :event")
                .param("event", meeting.eventId())
                .query(Long.class)
                .single();
    }

    String status(long id) {
        return jdbc.sql("select status from event_registration where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    String manageToken(long id) {
        return jdbc.sql("select manage_token from event_registration where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    List<Mail> mailsTo(String email) {
        return jdbc.sql("""
                        select m.purpose, m.subject, m.body_text,
                               (select a.content from mail_attachment a where a.mail_id = m.id and a.file_name like '%.ics') as ics
                          from mail_outbox m where m.recipient = :email order by m.id""")
                .param("email", email)
                .query((rs, row) -> {
                    byte[] ics = rs.getBytes("ics");
                    return new Mail(
                            rs.getString("purpose"),
                            rs.getString("subject"),
                            rs.getString("body_text"),
                            ics == null ? null : new String(ics, java.nio.charset.StandardCharsets.UTF_8));
                })
                .list();
    }

    Mail onlyMailTo(String email) {
        List<Mail> mails = mailsTo(email);
        assertThat(mails).hasSize(1);
        return mails.get(0);
    }

    List<String> purposesTo(String email) {
        return mailsTo(email).stream().map(Mail::purpose).toList();
    }

    static RegistrationRequest withEmail(RegistrationRequest r, String email) {
        return new RegistrationRequest(
                r.firstName(),
                r.lastName(),
                email,
                r.organisationName(),
                r.townId(),
                r.townName(),
                r.country(),
                r.delegationId(),
                r.gender(),
                r.ageBand(),
                r.firstTime(),
                r.fewerOpportunities(),
                r.dietary(),
                r.accessibility(),
                r.language(),
                r.consent(),
                r.minor());
    }

    static RegistrationRequest withLanguage(RegistrationRequest r, String language) {
        return new RegistrationRequest(
                r.firstName(),
                r.lastName(),
                r.email(),
                r.organisationName(),
                r.townId(),
                r.townName(),
                r.country(),
                r.delegationId(),
                r.gender(),
                r.ageBand(),
                r.firstTime(),
                r.fewerOpportunities(),
                r.dietary(),
                r.accessibility(),
                language,
                r.consent(),
                r.minor());
    }

    static RegistrationRequest minor(RegistrationRequest r) {
        return new RegistrationRequest(
                r.firstName(),
                r.lastName(),
                r.email(),
                r.organisationName(),
                r.townId(),
                r.townName(),
                r.country(),
                r.delegationId(),
                r.gender(),
                r.ageBand(),
                r.firstTime(),
                r.fewerOpportunities(),
                r.dietary(),
                r.accessibility(),
                r.language(),
                r.consent(),
                true);
    }

    static LocalizedText none() {
        return LocalizedText.of(null, null);
    }
}
