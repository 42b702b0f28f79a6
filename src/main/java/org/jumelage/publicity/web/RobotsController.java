package org.jumelage.publicity.web;

import java.util.List;
import org.jumelage.shared.Languages;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code robots.txt}: crawlers may read the public site (both languages), its feeds and images;
 * everything behind the sign-in, the personal registration links and the API are off limits. Names
 * the sitemap.
 */
@Controller
class RobotsController {

    /** Addresses of the signed-in application, the personal links and the machine interfaces. */
    static final List<String> DISALLOWED = List.of(
            "/api/",
            "/admin/",
            "/actuator/",
            "/swagger-ui/",
            "/v3/",
            "/projects",
            "/events",
            "/organisations",
            "/towns",
            "/programmes",
            "/delegations",
            "/news",
            "/profile",
            "/sign-in",
            "/register/",
            "/registration/");

    private final PublicPages pages;

    RobotsController(PublicPages pages) {
        this.pages = pages;
    }

    @GetMapping("/robots.txt")
    ResponseEntity<String> robots() {
        StringBuilder text = new StringBuilder("User-agent: *\n");
        List<String> allowedPaths = new java.util.ArrayList<>();
        Languages.ALL.forEach(language -> allowedPaths.add("/" + language));
        allowedPaths.addAll(List.of("/feeds/", "/media/"));
        for (String allowed : allowedPaths) {
            text.append("Allow: ").append(allowed).append('\n');
        }
        for (String disallowed : DISALLOWED) {
            text.append("Disallow: ").append(disallowed).append('\n');
        }
        text.append('\n')
                .append("Sitemap: ")
                .append(pages.absolute("/sitemap.xml"))
                .append('\n');
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_PLAIN, java.nio.charset.StandardCharsets.UTF_8))
                .cacheControl(PublicPages.CACHE_CONTROL)
                .body(text.toString());
    }
}
