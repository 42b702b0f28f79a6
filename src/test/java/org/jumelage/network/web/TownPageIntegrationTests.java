package org.jumelage.network.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jumelage.account.AccountManagement;
import org.jumelage.network.TownDirectory;
import org.jumelage.support.JumelageIntegrationTest;
import org.jumelage.support.SignIn;
import org.jumelage.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The town search page, the options of town fields, and adding a missing town. */
@JumelageIntegrationTest
class TownPageIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    TownDirectory towns;

    Cookie admin;

    @BeforeEach
    void signIn() throws Exception {
        admin = SignIn.asAdmin(mvc);
    }

    Cookie partner() throws Exception {
        String email = TestUsers.uniqueEmail("towns-partner");
        accounts.createUser(TestUsers.withRoles(email, org.jumelage.account.Role.PARTNER));
        return SignIn.as(mvc, email, TestUsers.PASSWORD);
    }

    @Test
    void theSearchPageWorksWithoutJavaScript() throws Exception {
        String html = mvc.perform(get("/towns").cookie(partner()).param("q", "lodz"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        Document page = Jsoup.parse(html);
        Assertions.assertThat(page.select("html")).hasSize(1);
        Assertions.assertThat(page.select("form[role=search]").attr("action")).isEqualTo("/towns");
        Assertions.assertThat(page.select("form[role=search]").attr("method")).isEqualTo("get");
        Assertions.assertThat(page.select("#town-rows tbody tr").first().text()).contains("Łódź", "3093133");
        Assertions.assertThat(page.select("#country option")).hasSizeGreaterThan(45);
    }

    @Test
    void anHtmxRequestGetsOnlyTheRows() throws Exception {
        String html = mvc.perform(get("/towns")
                        .cookie(admin)
                        .header("HX-Request", "true")
                        .param("q", "daug")
                        .param("country", "LV"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html"))))
                .andReturn()
                .getResponse()
                .getContentAsString();

        Document fragment = Jsoup.parseBodyFragment(html);
        Assertions.assertThat(fragment.select("#town-rows")).hasSize(1);
        Assertions.assertThat(fragment.select("#town-rows tbody tr")).hasSize(2);
        Assertions.assertThat(fragment.select("#town-rows tbody tr").first().text())
                .contains("Daugavpils", "Latvia");
        Assertions.assertThat(fragment.select("form")).isEmpty();
    }

    @Test
    void aHistoryRestoreGetsTheWholePage() throws Exception {
        mvc.perform(get("/towns")
                        .cookie(admin)
                        .header("HX-Request", "true")
                        .header("HX-History-Restore-Request", "true")
                        .param("q", "daug"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html")));
    }

    @Test
    void thePageSpeaksLatvian() throws Exception {
        mvc.perform(get("/towns")
                        .cookie(admin)
                        .cookie(new Cookie("JUMELAGE_LANG", "lv"))
                        .param("q", "klaipeda"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nosaukums sākas ar")))
                .andExpect(content().string(containsString("Klaipėda")))
                .andExpect(content().string(containsString("Lietuva")));
        mvc.perform(get("/towns")
                        .cookie(admin)
                        .cookie(new Cookie("JUMELAGE_LANG", "lv"))
                        .param("q", "qqqq"))
                .andExpect(content().string(containsString("Nevienas pilsētas nosaukums nesākas ar")));
    }

    @Test
    void townFieldOptionsAreDatalistOptions() throws Exception {
        String html = mvc.perform(get("/towns/options")
                        .cookie(admin)
                        .header("HX-Request", "true")
                        .param("field", "hostTowns[0]")
                        .param("hostTowns[0]", "lodz"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        Document options = Jsoup.parseBodyFragment("<datalist>" + html + "</datalist>");
        Assertions.assertThat(options.select("option").first().attr("value")).isEqualTo("Łódź (PL)");
        Assertions.assertThat(options.select("option").first().text()).isEqualTo("Łódź — Łódź Voivodeship, PL");
        Assertions.assertThat(html).doesNotContain("<html");
        mvc.perform(get("/towns/options").cookie(admin).param("q", "daug").param("country", "LV"))
                .andExpect(content().string(containsString("value=\"Daugavpils (LV)\"")));
        mvc.perform(get("/towns/options").cookie(admin).param("q", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<option"))));
    }

    @Test
    void anAdministratorAddsAMissingTown() throws Exception {
        String name = "Līksna " + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(post("/admin/towns")
                        .cookie(admin)
                        .with(csrf())
                        .param("name", name)
                        .param("country", "LV")
                        .param("region", "Augšdaugava Municipality")
                        .param("latitude", "55.95")
                        .param("longitude", "26.40")
                        .param("population", "700"))
                .andExpect(redirectedUrlPattern("/towns?q=*"))
                .andExpect(flash().attribute("flashSuccess", "network.town-form.added"));

        Assertions.assertThat(towns.search(name, "LV", 5)).singleElement().satisfies(town -> {
            Assertions.assertThat(town.id()).isGreaterThanOrEqualTo(900_000_000L);
            Assertions.assertThat(town.region()).isEqualTo("Augšdaugava Municipality");
        });
    }

    @Test
    void badInputIsShownOnEachFieldAndKept() throws Exception {
        String name = "Nekurzeme " + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(post("/admin/towns")
                        .cookie(admin)
                        .with(csrf())
                        .param("name", name)
                        .param("country", "QQ")
                        .param("latitude", "north")
                        .param("longitude", "200")
                        .param("population", "-5"))
                .andExpect(status().isOk())
                .andExpect(
                        model().attributeHasFieldErrors("townForm", "country", "latitude", "longitude", "population"))
                .andExpect(content().string(containsString("value=\"" + name + "\"")))
                .andExpect(content().string(containsString("Enter the latitude as a decimal number")))
                .andExpect(content().string(containsString("The longitude must be a number from -180 to 180.")))
                .andExpect(content().string(containsString("The population must be 0 or more.")))
                .andExpect(content().string(containsString("is not a country Jumelage knows")));
        mvc.perform(post("/admin/towns")
                        .cookie(admin)
                        .with(csrf())
                        .param("name", "Daugavpils")
                        .param("country", "LV")
                        .param("latitude", "55.88")
                        .param("longitude", "26.53")
                        .param("population", "100000"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("townForm", "name", "error.network.town-already-known"));

        Assertions.assertThat(towns.count(name, null)).isZero();
    }

    @Test
    void onlyAdministratorsAddTowns() throws Exception {
        Cookie partner = partner();
        mvc.perform(get("/admin/towns/new").cookie(partner)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/towns")
                        .cookie(partner)
                        .with(csrf())
                        .param("name", "Sneaky")
                        .param("country", "LV")
                        .param("latitude", "56")
                        .param("longitude", "24")
                        .param("population", "1"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/towns/new").cookie(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"latitude\"")));
        Assertions.assertThat(towns.count("sneaky", "LV")).isZero();
    }

    @Test
    void townsNeedSignIn() throws Exception {
        mvc.perform(get("/towns")).andExpect(status().isFound());
        mvc.perform(get("/towns/options").param("q", "riga")).andExpect(status().isFound());
    }
}
