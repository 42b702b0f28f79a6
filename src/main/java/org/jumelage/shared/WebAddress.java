package org.jumelage.shared;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What a web address (an organisation's or a project's website) is, the one rule every form and API
 * checks: an absolute {@code http} or {@code https} address whose host has a dot, at most
 * {@value #MAX_LENGTH} characters. Callers strip surrounding white space first.
 */
public final class WebAddress {

    /** The longest address accepted, in characters. */
    public static final int MAX_LENGTH = 500;

    private WebAddress() {}

    /** Whether the text is a web address; {@code null} is not. */
    public static boolean isValid(@Nullable String text) {
        if (text == null || text.length() > MAX_LENGTH) {
            return false;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https"))
                    && uri.getHost() != null
                    && uri.getHost().contains(".");
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
