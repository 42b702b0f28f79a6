package org.jumelage.network.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.jumelage.network.OrganisationMother.organisation;
import static org.jumelage.network.OrganisationMother.uniquePic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jumelage.account.AccountManagement;
import org.jumelage.account.Role;
import org.jumelage.account.UserSummary;
import org.jumelage.network.ContactSummary;
import org.jumelage.network.NewContact;
import org.jumelage.network.OrganisationChoices;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.network.OrganisationSummary;
import org.jumelage.network.OrganisationType;
import org.jumelage.support.JumelageIntegrationTest;
import org.jumelage.support.SignIn;
import org.jumelage.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Organisation pages: create, edit with inline errors and stale versions, contacts, members, permissions. */
@JumelageIntegrationTest
class OrganisationPageIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganisationManagement organisations;

    @Autowired
    AccountManagement accounts;

    final String tag = UUID.randomUUID().toString().substring(0, 8);

    Cookie admin;

    @BeforeEach
    void signIn() throws Exception {
        admin = SignIn.asAdmin(mvc);
    }

    /** Signs in a new user with the role, member of the organisation (or of none). */
    Cookie member(Role role, Long organisationId) throws Exception {
        String email = TestUsers.uniqueEmail("org-" + role.name().toLowerCase());
        UserSummary user = accounts.createUser(TestUsers.withRoles(email, role));
        if (organisationId != null) {
            accounts.setOrganisation(user.id(), organisationId);
        }
        return SignIn.as(mvc, email, TestUsers.PASSWORD);
    }

    OrganisationSummary existing(String name) {
        return organisations.create(organisation().named("LV " + name, name).build());
    }

    /** The organisation form as a browser posts it: every field, empty unless given as name, value pairs. */
    static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, Cookie user, String... fields) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : List.of("nameLv", "nameEn", "town", "country", "website", "pic")) {
            values.put(field, "");
        }
        values.put("type", "MUNICIPALITY");
        values.put("version", "0");
        for (int i = 0; i < fields.length; i += 2) {
            values.put(fields[i], fields[i + 1]);
        }
        MockHttpServletRequestBuilder builder = request.cookie(user).with(csrf());
        values.forEach(builder::param);
        return builder;
    }

    @Test
    void anAdministratorCreatesAnOrganisationWithATownPickedFromTheList() throws Exception {
        String pic = uniquePic();
        mvc.perform(form(
                        post("/organisations"),
                        admin,
                        "nameLv",
                        "Kauņas pilsētas pašvaldība " + tag,
                        "nameEn",
                        "Kaunas City Municipality " + tag,
                        "town",
                        "Kaunas (598316)",
                        "website",
                        "https://www.kaunas.lt",
                        "pic",
                        pic))
                .andExpect(redirectedUrlPattern("/organisations/*"))
                .andExpect(flash().attribute("flashSuccess", "network.organisation-form.created"));

        OrganisationSummary created = organisations
                .search("kaunas city municipality " + tag, null, PageRequest.of(0, 1))
                .getContent()
                .get(0);
        Assertions.assertThat(created.townId()).isEqualTo(598316L);
        Assertions.assertThat(created.country()).isEqualTo("LT");
        Assertions.assertThat(created.pic()).isEqualTo(pic);

        String html = mvc.perform(get("/organisations/" + created.id()).cookie(admin))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Document page = Jsoup.parse(html);
        Assertions.assertThat(page.select("#organisation-name").text()).isEqualTo("Kaunas City Municipality " + tag);
        Assertions.assertThat(page.select("#organisation-town").text()).contains("Kaunas");
        Assertions.assertThat(page.select("#organisation-country").text()).isEqualTo("Lithuania");
        Assertions.assertThat(page.select("#organisation-pic").text()).isEqualTo(pic);
        Assertions.assertThat(page.select("#organisation-edit")).hasSize(1);
        mvc.perform(get("/organisations/" + created.id()).cookie(admin).cookie(new Cookie("JUMELAGE_LANG", "lv")))
                .andExpect(content().string(containsString("Kauņas pilsētas pašvaldība " + tag)))
                .andExpect(content().string(containsString("Pašvaldība")))
                .andExpect(content().string(containsString("Lietuva")));
    }

    @Test
    void aTypedNameIsResolvedAndAnAmbiguousOneOffersCandidates() throws Exception {
        mvc.perform(form(post("/organisations"), admin, "nameEn", "Daugavpils typed " + tag, "town", "daugavpils"))
                .andExpect(redirectedUrlPattern("/organisations/*"));
        Assertions.assertThat(organisations
                        .search("daugavpils typed " + tag, null, PageRequest.of(0, 1))
                        .getContent())
                .singleElement()
                .satisfies(created -> Assertions.assertThat(created.townId()).isEqualTo(460413L));

        String html = mvc.perform(form(
                        post("/organisations"),
                        admin,
                        "nameEn",
                        "Bistrica " + tag,
                        "town",
                        "Bistrica",
                        "country",
                        "SI"))
                .andExpect(status().isOk())
                .andExpect(
                        model().attributeHasFieldErrorCode("organisationForm", "town", "network.town-field.ambiguous"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Document page = Jsoup.parse(html);
        Assertions.assertThat(page.select("#town").attr("value")).isEqualTo("Bistrica");
        Assertions.assertThat(page.select("#town").attr("list")).isEqualTo("town-towns");
        Assertions.assertThat(page.select("#town-towns option").eachAttr("value"))
                .contains("Ilirska Bistrica (SI)", "Slovenska Bistrica (SI)");
        Assertions.assertThat(page.select("#town-candidates li")).hasSizeGreaterThan(1);
        Assertions.assertThat(page.select("#nameEn").attr("value")).isEqualTo("Bistrica " + tag);
        Assertions.assertThat(organisations.search("bistrica " + tag, null, PageRequest.of(0, 1)))
                .isEmpty();
    }

    @Test
    void everyBadInputIsShownOnItsFieldAndWhatWasTypedIsKept() throws Exception {
        String html = mvc.perform(form(
                        post("/organisations"),
                        admin,
                        "nameLv",
                        "",
                        "nameEn",
                        "",
                        "type",
                        "",
                        "town",
                        "Xqzwv",
                        "website",
                        "daugavpils.lv",
                        "pic",
                        "12345678A"))
                .andExpect(status().isOk())
                .andExpect(
                        model().attributeHasFieldErrors("organisationForm", "nameLv", "type", "town", "website", "pic"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        Document page = Jsoup.parse(html);
        Assertions.assertThat(page.select("#nameLv-errors").text())
                .isEqualTo("Give the name in Latvian, in English or in both.");
        Assertions.assertThat(page.select("#town-errors").text()).contains("No town called \"Xqzwv\" is known.");
        Assertions.assertThat(page.select("#website-errors").text()).startsWith("Enter a web address");
        Assertions.assertThat(page.select("#pic-errors").text()).contains("exactly 9 digits");
        Assertions.assertThat(page.select("#type-errors").text()).isEqualTo("This field is required.");
        Assertions.assertThat(page.select("#pic").attr("value")).isEqualTo("12345678A");
        Assertions.assertThat(page.select("#website").attr("value")).isEqualTo("daugavpils.lv");
        Assertions.assertThat(page.select("#pic").attr("aria-invalid")).isEqualTo("true");
    }

    @Test
    void aTakenPicAndAnUnknownCountryAreShownInLatvian() throws Exception {
        String pic = uniquePic();
        organisations.create(
                organisation().named(null, "Holder " + tag).withPic(pic).build());

        mvc.perform(form(
                                post("/organisations"),
                                admin,
                                "nameLv",
                                "Otrā " + tag,
                                "town",
                                "Daugavpils (460413)",
                                "pic",
                                pic)
                        .cookie(new Cookie("JUMELAGE_LANG", "lv")))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("organisationForm", "pic", "error.network.pic-taken"))
                .andExpect(content().string(containsString("PIC " + pic + " jau pieder citai organizācijai.")));
        mvc.perform(form(post("/organisations"), admin, "nameLv", "Trešā " + tag, "country", "XX")
                        .cookie(new Cookie("JUMELAGE_LANG", "lv")))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode(
                                "organisationForm", "country", "error.network.unknown-country"));

        Assertions.assertThat(
                        organisations.search(tag, null, PageRequest.of(0, 5)).getTotalElements())
                .isEqualTo(1);
    }

    @Test
    void editingShowsTheStoredDataWithTheVersion() throws Exception {
        OrganisationSummary existing = organisations.create(organisation()
                .named("Lodzas reģions " + tag, "Łódź Region " + tag)
                .ofType(OrganisationType.REGION)
                .inTown(3093133L)
                .build());

        String html = mvc.perform(
                        get("/organisations/" + existing.id() + "/edit").cookie(admin))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        Document page = Jsoup.parse(html);
        Assertions.assertThat(page.select("input[name=version]").attr("type")).isEqualTo("hidden");
        Assertions.assertThat(page.select("input[name=version]").attr("value")).isEqualTo("0");
        Assertions.assertThat(page.select("#town").attr("value")).isEqualTo("Łódź (PL)");
        Assertions.assertThat(page.select("#type option[selected]").attr("value"))
                .isEqualTo("REGION");
        Assertions.assertThat(page.select("main form[method=post]").attr("action"))
                .isEqualTo("/organisations/" + existing.id());
    }

    @Test
    void aStaleEditShowsTheCurrentDataKeepsTheTypedAndOverwritesNothing() throws Exception {
        OrganisationSummary existing = existing("Stale " + tag);
        organisations.update(
                existing.id(),
                organisation().named("LV Stale " + tag, "Saved first " + tag).build(),
                0);

        String html = mvc.perform(form(
                        post("/organisations/" + existing.id()),
                        admin,
                        "nameEn",
                        "Saved second " + tag,
                        "town",
                        "Daugavpils (460413)",
                        "version",
                        "0"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasErrors("organisationForm"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        Document page = Jsoup.parse(html);
        Assertions.assertThat(page.select("#stale-version").text())
                .contains("Someone else saved")
                .contains("Saved first " + tag);
        Assertions.assertThat(page.select(".alert-danger").text()).contains("Someone else changed this organisation");
        Assertions.assertThat(page.select("#nameEn").attr("value")).isEqualTo("Saved second " + tag);
        Assertions.assertThat(page.select("input[name=version]").attr("value")).isEqualTo("1");
        Assertions.assertThat(
                        organisations.find(existing.id()).orElseThrow().names().en())
                .isEqualTo("Saved first " + tag);

        mvc.perform(form(
                        post("/organisations/" + existing.id()),
                        admin,
                        "nameEn",
                        "Saved second " + tag,
                        "town",
                        "Daugavpils (460413)",
                        "version",
                        "1"))
                .andExpect(redirectedUrl("/organisations/" + existing.id()));
        Assertions.assertThat(
                        organisations.find(existing.id()).orElseThrow().names().en())
                .isEqualTo("Saved second " + tag);
    }

    @Test
    void aCoordinatorEditsTheirOwnOrganisationButNotAnother() throws Exception {
        OrganisationSummary own = existing("Own " + tag);
        OrganisationSummary other = existing("Other " + tag);
        Cookie coordinator = member(Role.COORDINATOR, own.id());

        mvc.perform(get("/organisations/" + other.id() + "/edit").cookie(coordinator))
                .andExpect(status().isForbidden());
        mvc.perform(form(
                        post("/organisations/" + other.id()),
                        coordinator,
                        "nameEn",
                        "Taken over " + tag,
                        "town",
                        "Daugavpils (460413)"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/organisations/" + other.id() + "/contacts")
                        .cookie(coordinator)
                        .with(csrf())
                        .param("name", "Intruder"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/organisations/" + other.id()).cookie(coordinator))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"organisation-edit\""))));

        mvc.perform(get("/organisations/" + own.id()).cookie(coordinator))
                .andExpect(content().string(containsString("id=\"organisation-edit\"")))
                .andExpect(content().string(containsString("id=\"contact-add\"")))
                .andExpect(content().string(not(containsString("id=\"member-add\""))));
        mvc.perform(form(
                        post("/organisations/" + own.id()),
                        coordinator,
                        "nameEn",
                        "Own edited " + tag,
                        "town",
                        "Daugavpils (460413)"))
                .andExpect(redirectedUrl("/organisations/" + own.id()));

        Assertions.assertThat(
                        organisations.find(other.id()).orElseThrow().names().en())
                .isEqualTo("Other " + tag);
        Assertions.assertThat(organisations.find(own.id()).orElseThrow().names().en())
                .isEqualTo("Own edited " + tag);
        Assertions.assertThat(organisations.contacts(other.id())).isEmpty();
    }

    @Test
    void aPartnerReadsButChangesNothing() throws Exception {
        OrganisationSummary own = existing("Partner's " + tag);
        organisations.addContact(own.id(), new NewContact("Jana Ūzuliņa", "jana@example.org", null, "Coordinator"));
        Cookie partner = member(Role.PARTNER, own.id());

        mvc.perform(get("/organisations").cookie(partner).param("q", tag))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Partner&#39;s " + tag)))
                .andExpect(content().string(not(containsString("id=\"organisation-new\""))));
        mvc.perform(get("/organisations/" + own.id()).cookie(partner))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Jana Ūzuliņa")))
                .andExpect(content().string(not(containsString("id=\"organisation-edit\""))))
                .andExpect(content().string(not(containsString("id=\"contact-add\""))));
        mvc.perform(get("/organisations/" + own.id() + "/edit").cookie(partner)).andExpect(status().isForbidden());
        mvc.perform(get("/organisations/new").cookie(partner)).andExpect(status().isForbidden());
        mvc.perform(form(post("/organisations"), partner, "nameEn", "By partner " + tag))
                .andExpect(status().isForbidden());
        Assertions.assertThat(organisations.search("by partner " + tag, null, PageRequest.of(0, 1)))
                .isEmpty();
    }

    @Test
    void aCoordinatorMayRegisterAPartnerOrganisation() throws Exception {
        Cookie coordinator = member(Role.COORDINATOR, null);

        mvc.perform(get("/organisations/new").cookie(coordinator)).andExpect(status().isOk());
        mvc.perform(form(
                        post("/organisations"),
                        coordinator,
                        "nameEn",
                        "Partner town " + tag,
                        "town",
                        "Klaipėda (598098)"))
                .andExpect(redirectedUrlPattern("/organisations/*"));
    }

    @Test
    void contactsAreAddedWithInlineErrorsAndRemoved() throws Exception {
        OrganisationSummary existing = existing("Contacts " + tag);
        String base = "/organisations/" + existing.id() + "/contacts";

        mvc.perform(post(base)
                        .cookie(admin)
                        .with(csrf())
                        .param("name", "")
                        .param("email", "not-an-email")
                        .param("phone", "")
                        .param("position", "Mayor"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("contactForm", "name", "email"))
                .andExpect(content().string(containsString("Give the contact person&#39;s name.")))
                .andExpect(content().string(containsString("value=\"Mayor\"")));
        mvc.perform(post(base)
                        .cookie(admin)
                        .with(csrf())
                        .param("name", "Jana Ūzuliņa")
                        .param("email", "jana@example.org")
                        .param("phone", "+371 65 400 000")
                        .param("position", "Project manager"))
                .andExpect(redirectedUrl("/organisations/" + existing.id() + "#contacts"))
                .andExpect(flash().attribute("flashSuccess", "network.contacts.added"));

        ContactSummary jana = organisations.contacts(existing.id()).get(0);
        Assertions.assertThat(jana.phone()).isEqualTo("+371 65 400 000");
        mvc.perform(post(base + "/" + jana.id() + "/remove").cookie(admin).with(csrf()))
                .andExpect(flash().attribute("flashSuccess", "network.contacts.removed"));
        Assertions.assertThat(organisations.contacts(existing.id())).isEmpty();
    }

    @Test
    void anAdministratorAddsAndRemovesMembersByEmail() throws Exception {
        OrganisationSummary existing = existing("Members " + tag);
        String email = TestUsers.uniqueEmail("member");
        UserSummary user = accounts.createUser(TestUsers.coordinator(email));

        mvc.perform(post("/organisations/" + existing.id() + "/members")
                        .cookie(admin)
                        .with(csrf())
                        .param("memberEmail", email.toUpperCase()))
                .andExpect(redirectedUrl("/organisations/" + existing.id() + "#members"));
        Assertions.assertThat(accounts.membersOf(existing.id()))
                .extracting(UserSummary::email)
                .containsExactly(email);
        mvc.perform(get("/organisations/" + existing.id()).cookie(admin))
                .andExpect(content().string(containsString(email)));

        mvc.perform(post("/organisations/" + existing.id() + "/members")
                        .cookie(admin)
                        .with(csrf())
                        .param("memberEmail", "nobody-" + tag + "@example.org"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode(
                                "memberForm", "memberEmail", "network.members.unknown-email"));

        Cookie coordinator = SignIn.as(mvc, email, TestUsers.PASSWORD);
        mvc.perform(post("/organisations/" + existing.id() + "/members")
                        .cookie(coordinator)
                        .with(csrf())
                        .param("memberEmail", TestUsers.ADMIN_EMAIL))
                .andExpect(status().isForbidden());

        mvc.perform(post("/organisations/" + existing.id() + "/members/" + user.id() + "/remove")
                        .cookie(admin)
                        .with(csrf()))
                .andExpect(flash().attribute("flashSuccess", "network.members.removed"));
        Assertions.assertThat(accounts.membersOf(existing.id())).isEmpty();
    }

    @Test
    void theListSearchesAndAnHtmxRequestGetsOnlyTheRows() throws Exception {
        existing("Searchable Ūdens " + tag);

        mvc.perform(get("/organisations").cookie(admin).param("q", "searchable udens " + tag))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString("Searchable Ūdens " + tag)));
        String fragment = mvc.perform(get("/organisations")
                        .cookie(admin)
                        .header("HX-Request", "true")
                        .param("q", "SEARCHABLE UDENS " + tag)
                        .param("country", "LV"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Assertions.assertThat(fragment).doesNotContain("<html").contains("id=\"organisation-rows\"");
        Assertions.assertThat(Jsoup.parseBodyFragment(fragment).select("tbody tr"))
                .hasSize(1);
        mvc.perform(get("/organisations")
                        .cookie(admin)
                        .param("q", "searchable udens " + tag)
                        .param("country", "LT"))
                .andExpect(content().string(containsString("No organisations match.")));
    }

    @Test
    void anUnknownOrganisationIsNotFound() throws Exception {
        mvc.perform(get("/organisations/999999999").cookie(admin)).andExpect(status().isNotFound());
    }

    @Test
    void thePickersOptionsAreTheFirstMatchesByNameTheFirstSelectedAndSayWhenMoreMatch() throws Exception {
        for (int i = 0; i < OrganisationChoices.LIMIT + 1; i++) {
            existing(String.format("Picker %s %02d", tag, i));
        }
        Document options = Jsoup.parseBodyFragment(
                mvc.perform(get("/organisations/options").cookie(admin).param("q", "picker " + tag))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        List<String> names = options.select("option:not([disabled])").eachText();
        Assertions.assertThat(names).hasSize(OrganisationChoices.LIMIT);
        Assertions.assertThat(names.get(0)).isEqualTo("Picker " + tag + " 00 (LV)");
        Assertions.assertThat(names.get(OrganisationChoices.LIMIT - 1)).isEqualTo("Picker " + tag + " 19 (LV)");
        Assertions.assertThat(options.select("option[selected]").eachText()).containsExactly(names.get(0));
        Assertions.assertThat(options.select("option[disabled]").text()).contains("type more of the name");

        Document one = Jsoup.parseBodyFragment(
                mvc.perform(get("/organisations/options").cookie(admin).param("q", "PICKER " + tag + " 07"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        Assertions.assertThat(one.select("option").eachText()).containsExactly("Picker " + tag + " 07 (LV)");
        Assertions.assertThat(one.select("option[selected]")).hasSize(1);

        Document none = Jsoup.parseBodyFragment(
                mvc.perform(get("/organisations/options").cookie(admin).param("q", "no such name " + tag))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        Assertions.assertThat(none.select("option")).isEmpty();
        mvc.perform(get("/organisations/options").param("q", tag)).andExpect(status().isFound());
    }

    @Test
    void theChosenOrganisationIsOfferedAndSelectedEvenWhenItIsNotAmongTheMatches() {
        OrganisationSummary chosen = existing("Zzz chosen " + tag);
        OrganisationChoices elsewhere = organisations.choices("no such name " + tag, chosen.id());
        Assertions.assertThat(elsewhere.organisations())
                .extracting(OrganisationSummary::id)
                .containsExactly(chosen.id());
        Assertions.assertThat(elsewhere.selected()).isEqualTo(chosen.id());
        OrganisationChoices blank = organisations.choices("", chosen.id());
        Assertions.assertThat(blank.organisations()).hasSizeLessThanOrEqualTo(OrganisationChoices.LIMIT + 1);
        Assertions.assertThat(blank.isSelected(chosen.id())).isTrue();

        OrganisationChoices nothingChosen = organisations.choices("", null);
        Assertions.assertThat(nothingChosen.selected()).isNull();
        Assertions.assertThat(organisations.choices("  ", 999_999_999L).selected())
                .isNull();
    }
}
