package org.jumelage.config;

import java.time.Duration;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * The session cookie: sessions themselves live in the database (Spring Session JDBC), so any
 * instance behind a load balancer can serve any request.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

    static final String SESSION_COOKIE = "JUMELAGE_SESSION";

    /** How far a session's stored last access time may lag behind (see {@link ThrottledSessionRepository}). */
    static final Duration ACCESS_TIME_RESOLUTION = Duration.ofMinutes(1);

    /**
     * Puts {@link ThrottledSessionRepository} around Spring Boot's JDBC session store, so that a
     * signed-in page reads its session without writing it back each time.
     */
    @Bean
    static BeanPostProcessor throttledSessionRepository() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof JdbcIndexedSessionRepository jdbc
                        ? new ThrottledSessionRepository(jdbc, ACCESS_TIME_RESOLUTION)
                        : bean;
            }
        };
    }

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
