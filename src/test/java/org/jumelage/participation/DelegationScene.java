package org.jumelage.participation;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.jumelage.account.AccountManagement;
import org.jumelage.account.Role;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.network.OrganisationSummary;
import org.jumelage.support.RegistryFixtures;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A project led by a Łódź municipality with a Kaunas partner, a Daugavpils partner, and a partner
 * known only by its country (Slovenia), with one event; plus an organisation outside the project.
 * Made through the API, with unique names, for the delegation and import tests.
 */
public final class DelegationScene {

    public final RegistryFixtures fixtures;
    public final OrganisationSummary lodz;
    public final OrganisationSummary kaunas;
    public final OrganisationSummary daugavpils;
    public final OrganisationSummary stranger;
    /** API tokens ("Bearer …"). */
    public final String coordinatorToken;

    public final String kaunasToken;
    public final String daugavpilsToken;
    public final String strangerToken;
    public final long projectId;
    public final long kaunasPartner;
    public final long daugavpilsPartner;
    public final long slovenianPartner;
    public final long eventId;

    public DelegationScene(MockMvc mvc, OrganisationManagement organisations, AccountManagement accounts)
            throws Exception {
        fixtures = new RegistryFixtures(organisations, accounts);
        lodz = fixtures.municipality(RegistryFixtures.LODZ, "PL", "Łódź Region");
        kaunas = fixtures.municipality(RegistryFixtures.KAUNAS, "LT", "Kaunas");
        daugavpils = fixtures.municipality(RegistryFixtures.DAUGAVPILS, "LV", "Daugavpils");
        stranger = fixtures.municipality(RegistryFixtures.POZNAN, "PL", "Poznań");
        coordinatorToken = fixtures.memberToken(lodz, Role.COORDINATOR);
        kaunasToken = fixtures.memberToken(kaunas, Role.PARTNER);
        daugavpilsToken = fixtures.memberToken(daugavpils, Role.PARTNER);
        strangerToken = fixtures.memberToken(stranger, Role.COORDINATOR);
        projectId = id(post(mvc, "/api/v1/projects", """
                {"titles":{"en":"Towns for delegations"},"measure":"E4C-2014-NT","status":"RUNNING","leadOrganisationId":%d}""".formatted(lodz.id())));
        addPartner(mvc, """
                {"organisationId":%d,"role":"PARTNER"}""".formatted(kaunas.id()));
        addPartner(mvc, """
                {"organisationId":%d,"role":"PARTNER"}""".formatted(daugavpils.id()));
        addPartner(mvc, """
                {"country":"SI","role":"PARTNER"}""");
        // The partners' ids as the project lists them (the answer of adding one does not carry it yet).
        String partners = mvc.perform(
                        get("/api/v1/projects/" + projectId + "/partners").header("Authorization", coordinatorToken))
                .andReturn()
                .getResponse()
                .getContentAsString();
        kaunasPartner = partnerId(partners, "@.organisationId == " + kaunas.id());
        daugavpilsPartner = partnerId(partners, "@.organisationId == " + daugavpils.id());
        slovenianPartner = partnerId(partners, "@.country == 'SI'");
        eventId = id(post(mvc, "/api/v1/projects/" + projectId + "/events", """
                {"titles":{"en":"Partner meeting in Daugavpils"},"hostTowns":[460413],
                 "startDate":"2018-05-23","endDate":"2018-05-24"}"""));
    }

    private String post(MockMvc mvc, String path, String json) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                        .header("Authorization", coordinatorToken)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private void addPartner(MockMvc mvc, String json) throws Exception {
        post(mvc, "/api/v1/projects/" + projectId + "/partners", json);
    }

    private static long partnerId(String json, String condition) {
        java.util.List<Number> ids = JsonPath.read(json, "$.items[?(" + condition + ")].id");
        return ids.get(0).longValue();
    }

    private static long id(String json) {
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }
}
