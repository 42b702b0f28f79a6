package org.jumelage.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jumelage.network.OrganisationMother.organisation;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.Set;
import java.util.UUID;
import org.jumelage.account.AuditTrail;
import org.jumelage.account.Role;
import org.jumelage.account.SignedInUser;
import org.jumelage.support.JumelageIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The rules of the links between towns: who may change which, what is refused, audit and events. */
@JumelageIntegrationTest
@RecordApplicationEvents
class TwinningManagementIntegrationTests {

    static final long AIZKRAUKLE = 461615;
    static final long TUKUMS = 454768;
    static final long DAUGAVPILS = 460413;
    static final long RADOM = 760778;
    static final byte[] PDF = "%PDF-1.4\n% a charter\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    TwinningManagement management;

    @Autowired
    Twinnings twinnings;

    @Autowired
    OrganisationManagement organisations;

    @Autowired
    AuditTrail auditTrail;

    @Autowired
    ApplicationEvents events;

    final String tag = UUID.randomUUID().toString().substring(0, 8);
    SignedInUser coordinator;
    SignedInUser admin;

    @BeforeEach
    void users() {
        OrganisationSummary council = organisations.create(organisation()
                .named("Aizkraukles novada pašvaldība " + tag, "Aizkraukle Municipality " + tag)
                .inTown(AIZKRAUKLE)
                .build());
        coordinator = new SignedInUser(
                1_000_001, "c-" + tag + "@example.org", "Coordinator", "en", Set.of(Role.COORDINATOR), council.id());
        admin = new SignedInUser(1_000_002, "a-" + tag + "@example.org", "Admin", "en", Set.of(Role.ADMIN), null);
    }

    TwinLinkDraft outside(String name, String country) {
        return new TwinLinkDraft(AIZKRAUKLE, new TwinTown(null, name, country), "FORMAL", "ACTIVE", 2004, null, null);
    }

    @Test
    void aCoordinatorAddsALinkOfTheirTownWithATownOutsideTheGazetteer() {
        TwinLink link = management.add(
                coordinator,
                new TwinLinkDraft(
                        AIZKRAUKLE,
                        new TwinTown(null, "  Qingdao " + tag + " ", "cn"),
                        "friendship",
                        "ACTIVE",
                        1998,
                        null,
                        "Twinning committee"));

        assertThat(link.townA().id()).isEqualTo(AIZKRAUKLE);
        assertThat(link.townB()).isEqualTo(new TwinTown(null, "Qingdao " + tag, "CN"));
        assertThat(link.kind()).isEqualTo(TwinKind.FRIENDSHIP);
        assertThat(link.since()).isEqualTo(1998);
        assertThat(link.managedBy()).isEqualTo("Twinning committee");
        assertThat(link.source()).isEqualTo("Aizkraukle Municipality " + tag);
        assertThat(twinnings.linksOf(AIZKRAUKLE)).extracting(TwinLink::id).contains(link.id());
        assertThat(events.stream(TwinLinksChanged.class)).containsExactly(new TwinLinksChanged(link.id()));
        assertThat(auditTrail.entries("network.twinning.added", PageRequest.of(0, 50)))
                .anySatisfy(entry -> assertThat(entry.target()).contains("Qingdao " + tag));
    }

    @Test
    void theSamePairIsNeverStoredTwiceInEitherDirection() {
        TwinLink link = management.add(
                coordinator,
                new TwinLinkDraft(AIZKRAUKLE, new TwinTown(TUKUMS, "", ""), "FORMAL", "ACTIVE", null, null, null));
        assertThat(link.townB().name()).isEqualTo("Tukums");
        try {
            assertThatThrownBy(() -> management.add(
                            admin,
                            new TwinLinkDraft(
                                    TUKUMS, new TwinTown(AIZKRAUKLE, "", ""), "INFORMAL", "ACTIVE", null, null, null)))
                    .isInstanceOfSatisfying(
                            NetworkException.class, e -> assertThat(e.code()).isEqualTo("network.twin-duplicate"));
            management.add(coordinator, outside("Harbin " + tag, "CN"));
            assertThatThrownBy(() -> management.add(coordinator, outside("HARBIN " + tag.toUpperCase(), "cn")))
                    .isInstanceOfSatisfying(
                            NetworkException.class, e -> assertThat(e.code()).isEqualTo("network.twin-duplicate"));
        } finally {
            management.remove(admin, link.id(), link.version());
        }
        assertThat(twinnings.find(link.id())).isEmpty();
    }

