package org.jumelage.project.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.assertj.core.api.Assertions;
import org.jumelage.account.AccountManagement;
import org.jumelage.account.Role;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.network.OrganisationSummary;
import org.jumelage.support.JumelageIntegrationTest;
import org.jumelage.support.RegistryFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The grant award API: recorded by editors, read by viewers, refused with a 400 naming the field. */
@JumelageIntegrationTest
class GrantAwardApiIntegrationTests {

    static final String AWARD =
            "{\"amount\":25000.00,\"currency\":\"EUR\",\"agreementNumber\":\"2018-1234/001-001\",\"signedOn\":\"2018-09-14\"}";

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganisationManagement organisations;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcClient jdbc;

    RegistryFixtures fixtures;
    OrganisationSummary daugavpils;
    OrganisationSummary kaunas;
    String coordinator;
    long id;

    @BeforeEach
    void setUp() throws Exception {
        fixtures = new RegistryFixtures(organisations, accounts);
        daugavpils = fixtures.municipality(RegistryFixtures.DAUGAVPILS, "LV", "Daugavpils City Council");
        kaunas = fixtures.municipality(RegistryFixtures.KAUNAS, "LT", "Kaunas City Municipality");
        coordinator = fixtures.memberToken(daugavpils, Role.COORDINATOR);
        String answer = mvc.perform(post("/api/v1/projects")
                        .header("Authorization", coordinator)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"acronym":"TTChan","titles":{"en":"Town twinning"},"measure":"E4C-2014-TT",
                                 "status":"RUNNING","leadOrganisationId":%d,"startDate":"2018-11-08",
                                 "endDate":"2018-11-12"}""".formatted(daugavpils.id())))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        id = ((Number) JsonPath.read(answer, "$.id")).longValue();
        mvc.perform(post("/api/v1/projects/" + id + "/partners")
                        .header("Authorization", coordinator)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"organisationId\":" + kaunas.id() + ",\"role\":\"PARTNER\"}"))
                .andExpect(status().isCreated());
    }

    ResultActions putAward(String token, String json) throws Exception {
        return mvc.perform(put("/api/v1/projects/" + id + "/grant-award")
                .header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    @Test
    void anEditorRecordsTheAwardAndEveryViewerReadsIt() throws Exception {
        mvc.perform(get("/api/v1/projects/" + id + "/grant-award").header("Authorization", coordinator))
                .andExpect(status().isNoContent());

        putAward(coordinator, AWARD.replace("}", ",\"conditions\":\"Final report by 31 January 2019.\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.amount").value(25000.00))
                .andExpect(jsonPath("$.currency").value("EUR"))
                .andExpect(jsonPath("$.agreementNumber").value("2018-1234/001-001"))
                .andExpect(jsonPath("$.signedOn").value("2018-09-14"))
                .andExpect(jsonPath("$.conditions").value("Final report by 31 January 2019."));

        String partner = fixtures.memberToken(kaunas, Role.COORDINATOR);
        mvc.perform(get("/api/v1/projects/" + id + "/grant-award").header("Authorization", partner))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.amount").value(25000.00))
                .andExpect(jsonPath("$.projectId").value(id));

        // Recorded again: replaced, not added; each change audited.
        putAward(coordinator, AWARD.replace("25000.00", "24000.50")).andExpect(status().isOk());
        mvc.perform(get("/api/v1/projects/" + id + "/grant-award").header("Authorization", coordinator))
                .andExpect(jsonPath("$.amount").value(24000.50))
                .andExpect(jsonPath("$.conditions").isEmpty());
        Assertions.assertThat(jdbc.sql("select count(*) from grant_award where project_id = :id")
                        .param("id", id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        Assertions.assertThat(jdbc.sql(
                                "select count(*) from audit_event where action = 'project.grant-award' and target = :t")
                        .param("t", "project " + id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void theVerdictJudgesTheAwardAndAnswersWhatIfADelegationCancels() throws Exception {
        mvc.perform(get("/api/v1/projects/" + id + "/grant-verdict").header("Authorization", coordinator))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("no-award"))
                .andExpect(jsonPath("$.awarded").isEmpty());
        putAward(coordinator, AWARD).andExpect(status().isOk());
        // No events yet: the planned column misses the 25 invited participants, so the award is at risk.
        mvc.perform(get("/api/v1/projects/" + id + "/grant-verdict")
                        .header("Authorization", coordinator)
                        .header("Accept-Language", "en")
                        .param("without-delegation", "nonsense"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("at-risk"))
                .andExpect(jsonPath("$.statusText").value("At risk"))
                .andExpect(jsonPath("$.basis").value("planned"))
                .andExpect(jsonPath("$.awarded").value(25000.00))
                .andExpect(jsonPath("$.reasons[0]").value("25 invited participants missing in the project"))
                .andExpect(jsonPath("$.withoutDelegation").isEmpty());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"currency\":\"EUR\",\"agreementNumber\":\"A-1\",\"signedOn\":\"2018-09-14\"}|amount",
                "{\"amount\":0,\"currency\":\"EUR\",\"agreementNumber\":\"A-1\",\"signedOn\":\"2018-09-14\"}|amount",
                "{\"amount\":-5,\"currency\":\"EUR\",\"agreementNumber\":\"A-1\",\"signedOn\":\"2018-09-14\"}|amount",
                "{\"amount\":10.005,\"currency\":\"EUR\",\"agreementNumber\":\"A-1\",\"signedOn\":\"2018-09-14\"}|amount",
                "{\"amount\":10,\"currency\":\"USD\",\"agreementNumber\":\"A-1\",\"signedOn\":\"2018-09-14\"}|currency",
                "{\"amount\":10,\"agreementNumber\":\"A-1\",\"signedOn\":\"2018-09-14\"}|currency",
                "{\"amount\":10,\"currency\":\"EUR\",\"agreementNumber\":\" \",\"signedOn\":\"2018-09-14\"}|agreementNumber",
                "{\"amount\":10,\"currency\":\"EUR\",\"agreementNumber\":\"A-1\"}|signedOn",
                "{\"amount\":10,\"currency\":\"EUR\",\"agreementNumber\":\"A-1\",\"signedOn\":\"2999-01-01\"}|signedOn"
            })
    void badInputIsA400NamingTheFieldAndNothingIsStored(String json, String field) throws Exception {
        putAward(coordinator, json)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].message").isNotEmpty());
        mvc.perform(get("/api/v1/projects/" + id + "/grant-award").header("Authorization", coordinator))
                .andExpect(status().isNoContent());
    }

    @Test
    void aViewerMayNotRecordAndAStrangerDoesNotSeeTheProject() throws Exception {
        String partner = fixtures.memberToken(kaunas, Role.COORDINATOR);
        putAward(partner, AWARD).andExpect(status().isForbidden());
        OrganisationSummary stranger = fixtures.municipality(RegistryFixtures.POZNAN, "PL", "Stranger");
        String strangerToken = fixtures.memberToken(stranger, Role.COORDINATOR);
        putAward(strangerToken, AWARD).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/projects/" + id + "/grant-award").header("Authorization", strangerToken))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/projects/" + id + "/grant-verdict").header("Authorization", strangerToken))
                .andExpect(status().isNotFound());
    }
}
