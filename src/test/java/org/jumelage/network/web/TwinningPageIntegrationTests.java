package org.jumelage.network.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jumelage.network.OrganisationMother.organisation;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jumelage.account.AccountManagement;
import org.jumelage.account.Role;
import org.jumelage.account.UserSummary;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.network.OrganisationSummary;
import org.jumelage.network.TwinLink;
import org.jumelage.network.TwinStatus;
import org.jumelage.network.Twinnings;
import org.jumelage.support.JumelageIntegrationTest;
import org.jumelage.support.SignIn;
import org.jumelage.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The town page with its twins, and the links section of an organisation's page with its forms. */
@JumelageIntegrationTest
class TwinningPageIntegrationTests {

    static final long DAUGAVPILS = 460413;
    static final long AIZKRAUKLE = 461615;
    static final byte[] PDF = "%PDF-1.4\n% charter\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    OrganisationManagement organisations;

    @Autowired
    Twinnings twinnings;

    final String tag = UUID.randomUUID().toString().substring(0, 8);
    OrganisationSummary council;
    Cookie coordinator;

    @BeforeEach
    void coordinatorOfAizkraukle() throws Exception {
        council = organisations.create(organisation()
                .named("Aizkraukles pašvaldība " + tag, "Aizkraukle Council " + tag)
                .inTown(AIZKRAUKLE)
                .build());
        String email = TestUsers.uniqueEmail("links-page");
        UserSummary user = accounts.createUser(TestUsers.withRoles(email, Role.COORDINATOR));
        accounts.setOrganisation(user.id(), council.id());
        coordinator = SignIn.as(mvc, email, TestUsers.PASSWORD);
    }

