package org.jumelage.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jumelage.network.OrganisationMother.DAUGAVPILS;
import static org.jumelage.network.OrganisationMother.KAUNAS;
import static org.jumelage.network.OrganisationMother.organisation;
import static org.jumelage.network.OrganisationMother.uniquePic;

import java.util.List;
import java.util.UUID;
import org.jumelage.account.AuditTrail;
import org.jumelage.shared.BusinessException;
import org.jumelage.support.JumelageIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

/** The organisation rules, each refusal on its own, and optimistic locking. */
@JumelageIntegrationTest
class OrganisationManagementIntegrationTests {

    @Autowired
    OrganisationManagement organisations;

    @Autowired
    AuditTrail auditTrail;

    final String tag = UUID.randomUUID().toString().substring(0, 8);

    static void refused(Runnable action, String code, BusinessException.Kind kind, String field) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(NetworkException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.messageKey()).isEqualTo("error." + code);
            assertThat(e.kind()).isEqualTo(kind);
            assertThat(e.field()).isEqualTo(field);
        });
    }

    @Test
    void createsWithTheTownsCountryAndAuditsIt() {
        OrganisationSummary created = organisations.create(organisation()
                .named("Kauņas pilsētas pašvaldība " + tag, "Kaunas City Municipality " + tag)
                .inTown(KAUNAS)
                .withPic(uniquePic())
                .build());

        assertThat(created.country()).isEqualTo("LT");
        assertThat(created.townName()).isEqualTo("Kaunas");
        assertThat(created.version()).isZero();
        assertThat(organisations.find(created.id())).contains(created);
        assertThat(auditTrail.entries("network.organisation.created", PageRequest.of(0, 200)))
                .anySatisfy(entry -> assertThat(entry.target()).contains(tag).contains("#" + created.id()));
    }

    @Test
    void aRegionMayNameAnotherCountryThanItsTown() {
        OrganisationSummary created = organisations.create(organisation()
                .named(null, "Cross-border region " + tag)
                .ofType(OrganisationType.REGION)
                .inTown(DAUGAVPILS)
                .inCountry("LT")
                .build());

        assertThat(created.country()).isEqualTo("LT");
        assertThat(created.name(java.util.Locale.forLanguageTag("lv"))).isEqualTo("Cross-border region " + tag);
    }

    @Test
    void withoutATownTheCountryIsRequired() {
        OrganisationSummary created = organisations.create(organisation()
                .named("Biedrība " + tag, null)
                .inTown(null)
                .inCountry("LV")
                .build());
        assertThat(created.townId()).isNull();
        assertThat(created.townName()).isNull();

        refused(
                () -> organisations.create(organisation().inTown(null).build()),
                "network.country-missing",
                BusinessException.Kind.INVALID,
                "country");
    }

    @Test
    void refusesEachBadInputOnItsOwn() {
        refused(
                () -> organisations.create(organisation().named(" ", null).build()),
                "network.name-missing",
                BusinessException.Kind.INVALID,
                "names");
        refused(
                () -> organisations.create(
                        organisation().named("x".repeat(301), "ok").build()),
                "network.name-too-long",
                BusinessException.Kind.INVALID,
                "names");
        refused(
                () -> organisations.create(organisation().inCountry("XX").build()),
                "network.unknown-country",
                BusinessException.Kind.INVALID,
                "country");
        refused(
                () -> organisations.create(organisation().inTown(1L).build()),
                "network.unknown-town",
                BusinessException.Kind.INVALID,
                "town");
        refused(
                () -> organisations.create(organisation().withPic("12345678A").build()),
                "network.pic-invalid",
                BusinessException.Kind.INVALID,
                "pic");
        refused(
                () -> organisations.create(organisation().withPic("12345678").build()),
                "network.pic-invalid",
                BusinessException.Kind.INVALID,
                "pic");
        refused(
                () -> organisations.create(
                        organisation().withWebsite("ftp://example.org").build()),
                "network.website-invalid",
                BusinessException.Kind.INVALID,
                "website");
        refused(
                () -> organisations.create(
                        organisation().withWebsite("www.daugavpils.lv").build()),
                "network.website-invalid",
                BusinessException.Kind.INVALID,
                "website");
        assertThat(organisations.search(tag, null, PageRequest.of(0, 10))).isEmpty();
    }

    @Test
    void aPicBelongsToOneOrganisationOnly() {
        String pic = uniquePic();
        OrganisationSummary first = organisations.create(
                organisation().named(null, "First " + tag).withPic(pic).build());

        refused(
                () -> organisations.create(
                        organisation().named(null, "Second " + tag).withPic(pic).build()),
                "network.pic-taken",
                BusinessException.Kind.CONFLICT,
                "pic");

        OrganisationSummary other =
                organisations.create(organisation().named(null, "Other " + tag).build());
        refused(
                () -> organisations.update(
                        other.id(),
                        organisation().named(null, "Other " + tag).withPic(pic).build(),
                        0),
                "network.pic-taken",
                BusinessException.Kind.CONFLICT,
                "pic");
        assertThat(organisations
                        .update(
                                first.id(),
                                organisation()
                                        .named(null, "First " + tag)
                                        .withPic(pic)
                                        .build(),
                                first.version())
                        .pic())
                .isEqualTo(pic);
        assertThat(organisations.find(other.id()).orElseThrow().pic()).isNull();
    }

    @Test
    void anUpdateFromAStaleVersionIsRefusedAndOverwritesNothing() {
        OrganisationSummary created = organisations.create(
                organisation().named("Vecā " + tag, "Old " + tag).build());
        OrganisationSummary first = organisations.update(
                created.id(),
                organisation().named("Pirmā " + tag, "First " + tag).build(),
                created.version());
        assertThat(first.version()).isEqualTo(created.version() + 1);

        refused(
                () -> organisations.update(
                        created.id(),
                        organisation().named("Otrā " + tag, "Second " + tag).build(),
                        created.version()),
                "network.stale-version",
                BusinessException.Kind.CONFLICT,
                "version");

        OrganisationSummary stored = organisations.find(created.id()).orElseThrow();
        assertThat(stored.names().en()).isEqualTo("First " + tag);
        assertThat(stored.version()).isEqualTo(first.version());
        assertThat(auditTrail.entries("network.organisation.updated", PageRequest.of(0, 200)))
                .filteredOn(entry -> entry.target() != null && entry.target().contains(tag))
                .hasSize(1);
    }

    @Test
    void anUnknownOrganisationIsNotFound() {
        refused(
                () -> organisations.update(999_999_999L, organisation().build(), 0),
                "network.organisation-not-found",
                BusinessException.Kind.NOT_FOUND,
                null);
        assertThat(organisations.find(999_999_999L)).isEmpty();
        refused(
                () -> organisations.contacts(999_999_999L),
                "network.organisation-not-found",
                BusinessException.Kind.NOT_FOUND,
                null);
    }

    @Test
    void searchesBothNamesIgnoringCaseAndAccents() {
        OrganisationSummary lodz = organisations.create(organisation()
                .named("Lodzas reģions " + tag, "Łódź Region " + tag)
                .ofType(OrganisationType.REGION)
                .inTown(OrganisationMother.LODZ)
                .build());
        OrganisationSummary riga = organisations.create(organisation()
                .named("Rīgas dome " + tag, null)
                .inTown(null)
                .inCountry("LV")
                .build());

        assertThat(organisations.search("LODZ REGION " + tag, null, PageRequest.of(0, 10)))
                .containsExactly(lodz);
        assertThat(organisations.search("LODZAS REGIONS " + tag, "PL", PageRequest.of(0, 10)))
                .containsExactly(lodz);
        assertThat(organisations.search("lodz", "LV", PageRequest.of(0, 10))).doesNotContain(lodz);
        assertThat(organisations.search("rigas dome " + tag, null, PageRequest.of(0, 10)))
                .containsExactly(riga);
        Page<OrganisationSummary> all = organisations.search(tag, null, PageRequest.of(0, 1));
        assertThat(all.getTotalElements()).isEqualTo(2);
        assertThat(all.getContent()).hasSize(1);
        assertThat(organisations.findAll(List.of(lodz.id(), riga.id(), 999_999_999L)))
                .containsOnlyKeys(lodz.id(), riga.id());
    }

    @Test
    void contactsAreAddedCheckedAndRemoved() {
        OrganisationSummary organisation = organisations.create(
                organisation().named(null, "Contacts " + tag).build());

        ContactSummary jana = organisations.addContact(
                organisation.id(),
                new NewContact(" Jana Ūzuliņa ", "jana@example.org", "+371 65 400 000", "Project manager"));
        organisations.addContact(organisation.id(), new NewContact("Pēteris", null, null, null));

        assertThat(jana.name()).isEqualTo("Jana Ūzuliņa");
        assertThat(organisations.contacts(organisation.id()))
                .extracting(ContactSummary::name)
                .containsExactly("Jana Ūzuliņa", "Pēteris");
        refused(
                () -> organisations.addContact(organisation.id(), new NewContact(" ", "a@example.org", null, null)),
                "network.contact-name-missing",
                BusinessException.Kind.INVALID,
                "name");
        refused(
                () -> organisations.addContact(
                        organisation.id(), new NewContact("Anna", "anna.example.org", null, null)),
                "network.contact-email-invalid",
                BusinessException.Kind.INVALID,
                "email");
        refused(
                () -> organisations.addContact(organisation.id(), new NewContact("Anna", null, "1".repeat(51), null)),
                "network.text-too-long",
                BusinessException.Kind.INVALID,
                "phone");

        organisations.removeContact(organisation.id(), jana.id());

        assertThat(organisations.contacts(organisation.id()))
                .extracting(ContactSummary::name)
                .containsExactly("Pēteris");
        refused(
                () -> organisations.removeContact(organisation.id(), jana.id()),
                "network.contact-not-found",
                BusinessException.Kind.NOT_FOUND,
                null);
        assertThat(auditTrail.entries("network.organisation.contact", PageRequest.of(0, 200)))
                .filteredOn(entry -> entry.target() != null && entry.target().contains(tag))
                .hasSize(3);
    }
}
