package org.jumelage.event;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Events through the API: host towns from the gazetteer, places kept as written, dates, permissions. */
@JumelageIntegrationTest
class EventApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganisationManagement organisations;

    @Autowired
    AccountManagement accounts;

    String coordinator;
    long projectId;

    @BeforeEach
    void setUp() throws Exception {
        RegistryFixtures fixtures = new RegistryFixtures(organisations, accounts);
        OrganisationSummary lodz = fixtures.municipality(RegistryFixtures.LODZ, "PL", "Łódź Region");
        coordinator = fixtures.memberToken(lodz, Role.COORDINATOR);
        String answer = mvc.perform(post("/api/v1/projects")
                        .header("Authorization", coordinator)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"titles":{"en":"European Regions Developing European Citizenship"},
                                 "referenceNumber":"558833-CITIZ-1-2014-2-PL-CITIZ-NT","status":"RUNNING",
                                 "leadOrganisationId":%d}""".formatted(lodz.id())))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        projectId = ((Number) JsonPath.read(answer, "$.id")).longValue();
    }

    ResultActions create(String json) throws Exception {
        return mvc.perform(post("/api/v1/projects/" + projectId + "/events")
                .header("Authorization", coordinator)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    @Test
    void anEventSpansSeveralHostTownsAndCountsItsDaysInclusively() throws Exception {
        create("""
                        {"titles":{"lv":"Ceturtā tikšanās","en":"Fourth meeting"},"type":"CONFERENCE",
                         "hostTowns":[3088972,3093133,3093902],"startDate":"2018-11-08","endDate":"2018-11-12"}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.hostPlaces.length()").value(3))
                .andExpect(jsonPath("$.hostPlaces[0].name").value("Piotrków Trybunalski"))
                .andExpect(jsonPath("$.hostPlaces[1].name").value("Łódź"))
                .andExpect(jsonPath("$.hostPlaces[2].country").value("PL"))
                .andExpect(jsonPath("$.days").value(5))
                // The zone of the first host town's country, not a fixed Europe/Riga.
                .andExpect(jsonPath("$.timeZone").value("Europe/Warsaw"));
    }

    @Test
    void aPlaceTheGazetteerCannotPinDownIsKeptAsWrittenWithItsCountry() throws Exception {
        create("""
                        {"titles":{"en":"Partner meeting in Bistrica"},"hostPlaces":[{"text":"Bistrica","country":"SI"}]}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.hostPlaces[0].townId").doesNotExist())
                .andExpect(jsonPath("$.hostPlaces[0].name").value("Bistrica"))
                .andExpect(jsonPath("$.hostPlaces[0].country").value("SI"))
                .andExpect(jsonPath("$.timeZone").value("Europe/Ljubljana"))
                .andExpect(jsonPath("$.startDate").doesNotExist())
                .andExpect(jsonPath("$.days").value(0));
    }

    @Test
    void typedTownNamesResolveInTheGazetteer() throws Exception {
        create("""
                        {"titles":{"en":"Meeting"},"hostPlaces":[{"text":"daugavpils","country":"LV"}],
                         "startDate":"2018-05-23","endDate":"2018-05-24"}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.hostPlaces[0].townId").value(460413))
                .andExpect(jsonPath("$.hostPlaces[0].name").value("Daugavpils"));
    }

    @Test
    void titlesAndAgendasTakeEveryLanguageAsOneFlatObject() throws Exception {
        String answer = create("""
                        {"titles":{"lv":"Tikšanās","pl":"Spotkanie","sr-Latn":"Sastanak"},
                         "agenda":{"uk":"Порядок денний"},"hostTowns":[460413]}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.titles.lv").value("Tikšanās"))
                .andExpect(jsonPath("$.titles.pl").value("Spotkanie"))
                .andExpect(jsonPath("$.titles.['sr-Latn']").value("Sastanak"))
                .andExpect(jsonPath("$.titles.others").doesNotExist())
                .andExpect(jsonPath("$.agenda.uk").value("Порядок денний"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = ((Number) JsonPath.read(answer, "$.id")).longValue();
        mvc.perform(get("/api/v1/events/" + id).header("Authorization", coordinator))
                .andExpect(jsonPath("$.titles.pl").value("Spotkanie"))
                .andExpect(jsonPath("$.agenda.uk").value("Порядок денний"));
    }

    @Test
    void aTextTooLongInAnyLanguageOrInAnUnknownOneIsRefusedAndNothingIsStored() throws Exception {
        create("{\"titles\":{\"en\":\"x\",\"pl\":\"" + "a".repeat(501) + "\"},\"hostTowns\":[460413]}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("event.text-too-long"))
                .andExpect(jsonPath("$.errors[0].field").value("titleOthers[pl]"));
        create("""
                        {"titles":{"en":"x","xx":"Unknown"},"hostTowns":[460413]}""").andExpect(status().is4xxClientError());
        mvc.perform(get("/api/v1/projects/" + projectId + "/events").header("Authorization", coordinator))
                .andExpect(jsonPath("$.total").value(0));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no title          | {"hostTowns":[460413]}                                                                        | event.title-required
            end before start  | {"titles":{"en":"x"},"hostTowns":[460413],"startDate":"2018-05-24","endDate":"2018-05-23"}    | event.end-before-start
            one date only     | {"titles":{"en":"x"},"hostTowns":[460413],"startDate":"2018-05-24"}                           | event.dates-required
            no host           | {"titles":{"en":"x"}}                                                                         | event.host-required
            unknown town      | {"titles":{"en":"x"},"hostTowns":[1]}                                                         | event.unknown-town
            unknown country   | {"titles":{"en":"x"},"hostPlaces":[{"text":"Atlantis","country":"ZZ"}]}                       | event.unknown-country
            place, no country | {"titles":{"en":"x"},"hostPlaces":[{"text":"Nowhere-on-earth"}]}                              | event.place-needs-country
            bad time zone     | {"titles":{"en":"x"},"hostTowns":[460413],"timeZone":"Europe/Atlantis"}                       | event.unknown-time-zone
            not a partner     | {"titles":{"en":"x"},"hostTowns":[460413],"plannedParticipants":{"999999":4}}                 | event.not-a-partner
            """)
    void badInputIsRefusedWithItsReason(String name, String json, String code) throws Exception {
        create(json)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.errors[0].message").isNotEmpty());
        mvc.perform(get("/api/v1/projects/" + projectId + "/events").header("Authorization", coordinator))
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void theTimeZoneFollowsTheFirstHostUnlessSomeoneChoseOne() throws Exception {
        String answer = create("""
                        {"titles":{"en":"Meeting"},"hostTowns":[460413]}""")
                .andExpect(jsonPath("$.timeZone").value("Europe/Riga"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = ((Number) JsonPath.read(answer, "$.id")).longValue();
        // The first host moves to Poland with the zone left as it was: the zone moves with it.
        mvc.perform(put("/api/v1/events/" + id)
                        .header("Authorization", coordinator)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"titles":{"en":"Meeting"},"hostTowns":[3093133,460413],"timeZone":"Europe/Riga",
                                 "version":0}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.timeZone").value("Europe/Warsaw"));
        // A zone someone chose stays, wherever the hosts are.
        mvc.perform(put("/api/v1/events/" + id)
                        .header("Authorization", coordinator)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"titles":{"en":"Meeting"},"hostTowns":[3093133],"timeZone":"Europe/Helsinki",
                                 "version":1}"""))
                .andExpect(jsonPath("$.timeZone").value("Europe/Helsinki"));
        mvc.perform(put("/api/v1/events/" + id)
                        .header("Authorization", coordinator)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"titles":{"en":"Meeting"},"hostTowns":[460413],"timeZone":"Europe/Helsinki",
                                 "version":2}"""))
                .andExpect(jsonPath("$.timeZone").value("Europe/Helsinki"));
        create("""
                        {"titles":{"en":"Chosen"},"hostTowns":[3093133],"timeZone":"Europe/Lisbon"}""").andExpect(jsonPath("$.timeZone").value("Europe/Lisbon"));
    }

    @Test
    void concurrentEditsAreTold() throws Exception {
        String answer = create("""
                        {"titles":{"en":"Meeting"},"hostTowns":[460413]}""").andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(answer, "$.id")).longValue();
        String update = """
                {"titles":{"en":"Renamed"},"hostTowns":[460413],"version":0}""";
        mvc.perform(put("/api/v1/events/" + id)
                        .header("Authorization", coordinator)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(update))
                .andExpect(status().isOk());
        mvc.perform(put("/api/v1/events/" + id)
                        .header("Authorization", coordinator)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(update.replace("Renamed", "Lost")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("event.stale-version"));
        mvc.perform(get("/api/v1/events/" + id).header("Authorization", coordinator))
                .andExpect(jsonPath("$.titles.en").value("Renamed"));
    }
}
