package org.jumelage.project.web;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.jumelage.account.AccountManagement;
import org.jumelage.account.Role;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.network.OrganisationSummary;
import org.jumelage.support.JumelageIntegrationTest;
import org.jumelage.support.RegistryFixtures;
import org.jumelage.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The projects API: what it answers, who may do what, and how every kind of bad input is refused. */
@JumelageIntegrationTest
class ProjectApiIntegrationTests {

    static final String ADMIN = "Bearer " + TestUsers.ADMIN_API_TOKEN;

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganisationManagement organisations;

    @Autowired
    AccountManagement accounts;

    @Autowired
    org.jumelage.project.ProjectManagement projects;

    RegistryFixtures fixtures;
    OrganisationSummary daugavpils;
    OrganisationSummary kaunas;
    String coordinator;

    @BeforeEach
    void setUp() {
        fixtures = new RegistryFixtures(organisations, accounts);
        daugavpils = fixtures.municipality(RegistryFixtures.DAUGAVPILS, "LV", "Daugavpils City Council");
        kaunas = fixtures.municipality(RegistryFixtures.KAUNAS, "LT", "Kaunas City Municipality");
        coordinator = fixtures.memberToken(daugavpils, Role.COORDINATOR);
    }

    String body(String fields) {
        return """
                {"acronym":"TTChan","titles":{"lv":"Pilsētu sadraudzība","en":"Town twinning"},
                 "measure":"E4C-2014-TT","status":"RUNNING","leadOrganisationId":%d,
                 "startDate":"2018-11-08","endDate":"2018-11-12","totalCost":25000,"fundingRate":100%s}""".formatted(daugavpils.id(), fields);
    }

    ResultActions create(String token, String json) throws Exception {
        return mvc.perform(post("/api/v1/projects")
                .header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    long createProject() throws Exception {
        String answer = create(coordinator, body(""))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(answer, "$.id")).longValue();
    }

    long createProjectWithKaunasAsPartner() throws Exception {
        long id = createProject();
        mvc.perform(post("/api/v1/projects/" + id + "/partners")
                        .header("Authorization", coordinator)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"organisationId\":" + kaunas.id() + ",\"role\":\"PARTNER\"}"))
                .andExpect(status().isCreated());
        return id;
    }

    @Test
    void aCoordinatorCreatesAProjectLedByTheirOrganisation() throws Exception {
        create(coordinator, body(""))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/projects/")))
                .andExpect(jsonPath("$.acronym").value("TTChan"))
                .andExpect(jsonPath("$.titles.lv").value("Pilsētu sadraudzība"))
                .andExpect(jsonPath("$.measure").value("E4C-2014-TT"))
                .andExpect(jsonPath("$.startDate").value("2018-11-08"))
                .andExpect(jsonPath("$.totalCost").value(25000.00))
                .andExpect(jsonPath("$.currency").value("EUR"))
                .andExpect(jsonPath("$.lead.id").value(daugavpils.id()))
                .andExpect(jsonPath("$.lead.country").value("LV"))
                .andExpect(jsonPath("$.partnerCount").value(1))
                .andExpect(jsonPath("$.countryCount").value(1));
    }

    @Test
    void theMeasureIsReadFromTheReferenceNumberWhenLeftOut() throws Exception {
        create(
                        coordinator,
                        body("").replace(
                                        "\"measure\":\"E4C-2014-TT\",",
                                        "\"referenceNumber\":\"558833-CITIZ-1-2014-2-PL-CITIZ-NT\","))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.measure").value("E4C-2014-NT"))
                .andExpect(jsonPath("$.referenceNumber").value("558833-CITIZ-1-2014-2-PL-CITIZ-NT"));
    }

