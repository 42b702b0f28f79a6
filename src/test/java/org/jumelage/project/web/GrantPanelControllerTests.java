package org.jumelage.project.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jumelage.account.Role;
import org.jumelage.account.SignedInUser;
import org.jumelage.programme.Confidence;
import org.jumelage.programme.GrantEstimate;
import org.jumelage.programme.GrantEvaluation;
import org.jumelage.programme.GrantPlan;
import org.jumelage.programme.RuleCheck;
import org.jumelage.programme.RuleCheck.CheckStatus;
import org.jumelage.programme.RuleSource;
import org.jumelage.project.GrantForecast;
import org.jumelage.project.GrantForecast.CallYearSource;
import org.jumelage.project.GrantForecast.Count;
import org.jumelage.project.GrantForecast.Remark;
import org.jumelage.project.ProjectDetails;
import org.jumelage.project.ProjectGrants;
import org.jumelage.project.ProjectManagement;
import org.jumelage.project.ProjectStatus;
import org.jumelage.project.ProjectSummary;
import org.jumelage.shared.LocalizedText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The grant panel in a web slice, with the forecast mocked: the order of the checks, the columns,
 * sources with their confidence in words, ranges that are not exact, and problems instead of errors.
 */
@WebMvcTest(GrantPanelController.class)
class GrantPanelControllerTests {

    static final SignedInUser JANA =
            new SignedInUser(42, "jana@example.org", "Jana", "en", Set.of(Role.COORDINATOR), 1L);
    static final RuleSource CONFIRMED = new RuleSource(
            List.of("https://www.up2europe.eu/calls/town-twinning-2016-second-deadline_1174.html"),
            Confidence.CONFIRMED,
            "2014–2020",
            null,
            null,
            null);
    static final RuleSource SINGLE = new RuleSource(
            List.of("http://www.europapreobcanov.sk/index.php/news/162"),
            Confidence.SINGLE_SOURCE,
            "2014–2020",
            null,
            null,
            null);
    static final GrantPlan PLAN = new GrantPlan(
            "E4C-2014-TT",
            LocalDate.of(2018, 3, 1),
            null,
            new GrantPlan.Applicant("LV", null),
            List.of(),
            null,
            null,
            List.of(),
            null);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ProjectManagement projects;

    @MockitoBean
    ProjectGrants grants;

    static RequestPostProcessor jana() {
        return authentication(UsernamePasswordAuthenticationToken.authenticated(
                JANA, null, List.of(new SimpleGrantedAuthority("ROLE_COORDINATOR"))));
    }

    @BeforeEach
    void setUp() {
        when(projects.find(any(), anyLong())).thenReturn(Optional.empty());
        when(projects.find(any(), org.mockito.ArgumentMatchers.eq(7L))).thenReturn(Optional.of(project()));
        // As the real forecast: a project the viewer may not see is not found.
        when(grants.forecast(any(), org.mockito.ArgumentMatchers.eq(8L), any()))
                .thenThrow(org.jumelage.project.ProjectException.notFound(8L));
    }

    static RuleCheck check(String rule, CheckStatus status, RuleSource source) {
        return new RuleCheck(rule, status, 25, 24, "", "project.grant.range", List.of(24, 25), source);
    }

    static GrantEvaluation evaluation(boolean eligible, List<RuleCheck> checks, GrantEstimate grant) {
        return new GrantEvaluation("E4C-2014-TT", "E4C-2014-TT/2014-2020", 2018, eligible, checks, grant);
    }

    static GrantEstimate range() {
        return new GrantEstimate(
                false,
                null,
                new BigDecimal("5000.00"),
                new BigDecimal("25000.00"),
                GrantEstimate.EUR,
                List.of(),
                List.of(new GrantEstimate.Note("project.grant.no-lines", List.of(), SINGLE)));
    }

    static GrantForecast forecast(List<GrantForecast.Column> columns) {
        return new GrantForecast(
                7, "E4C-2014-TT", LocalDate.of(2018, 3, 1), 2018, CallYearSource.CALL, columns, List.of(), null, null);
    }

