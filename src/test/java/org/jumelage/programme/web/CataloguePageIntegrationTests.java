package org.jumelage.programme.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import jakarta.servlet.http.Cookie;
import org.jumelage.account.AccountManagement;
import org.jumelage.support.JumelageIntegrationTest;
import org.jumelage.support.SignIn;
import org.jumelage.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The catalogue page: programmes, strands, measures and calls in Latvian and English, for signed-in users. */
@JumelageIntegrationTest
class CataloguePageIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountManagement accounts;

    Cookie coordinator;

    @BeforeEach
    void signIn() throws Exception {
        String email = TestUsers.uniqueEmail("catalogue");
        accounts.createUser(TestUsers.coordinator(email));
        coordinator = SignIn.as(mvc, email, TestUsers.PASSWORD);
    }

    @Test
    void showsTheCatalogueInEnglish() throws Exception {
        mvc.perform(get("/programmes").cookie(coordinator).cookie(new Cookie("JUMELAGE_LANG", "en")))
                .andExpect(status().isOk())
                .andExpect(view().name("programme/catalogue"))
                .andExpect(content()
                        .string(allOf(
                                containsString("<html lang=\"en\""),
                                containsString("<h1 class=\"mb-2\">EU programmes, measures and calls</h1>"),
                                containsString("<h2 class=\"h3\">Europe for Citizens (2007–2013)</h2>"),
                                containsString("<h2 class=\"h3\">Europe for Citizens (2014–2020)</h2>"),
                                containsString(
                                        "<h2 class=\"h3\">Citizens, Equality, Rights and Values (CERV, 2021–2027)</h2>"),
                                containsString(
                                        "<h3 class=\"h5\">Strand 2: Democratic engagement and civic participation</h3>"),
                                containsString("<th scope=\"row\">2.1 Town Twinning</th>"),
                                containsString("<th scope=\"row\">1.2 Thematic networking of twinned towns</th>"),
                                containsString("<th scope=\"row\">Networks of Towns</th>"),
                                containsString("<td>2014–2020</td>"),
                                containsString(
                                        "<caption class=\"visually-hidden\">Calls of the measure 2.1 Town Twinning and their results, newest first</caption>"),
                                containsString("<time datetime=\"2018-03-01\">1 Mar 2018</time>"),
                                containsString("<td class=\"text-end\">382</td>"),
                                containsString("<td class=\"text-end\">137</td>"),
                                containsString(
                                        "<caption>Results by applicant country, call E4C-2014-TT-2018-03-01</caption>"),
                                containsString("<th scope=\"row\">Latvia</th>"),
                                containsString("<li>Daugavpils pilsētas dome</li>"),
                                containsString("None yet"),
                                not(containsString("Pašvaldību sadraudzība")))));
    }

    @Test
    void showsTheCatalogueInLatvian() throws Exception {
        mvc.perform(get("/programmes").cookie(coordinator).cookie(new Cookie("JUMELAGE_LANG", "lv")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("<html lang=\"lv\""),
                                containsString("<h1 class=\"mb-2\">ES programmas, pasākumi un uzaicinājumi</h1>"),
                                containsString("<h2 class=\"h3\">„Eiropa pilsoņiem” (2014–2020)</h2>"),
                                containsString(
                                        "<h3 class=\"h5\">2. atbalsta darbība: Demokrātiskā iesaistīšanās un pilsoniskā līdzdalība</h3>"),
                                containsString("<th scope=\"row\">2.1. Pašvaldību sadraudzība</th>"),
                                containsString("<th scope=\"row\">Pilsētu tīkli</th>"),
                                containsString("<th scope=\"col\">Iesniegšanas termiņš</th>"),
                                containsString("<time datetime=\"2018-03-01\">01.03.2018</time>"),
                                containsString("<th scope=\"row\">Latvija</th>"),
                                containsString("<li>Tukuma novada dome</li>"),
                                containsString("Pagaidām nav"),
                                containsString("Daugavpils pilsētas dome, ziņa par projektu TTChan, 2018"),
                                not(containsString("news on the TTChan project")),
                                not(containsString("Town Twinning")))));
    }

    @Test
    void isForSignedInUsersOnly() throws Exception {
        mvc.perform(get("/programmes")).andExpect(status().isFound()).andExpect(redirectedUrl("/sign-in"));
    }
}
