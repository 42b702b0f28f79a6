package org.jumelage.programme.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jumelage.account.AccountManagement;
import org.jumelage.account.AuditTrail;
import org.jumelage.network.OrganisationType;
import org.jumelage.programme.GrantCalculator;
import org.jumelage.programme.GrantEvaluation;
import org.jumelage.programme.GrantPlan;
import org.jumelage.programme.RuleAdministration;
import org.jumelage.programme.RuleFileSummary;
import org.jumelage.support.JumelageIntegrationTest;
import org.jumelage.support.SignIn;
import org.jumelage.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Administrators override the rule data in the pages: the override takes effect at once, keeps its
 * versions and author, is audited, exports and imports as the same file format, and a file with a
 * mistake is refused naming its line while nothing changes.
 */
@JumelageIntegrationTest
class RuleAdministrationIntegrationTests {

    private static final String BANDS = """
            measure: E4C-2014-TT
            ruleSets:
              - id: E4C-2014-TT/2014-2020
                parameters:
                  bands:
                    value:
                      - {from: 25, amount: 5000}
                      - {from: 60, amount: 10000}
                      - {from: 175, amount: 25000}
                    complete: true
                    sources:
                      - Programme guide 2019, annex II
                    confidence: confirmed
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    GrantCalculator calculator;

    @Autowired
    RuleAdministration administration;

    @Autowired
    AuditTrail audit;

    @Autowired
    AccountManagement accounts;

    Cookie admin;

    @BeforeEach
    void signIn() throws Exception {
        admin = SignIn.asAdmin(mvc);
    }

    /** Other tests share the database: put the shipped rules back in force. */
    @AfterEach
    void restoreShippedRules() throws Exception {
        for (String measure : List.of("E4C-2014-TT", "CERV-TT")) {
            if (administration.currentOverride(measure).isPresent()) {
                mvc.perform(post("/admin/rules/" + measure + "/remove")
                                .cookie(admin)
                                .with(csrf()))
                        .andExpect(status().is3xxRedirection());
            }
        }
    }

    private GrantEvaluation thirtyInvited(int year) {
        return calculator.evaluate(new GrantPlan(
                "E4C-2014-TT",
                null,
                year,
                new GrantPlan.Applicant("HU", OrganisationType.MUNICIPALITY),
                List.of(new GrantPlan.Applicant("RS", OrganisationType.MUNICIPALITY)),
                null,
                null,
                List.of(new GrantPlan.Event(
                        "", "HU", null, null, null, 0, List.of(new GrantPlan.Delegation("RS", null, 70, null)))),
                null));
    }

    @Test
    void anOverrideTakesEffectAtOnceWithItsAuthorAndCanBeRemoved() throws Exception {
        assertThat(thirtyInvited(2019).grant().exact()).isFalse();
        int versions = administration.history("E4C-2014-TT").size();

        mvc.perform(post("/admin/rules/E4C-2014-TT").cookie(admin).with(csrf()).param("content", BANDS))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/rules/E4C-2014-TT"));

        GrantEvaluation evaluation = thirtyInvited(2019);
        assertThat(evaluation.grant().exact()).isTrue();
        assertThat(evaluation.grant().amount()).isEqualTo(new BigDecimal("10000.00"));
        assertThat(evaluation.grant().lines().get(0).source().overriddenBy()).isEqualTo(TestUsers.ADMIN_EMAIL);
        assertThat(administration.history("E4C-2014-TT")).hasSize(versions + 1);
        assertThat(audit.entries("programme.rules.overridden", PageRequest.of(0, 5))
                        .getContent())
                .anySatisfy(entry -> assertThat(entry.target()).isEqualTo("E4C-2014-TT"));

        mvc.perform(get("/admin/rules/E4C-2014-TT").cookie(admin).cookie(new Cookie("JUMELAGE_LANG", "en")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("override, version " + (versions + 1)),
                                containsString(
                                        "[{from: 25, amount: 5000}, {from: 60, amount: 10000}, {from: 175, amount: 25000}]"),
                                containsString("Entered by " + TestUsers.ADMIN_EMAIL))));
        mvc.perform(get("/admin/rules/E4C-2014-TT/export").cookie(admin))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("E4C-2014-TT.yaml")))
                .andExpect(content()
                        .string(allOf(
                                containsString("# entered by " + TestUsers.ADMIN_EMAIL),
                                containsString("value: [{from: 25, amount: 5000}"))));

        mvc.perform(post("/admin/rules/E4C-2014-TT/remove").cookie(admin).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(thirtyInvited(2019).grant().exact()).isFalse();
        assertThat(administration.history("E4C-2014-TT")).hasSize(versions + 2);
        assertThat(administration.currentOverride("E4C-2014-TT")).isEmpty();
    }

    @Test
    void aFileWithAMistakeIsRefusedNamingTheLineAndNothingChanges() throws Exception {
        int versions = administration.history("E4C-2014-TT").size();
        int cervVersions = administration.history("CERV-TT").size();
        String broken = BANDS.replace("complete: true", "complete: true\n        completely: yes");

        mvc.perform(post("/admin/rules/E4C-2014-TT")
                        .cookie(admin)
                        .with(csrf())
                        .param("content", broken)
                        .cookie(new Cookie("JUMELAGE_LANG", "en")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("The rules have a mistake on line 11: unknown key")));
        mvc.perform(post("/admin/rules/E4C-2014-TT")
                        .cookie(admin)
                        .with(csrf())
                        .param("content", broken)
                        .cookie(new Cookie("JUMELAGE_LANG", "lv")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Noteikumos ir kļūda 11. rindā")));
        String overlapping = """
                measure: CERV-TT
                ruleSets:
                  - id: CERV-TT/2026-2027
                    callYears: 2026-2027
                """;
        mvc.perform(post("/admin/rules/CERV-TT").cookie(admin).with(csrf()).param("content", overlapping))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("overlap")));

        assertThat(administration.history("E4C-2014-TT")).hasSize(versions);
        assertThat(administration.history("CERV-TT")).hasSize(cervVersions);
        assertThat(thirtyInvited(2019).grant().exact()).isFalse();
    }

    @Test
    void anExportedFileImportsBackWithoutChangingAnything() throws Exception {
        byte[] exported = mvc.perform(get("/admin/rules/E4C-2014-TT/export").cookie(admin))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        mvc.perform(multipart("/admin/rules/E4C-2014-TT/import")
                        .file(new MockMultipartFile("file", "E4C-2014-TT.yaml", "application/yaml", exported))
                        .cookie(admin)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        RuleFileSummary file = administration.ruleFiles().stream()
                .filter(summary -> summary.measure().equals("E4C-2014-TT"))
                .findFirst()
                .orElseThrow();
        assertThat(file.overrideVersion())
                .isEqualTo(administration.history("E4C-2014-TT").get(0).version());
        assertThat(file.ruleSets())
                .allSatisfy(set -> assertThat(set.parameters())
                        .allSatisfy(parameter ->
                                assertThat(parameter.source().overriddenBy()).isNull()));
        assertThat(new String(exported, StandardCharsets.UTF_8)).isEqualTo(administration.export("E4C-2014-TT"));
    }

    @Test
    void anImportThatIsNotTextIsRefused() throws Exception {
        int versions = administration.history("E4C-2014-TT").size();
        mvc.perform(multipart("/admin/rules/E4C-2014-TT/import")
                        .file(new MockMultipartFile("file", "rules.yaml", "application/yaml", new byte[] {
                            (byte) 0xff, (byte) 0xfe, 0x00, 0x41
                        }))
                        .cookie(admin)
                        .cookie(new Cookie("JUMELAGE_LANG", "en"))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("The file is not UTF-8 text.")));
        assertThat(administration.history("E4C-2014-TT")).hasSize(versions);
    }

    @Test
    void aNewCallsRulesCanBeAdded() throws Exception {
        String nextCall = """
                measure: CERV-TT
                ruleSets:
                  - id: CERV-TT/2027
                    callYears: 2027
                    parameters:
                      min-countries:
                        value: 2
                        sources:
                          - https://example.org/cerv-2027-town-twinning-call
                        confidence: single-source
                """;

        mvc.perform(post("/admin/rules/CERV-TT").cookie(admin).with(csrf()).param("content", nextCall))
                .andExpect(status().is3xxRedirection());

        GrantEvaluation evaluation = calculator.evaluate(new GrantPlan(
                "CERV-TT",
                null,
                2027,
                new GrantPlan.Applicant("LV", OrganisationType.MUNICIPALITY),
                List.of(),
                null,
                null,
                List.of(),
                null));
        assertThat(evaluation.ruleSet()).isEqualTo("CERV-TT/2027");
        assertThat(evaluation.eligible()).isFalse();
    }

    @Test
    void onlyAdministratorsReachThePages() throws Exception {
        String email = TestUsers.uniqueEmail("rules");
        accounts.createUser(TestUsers.coordinator(email));
        Cookie coordinator = SignIn.as(mvc, email, TestUsers.PASSWORD);
        int versions = administration.history("E4C-2014-TT").size();

        mvc.perform(get("/admin/rules").cookie(coordinator)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/rules/E4C-2014-TT")
                        .cookie(coordinator)
                        .with(csrf())
                        .param("content", BANDS))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/rules").cookie(admin).cookie(new Cookie("JUMELAGE_LANG", "lv")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Programmu noteikumi"), containsString("CERV-NT"))));
        assertThat(administration.history("E4C-2014-TT")).hasSize(versions);
    }
}
