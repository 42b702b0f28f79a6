package org.jumelage.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.hamcrest.Matchers;
import org.jumelage.account.AccountManagement;
import org.jumelage.account.AuditTrail;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.support.JumelageIntegrationTest;
import org.jumelage.support.ParticipantRows;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Delegations through the API: partners, planned sizes in the event's plan, the private link, permissions, bad input. */
@JumelageIntegrationTest
class DelegationApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganisationManagement organisations;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditTrail auditTrail;

    DelegationScene scene;

    @BeforeEach
    void setUp() throws Exception {
        scene = new DelegationScene(mvc, organisations, accounts);
    }

    ResultActions create(String token, String json) throws Exception {
        return mvc.perform(post("/api/v1/events/" + scene.eventId + "/delegations")
                .header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    long createKaunas(int size) throws Exception {
        String answer = create(scene.coordinatorToken, """
                        {"organisationId":%d,"country":"LT","plannedSize":%d,"head":"Rūta Petraitienė",
                         "headEmail":"ruta@example.org"}""".formatted(scene.kaunas.id(), size))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(answer, "$.id")).longValue();
    }

    ResultActions getDelegation(String token, long id) throws Exception {
        return mvc.perform(get("/api/v1/delegations/" + id).header("Authorization", token));
    }

    ResultActions update(String token, long id, String json) throws Exception {
        return mvc.perform(put("/api/v1/delegations/" + id)
                .header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    @Test
    void aDelegationIsCreatedForAPartnerAndItsSizeGoesIntoTheEventsPlan() throws Exception {
        create(scene.coordinatorToken, """
                        {"organisationId":%d,"country":"LT","plannedSize":10,"head":"Rūta Petraitienė"}""".formatted(scene.kaunas.id()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.partnerId").value(scene.kaunasPartner))
                .andExpect(jsonPath("$.organisationId").value(scene.kaunas.id()))
                .andExpect(jsonPath("$.organisationName").value(Matchers.startsWith("Kaunas")))
                .andExpect(jsonPath("$.country").value("LT"))
                .andExpect(jsonPath("$.plannedSize").value(10))
                .andExpect(jsonPath("$.head").value("Rūta Petraitienė"))
                .andExpect(jsonPath("$.registered").value(0))
                .andExpect(jsonPath("$.linkToken").isNotEmpty())
                .andExpect(jsonPath("$.registrationLink").value(Matchers.startsWith("/register/d/")));
        mvc.perform(get("/api/v1/events/" + scene.eventId).header("Authorization", scene.coordinatorToken))
                .andExpect(jsonPath("$.plannedParticipants['" + scene.kaunasPartner + "']")
                        .value(10))
                .andExpect(jsonPath("$.plannedTotal").value(10));
        mvc.perform(get("/api/v1/events/" + scene.eventId + "/delegations")
                        .header("Authorization", scene.coordinatorToken))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].plannedSize").value(10));
        assertThat(auditTrail
                        .entries("event.delegation.created", PageRequest.of(0, 50))
                        .getContent())
                .anySatisfy(entry -> assertThat(entry.target()).contains("event " + scene.eventId));
    }

    @Test
    void aPartnerKnownOnlyByCountryGetsADelegationByItsCountry() throws Exception {
        create(scene.coordinatorToken, """
                        {"country":"si","plannedSize":3}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.partnerId").value(scene.slovenianPartner))
                .andExpect(jsonPath("$.organisationId").doesNotExist())
                .andExpect(jsonPath("$.country").value("SI"))
                .andExpect(jsonPath("$.plannedSize").value(3));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown organisation | {"organisationId":999999999,"plannedSize":4}                     | event.delegation.unknown-organisation | organisationId
            not a partner        | {"organisationId":STRANGER,"plannedSize":4}                      | event.delegation.not-a-partner        | organisationId
            country mismatch     | {"organisationId":KAUNAS,"country":"LV","plannedSize":4}         | event.delegation.country-mismatch     | country
            unknown country      | {"organisationId":KAUNAS,"country":"ZZ","plannedSize":4}         | event.delegation.unknown-country      | country
            no unnamed partner   | {"country":"DE","plannedSize":4}                                 | event.delegation.country-not-a-partner | country
            no partner at all    | {"plannedSize":4}                                                | event.delegation.partner-required     | organisationId
            negative size        | {"organisationId":KAUNAS,"plannedSize":-1}                       | event.delegation.size-out-of-range    | plannedSize
            huge size            | {"organisationId":KAUNAS,"plannedSize":1000000}                  | event.delegation.size-out-of-range    | plannedSize
            invalid head e-mail  | {"organisationId":KAUNAS,"plannedSize":4,"headEmail":"ruta-at-x"} | event.delegation.invalid-email        | headEmail
            """)
    void badInputIsRefusedNamingTheFieldAndStoresNothing(String name, String json, String code, String field)
            throws Exception {
        create(
                        scene.coordinatorToken,
                        json.replace("STRANGER", String.valueOf(scene.stranger.id()))
                                .replace("KAUNAS", String.valueOf(scene.kaunas.id())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].message").isNotEmpty());
        mvc.perform(get("/api/v1/events/" + scene.eventId + "/delegations")
                        .header("Authorization", scene.coordinatorToken))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/events/" + scene.eventId).header("Authorization", scene.coordinatorToken))
                .andExpect(jsonPath("$.plannedTotal").value(0));
    }

    @Test
    void aSecondDelegationOfThePartnerIsAConflictAndChangesNothing() throws Exception {
        createKaunas(10);
        create(scene.coordinatorToken, """
                        {"organisationId":%d,"plannedSize":25}""".formatted(scene.kaunas.id()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("event.delegation.duplicate"));
        mvc.perform(get("/api/v1/events/" + scene.eventId + "/delegations")
                        .header("Authorization", scene.coordinatorToken))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].plannedSize").value(10));
    }

    @Test
    void thePartnersContactSeesTheLinkAndChangesTheHeadButNotThePlan() throws Exception {
        long id = createKaunas(10);
        getDelegation(scene.kaunasToken, id)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.linkToken").isNotEmpty());
        update(scene.kaunasToken, id, """
                        {"plannedSize":10,"head":"Jonas Jonaitis","headEmail":"jonas@example.org","version":0}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.head").value("Jonas Jonaitis"))
                .andExpect(jsonPath("$.version").value(1));
        update(scene.kaunasToken, id, """
                        {"plannedSize":30,"head":"Someone else","version":1}""")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("event.delegation.not-allowed"));
        getDelegation(scene.coordinatorToken, id)
                .andExpect(jsonPath("$.plannedSize").value(10))
                .andExpect(jsonPath("$.head").value("Jonas Jonaitis"));
        create(scene.kaunasToken, """
                        {"organisationId":%d}""".formatted(scene.daugavpils.id())).andExpect(status().isForbidden());
    }

    @Test
    void anotherPartnerSeesTheDelegationWithoutItsLinkAndAnOutsiderNotAtAll() throws Exception {
        long id = createKaunas(10);
        getDelegation(scene.daugavpilsToken, id)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.plannedSize").value(10))
                .andExpect(jsonPath("$.linkToken").doesNotExist())
                .andExpect(jsonPath("$.registrationLink").doesNotExist());
        update(scene.daugavpilsToken, id, """
                        {"head":"Intruder","version":0}""").andExpect(status().isForbidden());
        getDelegation(scene.strangerToken, id).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/events/" + scene.eventId + "/delegations")
                        .header("Authorization", scene.strangerToken))
                .andExpect(status().isNotFound());
        update(scene.strangerToken, id, """
                        {"head":"Intruder","version":0}""").andExpect(status().isNotFound());
        getDelegation(scene.coordinatorToken, id).andExpect(jsonPath("$.head").value("Rūta Petraitienė"));
    }

    @Test
    void plannedSizeChangesByTheEditorReachTheEventsPlan() throws Exception {
        long id = createKaunas(10);
        update(scene.coordinatorToken, id, """
                        {"plannedSize":14,"head":"Rūta Petraitienė","version":0}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.plannedSize").value(14));
        mvc.perform(get("/api/v1/events/" + scene.eventId).header("Authorization", scene.coordinatorToken))
                .andExpect(jsonPath("$.plannedParticipants['" + scene.kaunasPartner + "']")
                        .value(14));
    }

    @Test
    void aStaleVersionIsRefusedAndTheNewerChangeStays() throws Exception {
        long id = createKaunas(10);
        update(scene.coordinatorToken, id, """
                        {"plannedSize":10,"head":"First","version":0}""").andExpect(status().isOk());
        update(scene.coordinatorToken, id, """
                        {"plannedSize":12,"head":"Lost","version":0}""")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("event.delegation.stale-version"));
        getDelegation(scene.coordinatorToken, id)
                .andExpect(jsonPath("$.head").value("First"))
                .andExpect(jsonPath("$.plannedSize").value(10));
    }

    @Test
    void aNewLinkReplacesTheOldOneAndIsAudited() throws Exception {
        long id = createKaunas(10);
        String before = JsonPath.read(
                getDelegation(scene.coordinatorToken, id)
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.linkToken");
        String after = JsonPath.read(
                mvc.perform(post("/api/v1/delegations/" + id + "/link").header("Authorization", scene.coordinatorToken))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.linkToken");
        assertThat(after).isNotBlank().isNotEqualTo(before);
        assertThat(jdbc.sql("select count(*) from event_delegation where link_token = :token")
                        .param("token", before)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(auditTrail
                        .entries("event.delegation.link-regenerated", PageRequest.of(0, 50))
                        .getContent())
                .anySatisfy(entry -> assertThat(entry.target()).startsWith("delegation " + id + " "));
        mvc.perform(post("/api/v1/delegations/" + id + "/link").header("Authorization", scene.daugavpilsToken))
                .andExpect(status().isForbidden());
    }

    @Test
    void thePartnerContactSeesTheLinkButMayNotMakeANewOneThatWouldStopTheSharedOne() throws Exception {
        long id = createKaunas(10);
        String shared = JsonPath.read(
                getDelegation(scene.kaunasToken, id)
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.linkToken");
        assertThat(shared).isNotBlank();
        mvc.perform(post("/api/v1/delegations/" + id + "/link").header("Authorization", scene.kaunasToken))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("event.delegation.not-allowed"));
        assertThat(jdbc.sql("select link_token from event_delegation where id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo(shared);
    }

    @Test
    void countsShowRegisteredMembersAndADelegationWithMembersIsNotDeleted() throws Exception {
        long id = createKaunas(10);
        ParticipantRows rows = new ParticipantRows(jdbc);
        rows.registration(scene.eventId, id, "Rūta", "Kazlauskienė", "LT");
        rows.registration(scene.eventId, id, "Jonas", "Petrauskas", "LT", RegistrationStatus.WAITLISTED);
        rows.registration(scene.eventId, id, "Ona", "Jankauskienė", "LT", RegistrationStatus.CANCELLED);
        getDelegation(scene.coordinatorToken, id)
                .andExpect(jsonPath("$.registered").value(2))
                .andExpect(jsonPath("$.confirmed").value(1));
        mvc.perform(delete("/api/v1/delegations/" + id).header("Authorization", scene.coordinatorToken))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("event.delegation.has-members"));
        getDelegation(scene.coordinatorToken, id).andExpect(status().isOk());
    }

    @Test
    void anEditorDeletesADelegationWithoutMembersAndThePlanStays() throws Exception {
        long id = createKaunas(10);
        mvc.perform(delete("/api/v1/delegations/" + id).header("Authorization", scene.kaunasToken))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/delegations/" + id).header("Authorization", scene.coordinatorToken))
                .andExpect(status().isNoContent());
        getDelegation(scene.coordinatorToken, id).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/events/" + scene.eventId).header("Authorization", scene.coordinatorToken))
                .andExpect(jsonPath("$.plannedTotal").value(10));
    }
}
