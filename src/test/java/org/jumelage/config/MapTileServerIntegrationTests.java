package org.jumelage.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jumelage.account.AccountManagement;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.network.OrganisationSummary;
import org.jumelage.support.OptionalSettingsServerTest;
import org.jumelage.support.RegistryFixtures;
import org.jumelage.support.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * With a tile server configured, every page's Content-Security-Policy allows images from exactly
 * its origin (and the API description's policy too), nothing else changes. The default (no tile
 * server) is {@link SecurityIntegrationTests#pagesCarrySecurityHeaders}. The tile server is set
 * in {@link OptionalSettingsServerTest}: https://{s}.tiles.example.org/{z}/{x}/{y}.png, attribution
 * "© Example tiles".
 */
@OptionalSettingsServerTest
class MapTileServerIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void pagesAllowTheTileServersOriginForImages() throws Exception {
        String policy = mvc.perform(get("/sign-in"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getHeader("Content-Security-Policy");

        assertThat(policy)
                .isEqualTo(SecurityConfiguration.contentSecurityPolicy("https://*.tiles.example.org"))
                .contains("img-src 'self' data: https://*.tiles.example.org;")
                .contains("script-src 'self';", "connect-src 'self';")
                .doesNotContain("unsafe-inline");
        mvc.perform(get("/api/v1/news")).andExpect(header().string("Content-Security-Policy", policy));
    }

    @Test
    void mapsNameTheTileServerToTheScript(
            @Autowired OrganisationManagement organisations, @Autowired AccountManagement accounts) throws Exception {
        OrganisationSummary organisation = new RegistryFixtures(organisations, accounts)
                .municipality(RegistryFixtures.KAUNAS, "LT", "Kaunas tiles council");
        String html = mvc.perform(
                        get("/network/map?organisation=" + organisation.id()).cookie(SignIn.asAdmin(mvc)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        Element map = Jsoup.parse(html).selectFirst("#network-map");
        assertThat(map.attr("data-tile-url")).isEqualTo("https://{s}.tiles.example.org/{z}/{x}/{y}.png");
        assertThat(map.attr("data-tile-attribution")).isEqualTo("© Example tiles");
    }
}
