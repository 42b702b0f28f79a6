package org.jumelage.participation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jumelage.account.AccountManagement;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.support.JumelageServerTest;
import org.jumelage.support.SignIn;
import org.jumelage.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The evidence upload page over real HTTP (Tomcat parses the multipart body, as in production):
 * the form carries its CSRF token as a hidden field, never in its address, and an upload with the
 * field is accepted; an upload without it is refused.
 */
@JumelageServerTest
class EvidenceUploadHttpIntegrationTests {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final String BOUNDARY = "jumelage-test-boundary";

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganisationManagement organisations;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcClient jdbc;

    final HttpClient http = HttpClient.newHttpClient();

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** The session cookie ("NAME=value") of a response, if it set one. */
    static String sessionCookie(HttpResponse<?> response, String fallback) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith(SignIn.SESSION_COOKIE + "="))
                .map(cookie -> cookie.substring(0, cookie.indexOf(';')))
                .findFirst()
                .orElse(fallback);
    }

    String signInAsAdmin() throws Exception {
        HttpResponse<String> page =
                http.send(HttpRequest.newBuilder(uri("/sign-in")).build(), HttpResponse.BodyHandlers.ofString());
        String cookie = sessionCookie(page, "");
        String token = Jsoup.parse(page.body())
                .selectFirst("#sign-in-form input[name=_csrf]")
                .val();
        String body = Map.of("email", TestUsers.ADMIN_EMAIL, "password", TestUsers.ADMIN_PASSWORD, "_csrf", token)
                .entrySet()
                .stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> signedIn = http.send(
                HttpRequest.newBuilder(uri("/sign-in"))
                        .header("Cookie", cookie)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/"));
        return sessionCookie(signedIn, cookie);
    }

    static byte[] multipart(Map<String, String> fields, String fileName, byte[] file) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(
                ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                        .getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    HttpResponse<String> post(String path, String cookie, byte[] body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Cookie", cookie)
                        .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    long evidenceCount(long eventId) {
        return jdbc.sql("select count(*) from event_evidence where event_id = :event")
                .param("event", eventId)
                .query(Long.class)
                .single();
    }

    @Test
    void theUploadFormSendsItsCsrfTokenAsAFieldAndTheUploadWorks() throws Exception {
        ListFixture fixture = new ListFixture(mvc, organisations, accounts, jdbc, "\"measure\":\"CERV-TT\"");
        String cookie = signInAsAdmin();

        HttpResponse<String> lists = http.send(
                HttpRequest.newBuilder(uri("/events/" + fixture.eventId + "/lists"))
                        .header("Cookie", cookie)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(lists.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(lists.body());
        Element form = page.selectFirst("form#event-evidence-upload");
        assertThat(form).isNotNull();
        assertThat(form.attr("action")).isEqualTo("/events/" + fixture.eventId + "/evidence");
        Element csrf = form.selectFirst("input[type=hidden][name=_csrf]");
        assertThat(csrf).isNotNull();
        String token = csrf.val();
        assertThat(token).isNotBlank();

        String action = form.attr("action");
        HttpResponse<String> withoutToken =
                post(action, cookie, multipart(Map.of("day", "2018-11-09"), "list.pdf", PDF));
        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(evidenceCount(fixture.eventId)).isZero();

        HttpResponse<String> withToken =
                post(action, cookie, multipart(Map.of("_csrf", token, "day", "2018-11-09"), "list.pdf", PDF));
        assertThat(withToken.statusCode()).isEqualTo(302);
        assertThat(withToken.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/events/" + fixture.eventId + "/lists"));
        assertThat(evidenceCount(fixture.eventId)).isEqualTo(1);
    }
}
