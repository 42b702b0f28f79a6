package org.jumelage.participation;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.jumelage.account.AccountManagement;
import org.jumelage.account.Role;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.network.OrganisationSummary;
import org.jumelage.support.ParticipantRows;
import org.jumelage.support.RegistryFixtures;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A project (led from Daugavpils, with partners in Kaunas and Poznań), one three-day event, and a
 * delegation from each partner: what the participant list and evidence tests start from.
 */
public final class ListFixture {

    public final MockMvc mvc;
    public final ParticipantRows rows;
    public final String coordinator;
    public final String kaunasContact;
    public final String poznanContact;
    public final String stranger;
    public final long projectId;
    public final long eventId;
    public final long kaunasDelegation;
    public final long poznanDelegation;

    /**
     * @param projectJson extra project properties (measure, reference number, dates), e.g. {@code "measure":"CERV-TT"}
     */
    public ListFixture(
            MockMvc mvc,
            OrganisationManagement organisations,
            AccountManagement accounts,
            JdbcClient jdbc,
            String projectJson)
            throws Exception {
        this.mvc = mvc;
        this.rows = new ParticipantRows(jdbc);
        RegistryFixtures fixtures = new RegistryFixtures(organisations, accounts);
        OrganisationSummary daugavpils = fixtures.municipality(RegistryFixtures.DAUGAVPILS, "LV", "Daugavpils City");
        OrganisationSummary kaunas = fixtures.municipality(RegistryFixtures.KAUNAS, "LT", "Kaunas City");
        OrganisationSummary poznan = fixtures.municipality(RegistryFixtures.POZNAN, "PL", "Poznań City");
        OrganisationSummary lodz = fixtures.municipality(RegistryFixtures.LODZ, "PL", "Łódź City");
        coordinator = fixtures.memberToken(daugavpils, Role.COORDINATOR);
        kaunasContact = fixtures.memberToken(kaunas, Role.PARTNER);
        poznanContact = fixtures.memberToken(poznan, Role.PARTNER);
        stranger = fixtures.memberToken(lodz, Role.COORDINATOR);
        projectId = create("/api/v1/projects", """
                {"titles":{"lv":"Pilsētas kopā","en":"Towns together"},"status":"RUNNING","leadOrganisationId":%d,%s}""".formatted(daugavpils.id(), projectJson));
        create("/api/v1/projects/" + projectId + "/partners", """
                {"organisationId":%d}""".formatted(kaunas.id()));
        create("/api/v1/projects/" + projectId + "/partners", """
                {"organisationId":%d}""".formatted(poznan.id()));
        // The partner answer of POST .../partners carries id 0 (not yet flushed), so read the ids back.
        String partners = mvc.perform(
                        get("/api/v1/projects/" + projectId + "/partners").header("Authorization", coordinator))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long kaunasPartner = partnerOf(partners, kaunas.id());
        long poznanPartner = partnerOf(partners, poznan.id());
        eventId = create("/api/v1/projects/" + projectId + "/events", """
                {"titles":{"lv":"Partneru tikšanās Daugavpilī","en":"Partner meeting in Daugavpils"},
                 "hostTowns":[460413],"venue":"Daugavpils Marka Rotko mākslas centrs",
                 "startDate":"2018-11-08","endDate":"2018-11-10"}""");
        kaunasDelegation = rows.delegation(eventId, kaunasPartner, kaunas.id(), "LT");
        poznanDelegation = rows.delegation(eventId, poznanPartner, poznan.id(), "PL");
    }

    private static long partnerOf(String partners, long organisationId) {
        List<Number> ids = JsonPath.read(partners, "$.items[?(@.organisationId == " + organisationId + ")].id");
        return ids.get(0).longValue();
    }

    private long create(String path, String json) throws Exception {
        String answer = mvc.perform(post(path)
                        .header("Authorization", coordinator)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(answer, "$.id")).longValue();
    }
}