    @Test
    void everyBadInputIsRefusedWithItsOwnCodeAndNothingIsStored() {
        int before = twinnings.linksOf(AIZKRAUKLE).size();
        int nextYear = Year.now().getValue() + 1;

        assertRefused(
                new TwinLinkDraft(AIZKRAUKLE, new TwinTown(AIZKRAUKLE, "", ""), "FORMAL", "ACTIVE", null, null, null),
                "network.twin-same-town");
        assertRefused(
                new TwinLinkDraft(AIZKRAUKLE, new TwinTown(999_999_999L, "", ""), "FORMAL", "ACTIVE", null, null, null),
                "network.twin-unknown-town");
        assertRefused(
                new TwinLinkDraft(999_999_998L, new TwinTown(TUKUMS, "", ""), "FORMAL", "ACTIVE", null, null, null),
                "network.twin-unknown-town");
        assertRefused(outside("Ramla " + tag, "ZZ"), "network.twin-country-invalid");
        assertRefused(
                new TwinLinkDraft(AIZKRAUKLE, new TwinTown(null, " ", "IL"), "FORMAL", "ACTIVE", null, null, null),
                "network.twin-partner-missing");
        assertRefused(
                new TwinLinkDraft(
                        AIZKRAUKLE, new TwinTown(null, "Ramla " + tag, "IL"), "SISTER", "ACTIVE", null, null, null),
                "network.twin-kind-invalid");
        assertRefused(
                new TwinLinkDraft(
                        AIZKRAUKLE, new TwinTown(null, "Ramla " + tag, "IL"), "FORMAL", "ASLEEP", null, null, null),
                "network.twin-status-invalid");
        assertRefused(
                new TwinLinkDraft(
                        AIZKRAUKLE, new TwinTown(null, "Ramla " + tag, "IL"), "FORMAL", "ENDED", 2010, 2005, null),
                "network.twin-until-before-since");
        assertRefused(
                new TwinLinkDraft(
                        AIZKRAUKLE, new TwinTown(null, "Ramla " + tag, "IL"), "FORMAL", "ACTIVE", 1899, null, null),
                "network.twin-year-invalid");
        assertRefused(
                new TwinLinkDraft(
                        AIZKRAUKLE, new TwinTown(null, "Ramla " + tag, "IL"), "FORMAL", "ENDED", 2000, nextYear, null),
                "network.twin-year-invalid");
        assertRefused(
                new TwinLinkDraft(
                        AIZKRAUKLE, new TwinTown(null, "Ramla " + tag, "IL"), "FORMAL", "ACTIVE", 2000, 2010, null),
                "network.twin-until-not-ended");

        assertThat(twinnings.linksOf(AIZKRAUKLE)).hasSize(before);
        assertThat(events.stream(TwinLinksChanged.class)).isEmpty();
    }