    @Test
    void anIdeaIsCreatedWithoutAMeasureAndLaterStagesNeedOne() throws Exception {
        create(
                        coordinator,
                        body("").replace("\"measure\":\"E4C-2014-TT\",\"status\":\"RUNNING\"", "\"status\":\"IDEA\""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("IDEA"))
                .andExpect(jsonPath("$.measure").value(""));
        long before = total();
        create(coordinator, body(",\"measure\":null,\"status\":\"IN_PREPARATION\""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("project.measure-required"))
                .andExpect(jsonPath("$.errors[0].field").value("measure"));
        org.assertj.core.api.Assertions.assertThat(total()).isEqualTo(before);
    }

    @Test
    void theMeasureIsTakenFromTheCallWhenLeftOut() throws Exception {
        create(coordinator, body(",\"measure\":null,\"callCode\":\"E4C-2014-TT-2018-03-01\""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.measure").value("E4C-2014-TT"));
    }

    @Test
    void aReferenceNumberThatDoesNotParseIsKeptAsTyped() throws Exception {
        create(coordinator, body(",\"referenceNumber\":\"our own number 7\""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.referenceNumber").value("our own number 7"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            missing title        | "acronym":null,"titles":{"lv":"","en":" "}                           | 422 | project.title-required            | titleEn
            end before start     | "endDate":"2018-11-01"                                               | 422 | project.end-before-start          | endDate
            negative cost        | "totalCost":-1                                                       | 422 | project.negative-amount           | totalCost
            rate above 100       | "fundingRate":100.5                                                  | 422 | project.funding-rate-out-of-range | fundingRate
            unknown measure      | "measure":"E4C-2099-XX"                                              | 422 | project.unknown-measure           | measure
            call of other measure| "callCode":"E4C-2014-TT-2018-03-01","measure":"E4C-2014-NT"          | 422 | project.call-of-other-measure     | callCode
            unknown call         | "callCode":"NO-SUCH-CALL"                                            | 422 | project.unknown-call              | callCode
            grant above cost     | "euGrant":30000                                                      | 422 | project.grant-above-cost          | euGrant
            bad website          | "website":"ftp://example.org"                                        | 422 | project.invalid-website           | website
            bad e-mail           | "coordinatorEmail":"not an e-mail"                                   | 422 | project.invalid-email             | coordinatorEmail
            e-mail without domain| "coordinatorEmail":"jana@daugavpils"                                 | 422 | project.invalid-email             | coordinatorEmail
            website without host | "website":"https://localhost"                                        | 422 | project.invalid-website           | website
            unknown lead         | "leadOrganisationId":999999999                                       | 422 | project.unknown-organisation      | organisationId
            stated countries above partners | "statedPartners":5,"statedCountries":9                | 422 | project.stated-countries-above-partners | statedCountries
            stated partners zero | "statedPartners":0                                                   | 422 | project.stated-partners-out-of-range | statedPartners
            stated partners above 1000 | "statedPartners":1001,"statedCountries":2                      | 422 | project.stated-partners-out-of-range | statedPartners
            stated countries above 60 | "statedPartners":100,"statedCountries":61                       | 422 | project.stated-countries-out-of-range | statedCountries
            stated countries alone | "statedCountries":3                                                | 422 | project.stated-partners-required  | statedPartners
            """)
    void badInputIsRefusedWithTheFieldAndNothingIsStored(
            String name, String fields, int status, String code, String field) throws Exception {
        long before = total();
        // Later keys win in the JSON object, so the bad value replaces the good one.
        create(coordinator, body("," + fields))
                .andExpect(status().is(status))
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].message").isNotEmpty());
        org.assertj.core.api.Assertions.assertThat(total()).isEqualTo(before);
    }

    @Test
    void tenMegabytesOfTextAreRefused() throws Exception {
        String huge = "a".repeat(10 * 1024 * 1024);
        create(coordinator, body(",\"summary\":{\"lv\":\"" + huge + "\",\"en\":null}"))
                .andExpect(status().is4xxClientError());
    }

    @Test
    void unknownEnumOrMalformedJsonIsABadRequest() throws Exception {
        create(coordinator, body(",\"status\":\"FINISHED\"")).andExpect(status().isBadRequest());
        create(coordinator, "{\"titles\": ").andExpect(status().isBadRequest());
    }

    @Test
    void aCoordinatorCannotCreateAProjectLedByAnotherOrganisation() throws Exception {
        create(coordinator, body(",\"leadOrganisationId\":" + kaunas.id()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("project.must-lead-own-projects"));
    }

    @Test
    void aPartnerContactCannotCreateProjects() throws Exception {
        create(fixtures.memberToken(daugavpils, Role.PARTNER), body("")).andExpect(status().isForbidden());
    }

    @Test
    void partnersAreAddedWithExactlyOneLeadAndUnnamedPartnersCountForTheirCountry() throws Exception {
        long id = createProject();
        mvc.perform(post("/api/v1/projects/" + id + "/partners")
                        .header("Authorization", coordinator)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"organisationId\":" + kaunas.id() + ",\"role\":\"PARTNER\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.country").value("LT"));
        String sweden = mvc.perform(post("/api/v1/projects/" + id + "/partners")
                        .header("Authorization", coordinator)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"country\":\"SE\",\"role\":\"PARTNER\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.organisationId").doesNotExist())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long swedenId = ((Number) com.jayway.jsonpath.JsonPath.read(sweden, "$.id")).longValue();
        // The answer carries the stored partner's id, the one the project then lists.
        mvc.perform(get("/api/v1/projects/" + id + "/partners").header("Authorization", coordinator))
                .andExpect(jsonPath("$.items[?(@.country == 'SE')].id", hasItem((int) swedenId)));
        mvc.perform(post("/api/v1/projects/" + id + "/partners")
                        .header("Authorization", coordinator)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"country\":\"PL\",\"role\":\"LEAD\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("project.second-lead"));
        mvc.perform(post("/api/v1/projects/" + id + "/partners")
                        .header("Authorization", coordinator)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"country\":\"US\",\"role\":\"PARTNER\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("project.unknown-country"));

        mvc.perform(get("/api/v1/projects/" + id).header("Authorization", coordinator))
                .andExpect(jsonPath("$.project.partnerCount").value(3))
                .andExpect(jsonPath("$.project.countryCount").value(3))
                .andExpect(jsonPath("$.partners[*].country", hasItem("SE")));
    }

    /** issue 13: what the source states about the partnership is read and written through the API. */
    @Test
    void theStatedPartnersAreReadAndWrittenAndImpossibleCountsAreRefused() throws Exception {
        String created = create(coordinator, body(",\"statedPartners\":14,\"statedCountries\":11"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        long version = ((Number) JsonPath.read(created, "$.version")).longValue();
        mvc.perform(get("/api/v1/projects/" + id).header("Authorization", coordinator))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.statedPartners").value(14))
                .andExpect(jsonPath("$.statedCountries").value(11))
                .andExpect(jsonPath("$.project.partnerCount").value(1));

        String changed = mvc.perform(put("/api/v1/projects/" + id)
                        .header("Authorization", coordinator)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(",\"statedPartners\":6,\"statedCountries\":null,\"version\":" + version)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        version = ((Number) JsonPath.read(changed, "$.version")).longValue();
        mvc.perform(get("/api/v1/projects/" + id).header("Authorization", coordinator))
                .andExpect(jsonPath("$.statedPartners").value(6))
                .andExpect(jsonPath("$.statedCountries").isEmpty());

        mvc.perform(put("/api/v1/projects/" + id)
                        .header("Authorization", coordinator)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(",\"acronym\":\"CHANGED\",\"statedPartners\":6,\"statedCountries\":7,"
                                + "\"version\":" + version)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("project.stated-countries-above-partners"))
                .andExpect(jsonPath("$.errors[0].field").value("statedCountries"))
                .andExpect(jsonPath("$.errors[0].message").value("There cannot be more countries than partners."));
        mvc.perform(get("/api/v1/projects/" + id).header("Authorization", coordinator))
                .andExpect(jsonPath("$.project.acronym").value("TTChan"))
                .andExpect(jsonPath("$.project.version").value((int) version))
                .andExpect(jsonPath("$.statedPartners").value(6));

        // Like every other field of a PUT, leaving the counts out forgets them.
        mvc.perform(put("/api/v1/projects/" + id)
                        .header("Authorization", coordinator)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(",\"version\":" + version)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/projects/" + id).header("Authorization", coordinator))
                .andExpect(jsonPath("$.statedPartners").isEmpty())
                .andExpect(jsonPath("$.statedCountries").isEmpty());
        mvc.perform(put("/api/v1/projects/" + id)
                        .header("Authorization", coordinator)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(",\"statedPartners\":\"many\",\"version\":" + (version + 1))))
                .andExpect(status().isBadRequest());
    }

    @Test
    void concurrentEditsAreToldAndNothingIsOverwritten() throws Exception {
        long id = createProject();
        mvc.perform(put("/api/v1/projects/" + id)
                        .header("Authorization", coordinator)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(",\"acronym\":\"FIRST\",\"version\":0")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.acronym").value("FIRST"));
        mvc.perform(put("/api/v1/projects/" + id)
                        .header("Authorization", coordinator)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(",\"acronym\":\"SECOND\",\"version\":0")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("project.stale-version"));
        mvc.perform(get("/api/v1/projects/" + id).header("Authorization", coordinator))
                .andExpect(jsonPath("$.project.acronym").value("FIRST"));
    }

    @Test
    void partnerOrganisationsSeeButDoNotEditAndOthersDoNotSeeAtAll() throws Exception {
        long id = createProjectWithKaunasAsPartner();
        String kaunasCoordinator = fixtures.memberToken(kaunas, Role.COORDINATOR);
        OrganisationSummary stranger = fixtures.municipality(RegistryFixtures.POZNAN, "PL", "Stranger");
        String strangerToken = fixtures.memberToken(stranger, Role.COORDINATOR);

        mvc.perform(get("/api/v1/projects/" + id).header("Authorization", kaunasCoordinator))
                .andExpect(status().isOk());
        mvc.perform(put("/api/v1/projects/" + id)
                        .header("Authorization", kaunasCoordinator)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(",\"version\":0")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/projects/" + id).header("Authorization", strangerToken))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/projects").header("Authorization", strangerToken))
                .andExpect(jsonPath("$.items[?(@.id == " + id + ")]").isEmpty());
    }

    @Test
    void thePortfolioListsTheOrganisationsProjectsInItsRoleAndAdministratorsSeeEveryProject() throws Exception {
        long id = createProjectWithKaunasAsPartner();
        String kaunasCoordinator = fixtures.memberToken(kaunas, Role.COORDINATOR);
        String mine = "$.items[?(@.id == " + id + ")]";

        mvc.perform(get("/api/v1/projects").header("Authorization", kaunasCoordinator))
                .andExpect(jsonPath(mine).isNotEmpty());
        mvc.perform(get("/api/v1/projects").param("role", "PARTNER").header("Authorization", kaunasCoordinator))
                .andExpect(jsonPath(mine).isNotEmpty());
        mvc.perform(get("/api/v1/projects").param("role", "LEAD").header("Authorization", kaunasCoordinator))
                .andExpect(jsonPath(mine).isEmpty());
        mvc.perform(get("/api/v1/projects").param("role", "LEAD").header("Authorization", coordinator))
                .andExpect(jsonPath(mine).isNotEmpty());
        mvc.perform(get("/api/v1/projects")
                        .param("size", "100")
                        .param("q", "pilsetu sadraudziba")
                        .header("Authorization", ADMIN))
                .andExpect(jsonPath(mine).isNotEmpty());
    }

    @Test
    void deletingIsSoftAndAnAdministratorRestores() throws Exception {
        long id = createProject();
        mvc.perform(delete("/api/v1/projects/" + id).header("Authorization", coordinator))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/projects/" + id).header("Authorization", coordinator))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/projects/" + id).header("Authorization", ADMIN))
                .andExpect(status().isNotFound());

        long adminId =
                accounts.findUserByEmail(TestUsers.ADMIN_EMAIL).orElseThrow().id();
        projects.restore(
                new org.jumelage.account.SignedInUser(
                        adminId, TestUsers.ADMIN_EMAIL, "Admin", "en", java.util.Set.of(Role.ADMIN), null),
                id);
        mvc.perform(get("/api/v1/projects/" + id).header("Authorization", coordinator))
                .andExpect(status().isOk());
    }

    @Test
    void thePortfolioFiltersAndSearchesIgnoringAccents() throws Exception {
        long id = createProject();
        mvc.perform(get("/api/v1/projects").param("q", "pilsetu sadraudziba").header("Authorization", coordinator))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].id").value(id))
                .andExpect(jsonPath("$.total").value(1));
        mvc.perform(get("/api/v1/projects")
                        .param("year", "2018")
                        .param("status", "RUNNING")
                        .header("Authorization", coordinator))
                .andExpect(jsonPath("$.total").value(1));
        mvc.perform(get("/api/v1/projects").param("year", "2019").header("Authorization", coordinator))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/projects").param("role", "PARTNER").header("Authorization", coordinator))
                .andExpect(jsonPath("$.total").value(0));
    }

    private long total() throws Exception {
        String answer = mvc.perform(get("/api/v1/projects").header("Authorization", ADMIN))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(answer, "$.total")).longValue();
    }
}
