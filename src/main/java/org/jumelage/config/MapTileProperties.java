package org.jumelage.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * An optional tile server under the maps. Without one (the default) the maps draw only the country
 * outlines shipped with the application and no visitor's request leaves the server; with one, the
 * maps add its tiles and the Content-Security-Policy's {@code img-src} allows exactly its origin.
 *
 * @param tileUrl JUMELAGE_MAP_TILE_URL: a Leaflet tile address template over http(s), for example
 *     {@code https://tile.example.org/{z}/{x}/{y}.png}; a leading {@code {s}.} (subdomains) becomes
 *     {@code *.} in the policy. Empty: no tiles
 * @param tileAttribution JUMELAGE_MAP_TILE_ATTRIBUTION: the credit the tile provider asks for, shown
 *     in the map's corner as text
 */
@ConfigurationProperties("jumelage.map")
public record MapTileProperties(
        @Nullable String tileUrl, @Nullable String tileAttribution) {

    public MapTileProperties {
        tileUrl = tileUrl == null || tileUrl.isBlank() ? null : tileUrl.strip();
        tileAttribution = tileAttribution == null || tileAttribution.isBlank() ? null : tileAttribution.strip();
        if (tileUrl != null) {
            origin(tileUrl);
        }
    }

    /** Whether a tile server is configured. */
    public boolean configured() {
        return tileUrl != null;
    }

    /** The origin the policy allows for tiles ({@code https://tile.example.org}), or {@code null} without tiles. */
    public @Nullable String tileOrigin() {
        return tileUrl == null ? null : origin(tileUrl);
    }

    private static String origin(String template) {
        String address = template.replace("{s}.", "subdomain.");
        try {
            URI uri = new URI(address.replaceAll("\\{[a-z]+}", "0"));
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("https") || scheme.equals("http"))
                    || uri.getHost() == null
                    || uri.getRawUserInfo() != null) {
                throw invalid(template);
            }
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            if (template.contains("{s}.")) {
                host = host.replaceFirst("^subdomain\\.", "*.");
            }
            return scheme + "://" + host + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
        } catch (URISyntaxException e) {
            throw invalid(template);
        }
    }

    private static IllegalArgumentException invalid(String template) {
        return new IllegalArgumentException("jumelage.map.tile-url must be an http(s) address with a host, such as "
                + "https://tile.example.org/{z}/{x}/{y}.png; it is " + template);
    }
}