    Document page(String path, Cookie who, String language) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).cookie(who).header("Accept-Language", language))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    @Test
    void daugavpilsPageShowsItsTwinsWithTheWikipediaAttribution() throws Exception {
        Document page = page("/towns/" + DAUGAVPILS, coordinator, "en");

        assertThat(page.select("#town-name").text()).isEqualTo("Daugavpils");
        assertThat(page.select("#twins tbody tr td:first-child").eachText())
                .contains("Panevėžys", "Visaginas", "Radom", "Motala", "Kharkiv", "Vitebsk", "Lida", "Harbin", "Ramla");
        Element radom = page.select("#twins tbody tr:has(a:containsOwn(Radom))").first();
        assertThat(radom).isNotNull();
        assertThat(radom.select("a[href=/towns/760778]")).hasSize(1);
        assertThat(radom.text())
                .contains(
                        "Formal twinning",
                        "Active",
                        "Wikipedia (enwiki:Latvia)",
                        "Wikipedia contributors, CC BY-SA 4.0");
        assertThat(radom.select("a[rel~=license]").attr("href"))
                .isEqualTo("https://creativecommons.org/licenses/by-sa/4.0/");
        Element harbin =
                page.select("#twins tbody tr:has(span:containsOwn(Harbin))").first();
        assertThat(harbin).isNotNull();
        assertThat(harbin.select("td").get(1).text()).isEqualTo("CN");
        assertThat(harbin.select("td:first-child a")).isEmpty();
        assertThat(page.select("#twins form")).isEmpty();

        Document latvian = page("/towns/" + DAUGAVPILS, coordinator, "lv");
        assertThat(latvian.select("#twins").text())
                .contains("Oficiāla sadraudzība", "Vikipēdijas autori, CC BY-SA 4.0");
    }

    @Test
    void anUnknownTownIsNotFound() throws Exception {
        mvc.perform(get("/towns/999999993").cookie(coordinator)).andExpect(status().isNotFound());
    }

    @Test
    void theTownsListAndTheOrganisationPageLinkToTheTownPage() throws Exception {
        Document list = page("/towns?q=daugavpils", coordinator, "en");
        assertThat(list.select("#town-rows a[href=/towns/" + DAUGAVPILS + "]")).isNotEmpty();

        Document organisationPage = page("/organisations/" + council.id(), coordinator, "en");
        assertThat(organisationPage.select("#organisation-town a").attr("href")).isEqualTo("/towns/" + AIZKRAUKLE);
        assertThat(organisationPage.select("#links h2").text()).isEqualTo("Links of Aizkraukle");
        assertThat(organisationPage.select("#link-add-form")).hasSize(1);
    }

    @Test
    void anEditorAddsEndsAndAttachesTheCharterAndOthersOnlyRead() throws Exception {
        mvc.perform(post("/organisations/{id}/links", council.id())
                        .with(csrf())
                        .cookie(coordinator)
                        .param("partner", "Kutaisi " + tag)
                        .param("partnerCountry", "ge")
                        .param("kind", "FORMAL")
                        .param("status", "ACTIVE")
                        .param("since", "1995")
                        .param("managedBy", "Twinning committee"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/organisations/" + council.id() + "#links"))
                .andExpect(flash().attributeExists("linkSaved"));
        TwinLink link = twinnings.linksOf(AIZKRAUKLE).stream()
                .filter(l -> l.otherSide(AIZKRAUKLE).name().equals("Kutaisi " + tag))
                .findFirst()
                .orElseThrow();
        assertThat(link.otherSide(AIZKRAUKLE).country()).isEqualTo("GE");

        mvc.perform(post("/organisations/{id}/links/{link}/end", council.id(), link.id())
                        .with(csrf())
                        .cookie(coordinator)
                        .param("until", "2020")
                        .param("version", String.valueOf(link.version())))
                .andExpect(flash().attributeExists("linkSaved"));
        assertThat(twinnings.find(link.id()).orElseThrow().status()).isEqualTo(TwinStatus.ENDED);

        mvc.perform(multipart("/organisations/{id}/links/{link}/charter", council.id(), link.id())
                        .file(new MockMultipartFile("file", "harta.pdf", "application/pdf", PDF))
                        .with(csrf())
                        .cookie(coordinator))
                .andExpect(flash().attributeExists("linkSaved"));

        Document page = page("/organisations/" + council.id(), coordinator, "en");
        Element row = page.select("#link-" + link.id()).first();
        assertThat(row).isNotNull();
        assertThat(row.text())
                .contains("Kutaisi " + tag, "Ended", "1995–2020", "Aizkraukle Council " + tag, "Twinning committee");
        assertThat(row.select("details form")).hasSize(4);
        mvc.perform(get("/twinnings/{id}/charter", link.id()).cookie(coordinator))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andExpect(content().bytes(PDF));

        String otherEmail = TestUsers.uniqueEmail("links-reader");
        accounts.createUser(TestUsers.withRoles(otherEmail, Role.PARTNER));
        Cookie reader = SignIn.as(mvc, otherEmail, TestUsers.PASSWORD);
        Document readerPage = page("/organisations/" + council.id(), reader, "en");
        assertThat(readerPage.select("#link-" + link.id() + " a[href=/twinnings/" + link.id() + "/charter]"))
                .hasSize(1);
        assertThat(readerPage.select("#link-" + link.id() + " form")).isEmpty();
        assertThat(readerPage.select("#link-add-form")).isEmpty();
        mvc.perform(post("/organisations/{id}/links/{link}/remove", council.id(), link.id())
                        .with(csrf())
                        .cookie(reader)
                        .param("version", "1"))
                .andExpect(status().isForbidden());
        assertThat(twinnings.find(link.id())).isPresent();
    }

    @Test
    void badInputComesBackAsAMessageInTheReadersLanguageAndNothingIsStored() throws Exception {
        int before = twinnings.linksOf(AIZKRAUKLE).size();

        mvc.perform(post("/organisations/{id}/links", council.id())
                        .with(csrf())
                        .cookie(coordinator)
                        .header("Accept-Language", "lv")
                        .param("partner", "Aizkraukle")
                        .param("partnerCountry", "LV")
                        .param("kind", "FORMAL")
                        .param("status", "ACTIVE"))
                .andExpect(flash().attribute(
                                "linkError", "Pilsētu nevar sasaistīt pašu ar sevi. Izvēlieties citu partnerpilsētu."));
        mvc.perform(post("/organisations/{id}/links", council.id())
                        .with(csrf())
                        .cookie(coordinator)
                        .header("Accept-Language", "en")
                        .param("partner", "Ramla " + tag)
                        .param("partnerCountry", "IL")
                        .param("kind", "FORMAL")
                        .param("status", "ENDED")
                        .param("since", "2010")
                        .param("until", "2001"))
                .andExpect(flash().attribute("linkError", "The link cannot end (2001) before it started (2010)."));
        mvc.perform(post("/organisations/{id}/links", council.id())
                        .with(csrf())
                        .cookie(coordinator)
                        .param("partner", "Ramla " + tag)
                        .param("partnerCountry", "IL")
                        .param("kind", "FORMAL")
                        .param("status", "ACTIVE")
                        .param("since", "nineteen"))
                .andExpect(flash().attributeExists("linkError"));

        assertThat(twinnings.linksOf(AIZKRAUKLE)).hasSize(before);
    }
}
