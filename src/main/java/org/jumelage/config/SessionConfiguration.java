package org.jumelage.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * The session cookie: sessions themselves live in the database (Spring Session JDBC), so any
 * instance behind a load balancer can serve any request.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

    static final String SESSION_COOKIE = "JUMELAGE_SESSION";

    /**
     * HttpOnly, SameSite=Lax, and Secure whenever the request came over HTTPS (directly or, with
     * forwarded headers, through a TLS-terminating proxy).
     */
    @Bean
    CookieSerializer sessionCookieSerializer() {
        DefaultCookieSerializer serializer = new DefaultCookieSerializer();
        serializer.setCookieName(SESSION_COOKIE);
        serializer.setCookiePath("/");
        serializer.setUseHttpOnlyCookie(true);
        serializer.setSameSite("Lax");
        return serializer;
    }
}
