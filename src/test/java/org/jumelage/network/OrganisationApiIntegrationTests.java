package org.jumelage.network;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.jumelage.network.OrganisationMother.organisation;
import static org.jumelage.network.OrganisationMother.uniquePic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.jumelage.account.AccountManagement;
import org.jumelage.account.Role;
import org.jumelage.account.UserSummary;
import org.jumelage.support.JumelageIntegrationTest;
import org.jumelage.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The organisations JSON API: shapes, permissions, and every bad input with its field message. */
@JumelageIntegrationTest
class OrganisationApiIntegrationTests {

    static final String ADMIN = "Bearer " + TestUsers.ADMIN_API_TOKEN;

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganisationManagement organisations;

    @Autowired
    AccountManagement accounts;

    final String tag = UUID.randomUUID().toString().substring(0, 8);

    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.header("Authorization", ADMIN)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }

    String tokenOf(long organisationId, Role role) {
        UserSummary user = accounts.createUser(TestUsers.withRoles(TestUsers.uniqueEmail("api-org"), role));
        accounts.setOrganisation(user.id(), organisationId);
        return "Bearer " + accounts.createApiToken(user.id(), "script").secret();
    }

    @Test
    void createsAnOrganisationWithTheDocumentedBody() throws Exception {
        String pic = uniquePic();
        String location = mvc.perform(json(post("/api/v1/organisations"), """
                        {"names":{"lv":"Kauņas pilsēta %1$s","en":"Kaunas City %1$s"},"type":"MUNICIPALITY",
                         "town":598316,"country":"LT","pic":"%2$s","website":"https://www.kaunas.lt"}""".formatted(tag, pic)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/organisations/")))
                .andExpect(jsonPath("$.id").isNumber())
                .andExpect(jsonPath("$.names.lv").value("Kauņas pilsēta " + tag))
                .andExpect(jsonPath("$.names.en").value("Kaunas City " + tag))
                .andExpect(jsonPath("$.type").value("MUNICIPALITY"))
                .andExpect(jsonPath("$.town").value(598316))
                .andExpect(jsonPath("$.townName").value("Kaunas"))
                .andExpect(jsonPath("$.country").value("LT"))
                .andExpect(jsonPath("$.pic").value(pic))
                .andExpect(jsonPath("$.website").value("https://www.kaunas.lt"))
                .andExpect(jsonPath("$.version").value(0))
                .andReturn()
                .getResponse()
                .getHeader("Location");

        mvc.perform(get(location).header("Authorization", ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.names.en").value("Kaunas City " + tag));
        mvc.perform(get("/api/v1/organisations")
                        .param("q", "KAUNAS PILSETA " + tag)
                        .header("Authorization", ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].pic").value(pic))
                .andExpect(jsonPath("$.total").value(1));
    }

    @Test
    void theTotalIsCountedUpToTheLimitOrPastTheNextPageAndIsExactOnTheLastPage() throws Exception {
        int many = OrganisationManagement.COUNT_LIMIT + 30;
        for (int i = 0; i < many; i++) {
            organisations.create(
                    organisation().named(null, "Bound " + tag + " " + i).build());
        }
        java.util.function.BiFunction<Integer, Integer, Integer> total = (page, size) -> {
            try {
                return com.jayway.jsonpath.JsonPath.read(
                        mvc.perform(get("/api/v1/organisations")
                                        .param("q", "bound " + tag)
                                        .param("page", "" + page)
                                        .param("size", "" + size)
                                        .header("Authorization", ADMIN))
                                .andExpect(status().isOk())
                                .andReturn()
                                .getResponse()
                                .getContentAsString(),
                        "$.total");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };

        Assertions.assertThat(total.apply(0, 10))
                .as("stops counting")
                .isEqualTo(OrganisationManagement.COUNT_LIMIT + 1);
        Assertions.assertThat(total.apply(99, 10)).as("past the next page").isEqualTo(99 * 10 + 2 * 10 + 1);
        Assertions.assertThat(total.apply(101, 10)).as("counted to the end").isEqualTo(many);
        Assertions.assertThat(total.apply(102, 10)).as("the last page").isEqualTo(many);
        Assertions.assertThat(total.apply(200, 10)).as("past the end").isEqualTo(many);
        Assertions.assertThat(total.apply(0, 100)).isEqualTo(OrganisationManagement.COUNT_LIMIT + 1);
    }

    @Test
    void listsArePagedAndFilteredByCountry() throws Exception {
        organisations.create(organisation().named(null, "Paged A " + tag).build());
        organisations.create(organisation().named(null, "Paged B " + tag).build());
        organisations.create(organisation()
                .named(null, "Paged C " + tag)
                .inTown(OrganisationMother.KAUNAS)
                .build());

        mvc.perform(get("/api/v1/organisations")
                        .param("q", "paged")
                        .param("country", "LV")
                        .param("size", "1")
                        .param("page", "1")
                        .header("Authorization", ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].names.en").value("Paged B " + tag))
                .andExpect(jsonPath("$.total").value(org.hamcrest.Matchers.greaterThanOrEqualTo(2)));
        mvc.perform(get("/api/v1/organisations")
                        .param("q", "paged c " + tag)
                        .param("country", "LV")
                        .header("Authorization", ADMIN))
                .andExpect(jsonPath("$.total").value(0));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            no name       | {"names":{"lv":" ","en":""},"type":"MUNICIPALITY","town":460413}                 | network.name-missing    | names   | Give the name in Latvian, in English or in both.
            no names      | {"type":"MUNICIPALITY","town":460413}                                             | network.name-missing    | names   | Give the name in Latvian, in English or in both.
            long name     | {"names":{"en":"%LONG%"},"type":"MUNICIPALITY","town":460413}                     | network.name-too-long   | names   | A name may have at most 300 characters.
            unknown type  | {"names":{"en":"X"},"type":"EMPIRE","town":460413}                                | network.type-invalid    | type    | 'EMPIRE' is not a type of organisation.
            no type       | {"names":{"en":"X"},"town":460413}                                                | network.type-invalid    | type    | '' is not a type of organisation.
            bad country   | {"names":{"en":"X"},"type":"MUNICIPALITY","town":460413,"country":"Latvia"}       | network.unknown-country | country | 'Latvia' is not a country Jumelage knows.
            no country    | {"names":{"en":"X"},"type":"MUNICIPALITY"}                                        | network.country-missing | country | Choose a country, or a town whose country applies.
            unknown town  | {"names":{"en":"X"},"type":"MUNICIPALITY","town":1}                               | network.unknown-town    | town    | There is no town with the id 1.
            PIC letters   | {"names":{"en":"X"},"type":"MUNICIPALITY","town":460413,"pic":"94961234A"}        | network.pic-invalid     | pic     | A PIC (EU Participant Identification Code) has exactly 9 digits.
            PIC short     | {"names":{"en":"X"},"type":"MUNICIPALITY","town":460413,"pic":"12345"}            | network.pic-invalid     | pic     | A PIC (EU Participant Identification Code) has exactly 9 digits.
            website       | {"names":{"en":"X"},"type":"MUNICIPALITY","town":460413,"website":"daugavpils"}   | network.website-invalid | website | Enter a web address that starts with http:// or https://
            """)
    void refusesBadInputWithAFieldMessageAndStoresNothing(
            String title, String body, String code, String field, String message) throws Exception {
        String name = "Refused " + tag;
        String request = body.replace("\"X\"", "\"" + name + "\"").replace("%LONG%", "x".repeat(301));
        mvc.perform(json(post("/api/v1/organisations"), request))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].message").value(startsWith(message)));

        Assertions.assertThat(organisations.search(name, null, PageRequest.of(0, 5)))
                .isEmpty();
    }

    @Test
    void aTakenPicIsAConflictOnThePicField() throws Exception {
        String pic = uniquePic();
        organisations.create(
                organisation().named(null, "Holder " + tag).withPic(pic).build());

        mvc.perform(json(post("/api/v1/organisations"), """
                        {"names":{"en":"Second %s"},"type":"MUNICIPALITY","town":460413,"pic":"%s"}""".formatted(tag, pic)).header("Accept-Language", "lv"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("network.pic-taken"))
                .andExpect(jsonPath("$.errors[0].field").value("pic"))
                .andExpect(jsonPath("$.errors[0].message").value("PIC " + pic + " jau pieder citai organizācijai."));

        Assertions.assertThat(organisations.search("second " + tag, null, PageRequest.of(0, 5)))
                .isEmpty();
    }

    @Test
    void aTenMegabyteNameIsRefusedAndNothingStored() throws Exception {
        String huge = "Ā".repeat(10 * 1024 * 1024 / 2);
        mvc.perform(json(post("/api/v1/organisations"), """
                        {"names":{"lv":"%s","en":"Huge %s"},"type":"OTHER","town":460413}""".formatted(huge, tag)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("network.name-too-long"));

        Assertions.assertThat(organisations.search("huge " + tag, null, PageRequest.of(0, 5)))
                .isEmpty();
    }

    @Test
    void updatesWithTheVersionAndRefusesAStaleOne() throws Exception {
        OrganisationSummary created = organisations.create(
                organisation().named(null, "Versioned " + tag).build());
        String change = """
                {"names":{"en":"Changed %s"},"type":"TWINNING_COMMITTEE","town":460413,"version":%d}""";

        mvc.perform(json(put("/api/v1/organisations/" + created.id()), change.formatted(tag, created.version())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.names.en").value("Changed " + tag))
                .andExpect(jsonPath("$.type").value("TWINNING_COMMITTEE"))
                .andExpect(jsonPath("$.version").value(created.version() + 1));

        mvc.perform(json(
                        put("/api/v1/organisations/" + created.id()),
                        change.replace("Changed", "Lost").formatted(tag, created.version())))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("network.stale-version"))
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        mvc.perform(json(put("/api/v1/organisations/" + created.id()), """
                        {"names":{"en":"No version %s"},"type":"OTHER","town":460413}""".formatted(tag)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("network.version-missing"))
                .andExpect(jsonPath("$.errors[0].field").value("version"));

        OrganisationSummary stored = organisations.find(created.id()).orElseThrow();
        Assertions.assertThat(stored.names().en()).isEqualTo("Changed " + tag);
        Assertions.assertThat(stored.version()).isEqualTo(created.version() + 1);
    }

    @Test
    void anUnknownOrganisationIsNotFound() throws Exception {
        mvc.perform(get("/api/v1/organisations/999999999").header("Authorization", ADMIN))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("network.organisation-not-found"));
        mvc.perform(json(put("/api/v1/organisations/999999999"), """
                        {"names":{"en":"X"},"type":"OTHER","town":460413,"version":0}""")).andExpect(status().isNotFound());
    }

    @Test
    void malformedJsonIsABadRequest() throws Exception {
        mvc.perform(json(post("/api/v1/organisations"), "{\"names\": "))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(json(
                        post("/api/v1/organisations"),
                        "{\"names\":{\"en\":\"X\"},\"type\":\"OTHER\",\"town\":\"Riga\"}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void coordinatorsEditTheirOwnOrganisationOnlyAndPartnersRead() throws Exception {
        OrganisationSummary own =
                organisations.create(organisation().named(null, "Own " + tag).build());
        OrganisationSummary other =
                organisations.create(organisation().named(null, "Other " + tag).build());
        String coordinator = tokenOf(own.id(), Role.COORDINATOR);
        String partner = tokenOf(own.id(), Role.PARTNER);
        String change = """
                {"names":{"en":"%s"},"type":"MUNICIPALITY","town":460413,"version":0}""";

        mvc.perform(put("/api/v1/organisations/" + other.id())
                        .header("Authorization", coordinator)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(change.formatted("Taken over " + tag)))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/organisations/" + own.id())
                        .header("Authorization", partner)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(change.formatted("Partner edit " + tag)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/organisations")
                        .header("Authorization", partner)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"names\":{\"en\":\"By partner " + tag + "\"},\"type\":\"OTHER\",\"town\":460413}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/organisations/" + other.id()).header("Authorization", partner))
                .andExpect(status().isOk());
        mvc.perform(put("/api/v1/organisations/" + own.id())
                        .header("Authorization", coordinator)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(change.formatted("Own edited " + tag)))
                .andExpect(status().isOk());

        Assertions.assertThat(
                        organisations.find(other.id()).orElseThrow().names().en())
                .isEqualTo("Other " + tag);
        Assertions.assertThat(organisations.find(own.id()).orElseThrow().names().en())
                .isEqualTo("Own edited " + tag);
    }

    @Test
    void contactsThroughTheApi() throws Exception {
        OrganisationSummary created = organisations.create(
                organisation().named(null, "Contacts " + tag).build());
        String base = "/api/v1/organisations/" + created.id() + "/contacts";

        String body = mvc.perform(json(post(base), """
                        {"name":"Jana Ūzuliņa","email":"jana@example.org","phone":"+371 65 400 000","position":"Project manager"}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.name").value("Jana Ūzuliņa"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long contactId = Long.parseLong(body.replaceAll(".*\"id\":(\\d+).*", "$1"));

        mvc.perform(json(post(base), "{\"name\":\"\",\"email\":\"jana@example.org\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("network.contact-name-missing"))
                .andExpect(jsonPath("$.errors[*].field", hasItem("name")));
        mvc.perform(json(post(base), "{\"name\":\"Anna\",\"email\":\"anna-at-example.org\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("network.contact-email-invalid"))
                .andExpect(jsonPath("$.errors[*].field", hasItem("email")));
        mvc.perform(get(base).header("Authorization", ADMIN))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].email").value("jana@example.org"));

        mvc.perform(delete(base + "/" + contactId).header("Authorization", ADMIN))
                .andExpect(status().isNoContent());
        mvc.perform(delete(base + "/" + contactId).header("Authorization", ADMIN))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("network.contact-not-found"));
        Assertions.assertThat(organisations.contacts(created.id())).isEmpty();
    }
}