    @Test
    void htmxGetsTheFragmentWithTheFailingCheckFirst() throws Exception {
        GrantEvaluation planned = evaluation(
                false,
                List.of(
                        check("min-countries", CheckStatus.PASSED, CONFIRMED),
                        check("applicant-type", CheckStatus.UNKNOWN, CONFIRMED),
                        check("min-invited-participants", CheckStatus.FAILED, CONFIRMED)),
                range());
        when(grants.forecast(any(), org.mockito.ArgumentMatchers.eq(7L), any()))
                .thenReturn(forecast(List.of(new GrantForecast.Column(Count.PLANNED, PLAN, planned))));

        String html = mvc.perform(get("/projects/7/grant-panel").with(jana()).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(view().name("project/grant-panel :: panel"))
                .andExpect(content().string(not(containsString("<html"))))
                .andReturn()
                .getResponse()
                .getContentAsString();

        Document page = Jsoup.parse(html);
        assertThat(page.select("#grant-checks tbody tr").eachAttr("data-rule"))
                .containsExactly("min-invited-participants", "applicant-type", "min-countries");
        Element failing = page.selectFirst("#grant-checks tbody tr");
        assertThat(failing.hasClass("table-danger")).isTrue();
        assertThat(failing.text()).contains("24 – 25 EUR", "Source: up2europe.eu");
        assertThat(page.select("#grant-checks thead th").eachText()).hasSize(3);
        assertThat(page.selectFirst("#grant-eligible-planned").text()).isEqualTo("Not eligible");
        assertThat(page.selectFirst("#grant-amount-planned").text()).isEqualTo("5,000.00 – 25,000.00 EUR not exact");
        assertThat(page.selectFirst("#grant-notes-planned").text())
                .contains("There is no formula step to show.", "Source: europapreobcanov.sk");
        assertThat(page.selectFirst("#grant-call-year").text()).contains("2018", "from the project's call");
    }

    @Test
    void registeredAndAttendedBecomeColumnsOfTheirOwn() throws Exception {
        GrantEstimate exact = new GrantEstimate(
                true,
                new BigDecimal("25000.00"),
                null,
                null,
                GrantEstimate.EUR,
                List.of(new GrantEstimate.Line("project.grant.lines", List.of(), new BigDecimal("25000.00"), SINGLE)),
                List.of());
        GrantEvaluation passing =
                evaluation(true, List.of(check("min-invited-participants", CheckStatus.PASSED, CONFIRMED)), exact);
        GrantEvaluation failing =
                evaluation(false, List.of(check("min-invited-participants", CheckStatus.FAILED, CONFIRMED)), range());
        when(grants.forecast(any(), org.mockito.ArgumentMatchers.eq(7L), any()))
                .thenReturn(forecast(List.of(
                        new GrantForecast.Column(Count.PLANNED, PLAN, passing),
                        new GrantForecast.Column(Count.REGISTERED, PLAN, passing),
                        new GrantForecast.Column(Count.ATTENDED, PLAN, failing))));

        Document page = Jsoup.parse(mvc.perform(get("/projects/7/grant-panel").with(jana()))
                .andExpect(view().name("project/grant-panel"))
                .andReturn()
                .getResponse()
                .getContentAsString());

        assertThat(page.select("#grant-summary thead th").eachText())
                .containsExactly("What", "Planned", "Registered", "Attended");
        assertThat(page.selectFirst("#grant-eligible-attended").text()).isEqualTo("Not eligible");
        assertThat(page.selectFirst("#grant-amount-registered").text()).isEqualTo("25,000.00 EUR");
        assertThat(page.selectFirst("#grant-checks tbody tr").hasClass("table-danger"))
                .isTrue();
        assertThat(page.selectFirst("#grant-lines-planned").text())
                .contains("How the grant is made up", "25,000.00 EUR", "Source: europapreobcanov.sk");
    }

    @Test
    void aProjectTheRulesCannotJudgeShowsWhy() throws Exception {
        when(grants.forecast(any(), org.mockito.ArgumentMatchers.eq(7L), any()))
                .thenReturn(new GrantForecast(
                        7,
                        "E4C-2014-TT",
                        null,
                        2031,
                        CallYearSource.PROJECT_START,
                        List.of(),
                        List.of(Remark.of("project.grant.call-year-assumed", "2031")),
                        Remark.of("project.grant.no-rules", "E4C-2014-TT", "2031"),
                        null));

        Document page = Jsoup.parse(
                mvc.perform(get("/projects/7/grant-panel").with(jana()).header("HX-Request", "true"))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());

        assertThat(page.selectFirst("#grant-problem").text())
                .isEqualTo("Jumelage has no rules for the measure E4C-2014-TT in the call year 2031,"
                        + " so eligibility and grant cannot be checked.");
        assertThat(page.selectFirst("#grant-remarks").text()).contains("The call year 2031 is assumed");
        assertThat(page.select("#grant-checks")).isEmpty();
    }

    @Test
    void aProjectTheViewerMayNotSeeIsNotFound() throws Exception {
        mvc.perform(get("/projects/8/grant-panel").with(jana()).header("HX-Request", "true"))
                .andExpect(status().isNotFound());
    }

    static ProjectDetails project() {
        ProjectSummary summary = new ProjectSummary(
                7,
                "TTChan",
                LocalizedText.of(null, "Town twinning for change"),
                "E4C-2014-TT",
                null,
                ProjectStatus.RUNNING,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                1,
                1,
                0);
        return new ProjectDetails(
                summary,
                null,
                null,
                null,
                null,
                LocalizedText.of(null, null),
                LocalizedText.of(null, null),
                List.of(),
                null,
                null,
                null,
                null,
                List.of(),
                new TreeMap<>(),
                List.of(),
                Instant.EPOCH,
                null);
    }
}