    void assertRefused(TwinLinkDraft draft, String code) {
        assertThatThrownBy(() -> management.add(coordinator, draft))
                .isInstanceOfSatisfying(
                        NetworkException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void aCoordinatorManagesOnlyTheLinksOfTheirOwnTown() {
        TwinLink daugavpilsRadom = twinnings.linksOf(DAUGAVPILS).stream()
                .filter(link -> link.joins(RADOM))
                .findFirst()
                .orElseThrow();

        assertThat(management.mayManage(coordinator, daugavpilsRadom)).isFalse();
        assertThat(management.mayManage(admin, daugavpilsRadom)).isTrue();
        assertThatThrownBy(() -> management.end(coordinator, daugavpilsRadom.id(), 2020, daugavpilsRadom.version()))
                .isInstanceOfSatisfying(
                        NetworkException.class, e -> assertThat(e.code()).isEqualTo("network.twin-not-allowed"));
        assertThatThrownBy(() -> management.add(
                        coordinator,
                        new TwinLinkDraft(
                                DAUGAVPILS,
                                new TwinTown(null, "Pskov " + tag, "RU"),
                                "FORMAL",
                                "ACTIVE",
                                null,
                                null,
                                null)))
                .isInstanceOfSatisfying(
                        NetworkException.class, e -> assertThat(e.code()).isEqualTo("network.twin-not-allowed"));
        assertThat(twinnings.find(daugavpilsRadom.id())).contains(daugavpilsRadom);
    }

    @Test
    void aLinkIsChangedEndedAndRefusedWithAStaleVersion() {
        TwinLink link = management.add(coordinator, outside("Ramla " + tag, "IL"));

        TwinLink changed = management.change(
                coordinator,
                link.id(),
                new TwinLinkChange("PROJECT", "DORMANT", 2001, null, "Council"),
                link.version());
        assertThat(changed.kind()).isEqualTo(TwinKind.PROJECT);
        assertThat(changed.status()).isEqualTo(TwinStatus.DORMANT);
        assertThat(changed.version()).isEqualTo(link.version() + 1);

        assertThatThrownBy(() -> management.end(coordinator, link.id(), 2020, link.version()))
                .isInstanceOfSatisfying(
                        NetworkException.class, e -> assertThat(e.code()).isEqualTo("network.twin-stale-version"));
        assertThatThrownBy(() -> management.end(coordinator, link.id(), 2000, changed.version()))
                .isInstanceOfSatisfying(
                        NetworkException.class, e -> assertThat(e.code()).isEqualTo("network.twin-until-before-since"));

        TwinLink ended = management.end(coordinator, link.id(), 2022, changed.version());
        assertThat(ended.status()).isEqualTo(TwinStatus.ENDED);
        assertThat(ended.until()).isEqualTo(2022);
        assertThat(auditTrail.entries("network.twinning.ended", PageRequest.of(0, 50)))
                .anySatisfy(entry -> assertThat(entry.target()).contains("Ramla " + tag));
        assertThat(events.stream(TwinLinksChanged.class)).hasSize(3);
    }

    @Test
    void theSignedCharterIsAPdfStoredWithTheLink() throws Exception {
        TwinLink link = management.add(coordinator, outside("Kutaisi " + tag, "GE"));

        assertThatThrownBy(() -> management.attachCharter(
                        coordinator, link.id(), "charter.pdf", new ByteArrayInputStream("<html>".getBytes())))
                .isInstanceOfSatisfying(
                        NetworkException.class, e -> assertThat(e.code()).isEqualTo("network.charter-not-pdf"));
        assertThatThrownBy(() -> management.attachCharter(
                        coordinator, link.id(), "charter.pdf", new ByteArrayInputStream(new byte[0])))
                .isInstanceOfSatisfying(
                        NetworkException.class, e -> assertThat(e.code()).isEqualTo("network.charter-missing"));
        assertThat(management.charter(link.id())).isEmpty();

        management.attachCharter(coordinator, link.id(), "C:\\scans\\Harta 2004.pdf", new ByteArrayInputStream(PDF));

        assertThat(management.charter(link.id()))
                .contains(new TwinCharter("Harta 2004.pdf", "application/pdf", PDF.length));
        try (InputStream in = management.openCharter(link.id()).orElseThrow()) {
            assertThat(in.readAllBytes()).isEqualTo(PDF);
        }
        assertThat(auditTrail.entries("network.twinning.charter-attached", PageRequest.of(0, 50)))
                .anySatisfy(entry -> assertThat(entry.target()).contains("Kutaisi " + tag));
    }
}
