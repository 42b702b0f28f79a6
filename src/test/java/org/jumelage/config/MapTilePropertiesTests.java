package org.jumelage.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The optional map tile server and what the Content-Security-Policy then allows. */
class MapTilePropertiesTests {

    @Test
    void withoutATileServerImagesComeOnlyFromTheApplication() {
        MapTileProperties none = new MapTileProperties("  ", null);

        assertThat(none.configured()).isFalse();
        assertThat(none.tileOrigin()).isNull();
        assertThat(SecurityConfiguration.contentSecurityPolicy(none.tileOrigin()))
                .isEqualTo(SecurityConfiguration.CONTENT_SECURITY_POLICY)
                .contains("img-src 'self' data:;");
    }

    @Test
    void aTileServerIsAllowedByItsOriginOnly() {
        MapTileProperties tiles =
                new MapTileProperties("https://Tiles.Example.org:8443/osm/{z}/{x}/{y}.png", "© Example");

        assertThat(tiles.tileOrigin()).isEqualTo("https://tiles.example.org:8443");
        String policy = SecurityConfiguration.contentSecurityPolicy(tiles.tileOrigin());
        assertThat(policy)
                .contains("img-src 'self' data: https://tiles.example.org:8443;")
                .contains("script-src 'self';", "connect-src 'self';", "default-src 'self';")
                .doesNotContain("/osm");
    }

    @Test
    void subdomainsBecomeAWildcardOfTheSameDomain() {
        assertThat(new MapTileProperties("https://{s}.tile.example.org/{z}/{x}/{y}.png", null).tileOrigin())
                .isEqualTo("https://*.tile.example.org");
    }

    @Test
    void anAddressThatIsNotHttpWithAHostIsRefusedAtStart() {
        for (String bad : new String[] {
            "tile.example.org/{z}/{x}/{y}.png",
            "ftp://tile.example.org/{z}/{x}/{y}.png",
            "https://tile.example.org; script-src *",
            "https://user@tile.example.org/{z}/{x}/{y}.png",
            "javascript:alert(1)"
        }) {
            assertThatThrownBy(() -> new MapTileProperties(bad, null))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("jumelage.map.tile-url");
        }
    }
}
