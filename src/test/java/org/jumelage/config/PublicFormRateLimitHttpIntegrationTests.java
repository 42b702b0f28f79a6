package org.jumelage.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jumelage.account.AccountManagement;
import org.jumelage.event.EventManagement;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.participation.RegistrationSettingsManagement;
import org.jumelage.project.ProjectManagement;
import org.jumelage.support.OptionalSettingsServerTest;
import org.jumelage.support.RegistrationFixtures;
import org.jumelage.support.RegistrationFixtures.Meeting;
import org.jumelage.support.SignIn;
import org.jumelage.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Over real HTTP, as in production: a registration above the public form limit gets 429 and
 * Retry-After, the translated page that says how long to wait, and nothing is stored.
 */
@OptionalSettingsServerTest
class PublicFormRateLimitHttpIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    OrganisationManagement organisations;

    @Autowired
    AccountManagement accounts;

    @Autowired
    ProjectManagement projects;

    @Autowired
    EventManagement events;

    @Autowired
    RegistrationSettingsManagement settings;

    @Autowired
    JdbcClient jdbc;

    final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theFourthRegistrationInAMinuteIsRefusedWith429AndRetryAfterAndNothingStored() throws Exception {
        Meeting meeting =
                new RegistrationFixtures(organisations, accounts, projects, events, settings, jdbc).meeting(null);
        URI form = URI.create("http://127.0.0.1:" + port + "/register/" + meeting.publicToken());
        HttpResponse<String> page = send(HttpRequest.newBuilder(form).header("Accept-Language", "lv"));
        String cookie = page.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(SignIn.SESSION_COOKIE + "="))
                .map(c -> c.substring(0, c.indexOf(';')))
                .findFirst()
                .orElseThrow();
        String token = Jsoup.parse(page.body())
                .selectFirst("#registration-form input[name=_csrf]")
                .val();

        // On PostgreSQL all test contexts share one schema, and other tests' public forms from
        // 127.0.0.1 in the last minute count against this context's limit of three: start from none.
        jdbc.sql("delete from public_form_rate").update();
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> accepted = send(registration(form, cookie, token));
            assertThat(accepted.statusCode())
                    .as("registration %d of the limit's 3", i + 1)
                    .isEqualTo(302);
        }
        HttpResponse<String> fourth = send(registration(form, cookie, token));

        assertThat(fourth.statusCode()).isEqualTo(429);
        assertThat(fourth.headers().firstValue("Retry-After"))
                .hasValueSatisfying(
                        seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 60));
        assertThat(fourth.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(Jsoup.parse(fourth.body()).select("#rate-limit-text").text())
                .as("the 429 page in the visitor's language")
                .contains("sekund");
        assertThat(jdbc.sql("select count(*) from event_registration where event_id = :event")
                        .param("event", meeting.eventId())
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
    }

    static HttpRequest.Builder registration(URI form, String cookie, String token) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", token);
        fields.put("firstName", "Aistė");
        fields.put("lastName", "Kazlauskienė");
        fields.put("email", TestUsers.uniqueEmail("aiste"));
        fields.put("town", "Kaunas");
        fields.put("country", "LT");
        fields.put("gender", "female");
        fields.put("consent", "true");
        String body = fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(form)
                .header("Cookie", cookie)
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .header("Accept-Language", "lv")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }
}
