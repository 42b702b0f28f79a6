package org.jumelage.network.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.jumelage.account.AccountManagement;
import org.jumelage.account.Role;
import org.jumelage.account.UserSummary;
import org.jumelage.network.NoticeMother;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.network.PartnerNotice;
import org.jumelage.network.PartnerNotices;
import org.jumelage.support.JumelageIntegrationTest;
import org.jumelage.support.SignIn;
import org.jumelage.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The staff pages of partner-search notices: publishing, refusals on the form, editing rights, withdrawing. */
@JumelageIntegrationTest
class PartnerNoticePageIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganisationManagement organisations;

    @Autowired
    PartnerNotices notices;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcClient jdbc;

    long organisationId;
    Cookie coordinator;

    @BeforeEach
    void signInAsACoordinator() throws Exception {
        organisationId = NoticeMother.organisationWithContact(organisations, NoticeMother.uniqueEmail("contact"));
        coordinator = coordinatorOf(organisationId);
    }

    Cookie coordinatorOf(long organisation) throws Exception {
        String email = TestUsers.uniqueEmail("notice-coordinator");
        UserSummary user = accounts.createUser(TestUsers.withRoles(email, Role.COORDINATOR));
        accounts.setOrganisation(user.id(), organisation);
        return SignIn.as(mvc, email, TestUsers.PASSWORD);
    }

    long noticesOf(long organisation) {
        return jdbc.sql("select count(*) from partner_notice where organisation_id = :id")
                .param("id", organisation)
                .query(Long.class)
                .single();
    }

    @Test
    void anAdministratorChoosesTheOrganisationWithTheSearchingPicker() throws Exception {
        Cookie admin = SignIn.asAdmin(mvc);
        String name = organisations.find(organisationId).orElseThrow().name(java.util.Locale.ENGLISH);
        org.jsoup.nodes.Document form =
                org.jsoup.Jsoup.parse(mvc.perform(get("/partner-notices/new").cookie(admin))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(form.selectFirst("input#organisationId-q").attr("form")).isEqualTo("notice-organisation-search");
        assertThat(form.select("#organisationId-options > option:not([disabled])"))
                .hasSizeLessThanOrEqualTo(org.jumelage.network.OrganisationChoices.LIMIT);

        org.jsoup.nodes.Document searched = org.jsoup.Jsoup.parse(
                mvc.perform(get("/partner-notices/new").cookie(admin).param("q", name))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(searched.select("select#organisationId option[selected]").eachAttr("value"))
                .containsExactly(String.valueOf(organisationId));
    }

    @Test
    void aCoordinatorPublishesANoticeOfTheirOrganisation() throws Exception {
        mvc.perform(get("/partner-notices/new").cookie(coordinator))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"notice-form\"")))
                .andExpect(content().string(containsString("E4C-2014-TT")));

        mvc.perform(post("/partner-notices")
                        .cookie(coordinator)
                        .with(csrf())
                        .param("organisationId", String.valueOf(organisationId))
                        .param("titleEn", "Choirs for a song festival")
                        .param("ideaEn", "Three days of singing by the river")
                        .param("measure", "E4C-2014-TT")
                        .param("townSize", "SMALL")
                        .param("languages", "en, lv")
                        .param("expiresOn", notices.today().plusDays(20).toString())
                        .param("version", "0"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrlPattern("/partner-notices/*"));

        assertThat(notices.ofOrganisation(organisationId)).singleElement().satisfies(notice -> {
            assertThat(notice.title().en()).isEqualTo("Choirs for a song festival");
            assertThat(notice.languages()).containsExactly("en", "lv");
            assertThat(notice.isCurrent(notices.today())).isTrue();
        });
        String audit = jdbc.sql(
                        "select count(*) from audit_event where action = 'network.notice.published' and target like :t")
                .param("t", "% of organisation " + organisationId)
                .query(Long.class)
                .single()
                .toString();
        assertThat(audit).isEqualTo("1");
    }

    @Test
    void theFormShowsEachRefusalOnItsFieldAndStoresNothing() throws Exception {
        mvc.perform(post("/partner-notices")
                        .cookie(coordinator)
                        .with(csrf())
                        .param("organisationId", String.valueOf(organisationId))
                        .param("titleEn", "Choirs")
                        .param("ideaEn", "Singing")
                        .param("expiresOn", notices.today().minusDays(1).toString()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("expiresOn-errors")))
                .andExpect(content().string(containsString("must be after today")));
        mvc.perform(post("/partner-notices")
                        .cookie(coordinator)
                        .with(csrf())
                        .param("organisationId", String.valueOf(organisationId))
                        .param("titleEn", "Choirs")
                        .param("ideaEn", "<script>alert(1)</script>")
                        .param("expiresOn", notices.today().plusDays(3).toString()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("ideaLv-errors")))
                .andExpect(content().string(containsString("plain text")))
                .andExpect(content().string(not(containsString("<script>alert(1)</script>"))));
        assertThat(noticesOf(organisationId)).isZero();
    }

    @Test
    void onlyTheOrganisationsEditorsChangeOrWithdrawANotice() throws Exception {
        PartnerNotice notice = notices.publish(
                NoticeMother.ADMIN,
                organisationId,
                NoticeMother.draft(
                        null, "Partners for a youth camp", notices.today().plusDays(10)));
        Cookie stranger = coordinatorOf(
                NoticeMother.organisationWithContact(organisations, NoticeMother.uniqueEmail("stranger")));

        mvc.perform(get("/partner-notices/" + notice.id() + "/edit").cookie(stranger))
                .andExpect(status().isForbidden());
        mvc.perform(post("/partner-notices/" + notice.id() + "/withdraw")
                        .cookie(stranger)
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/partner-notices").cookie(stranger))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Partners for a youth camp")));

        mvc.perform(post("/partner-notices/" + notice.id() + "/withdraw")
                        .cookie(coordinator)
                        .with(csrf()))
                .andExpect(status().isFound());
        assertThat(notices.current(notice.id())).isEmpty();
        mvc.perform(get("/en/partner-notices/" + notice.id())).andExpect(status().isNotFound());
    }
}
