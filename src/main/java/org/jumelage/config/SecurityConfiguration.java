package org.jumelage.config;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.jumelage.account.AccountManagement;
import org.jumelage.account.AuditTrail;
import org.jumelage.shared.Languages;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Two filter chains: one for the JSON API under {@code /api/**} (personal token or session; answers
 * 401/403 as problem details) and one for pages (form sign-in, redirect to sign-in). Both use the
 * session stored in the database, so any instance can serve any request.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    /**
     * Content-Security-Policy: only our own scripts and styles, nothing inline, no framing. Images
     * also from the map tile server when one is configured ({@link MapTileProperties}), from nowhere
     * else: {@link #contentSecurityPolicy} is the one place that builds the policy.
     */
    static final String CONTENT_SECURITY_POLICY = contentSecurityPolicy(null);

    /**
     * The browsable API description (Swagger UI, signed-in users only) injects a style element; it
     * may use inline styles, never inline scripts.
     */
    static final String API_DOCS_CONTENT_SECURITY_POLICY = apiDocsContentSecurityPolicy(CONTENT_SECURITY_POLICY);

    /** The policy, with {@code tileOrigin} (an origin such as {@code https://tile.example.org}) added to {@code img-src}. */
    static String contentSecurityPolicy(@Nullable String tileOrigin) {
        String images = tileOrigin == null ? "'self' data:" : "'self' data: " + tileOrigin;
        return "default-src 'self'; script-src 'self'; style-src 'self'; "
                + "img-src " + images + "; font-src 'self'; connect-src 'self'; object-src 'none'; "
                + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    }

    private static String apiDocsContentSecurityPolicy(String policy) {
        return policy.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");
    }

    private static final RequestMatcher API_DOCS_UI = PathPatternRequestMatcher.pathPattern("/swagger-ui/**");

    /** Issue 16: the public site under every language's prefix, {@code /pl}, {@code /pl/**}, {@code /sr-Latn/**} … */
    static final String[] PUBLIC_SITE = Languages.ALL.stream()
            .flatMap(language -> java.util.stream.Stream.of("/" + language, "/" + language + "/**"))
            .toArray(String[]::new);

    static final String[] PUBLIC_PAGES = {
        "/",
        "/about",
        "/sign-in",
        "/password/forgot",
        "/password/forgot/sent",
        "/password/reset", // issue 12, account recovery
        "/error",
        "/favicon.ico",
        "/webjars/**",
        "/css/**",
        "/js/**",
        "/img/**",
        "/geo/**", // issue 15, maps: the country outlines
        "/v3/api-docs",
        "/v3/api-docs/**",
        "/register/**",
        "/registration/**", // issue 5, registration: public and delegation links, personal page
        // issue 6, publicity: the public site's feeds, images and sitemap (its pages: PUBLIC_SITE)
        "/feeds/**",
        "/media/**",
        "/sitemap.xml",
        "/sitemaps/**",
        "/robots.txt",
        // issue 14, reporting: open data (published things only, no personal data)
        "/open-data",
        "/open-data/**"
    };

    /** Public reads of the API: published news only (the controllers answer drafts only to their editors). */
    static final String[] PUBLIC_API_READS = {
        "/api/v1/news",
        "/api/v1/news/*",
        "/api/v1/partner-notices", // issue 15, current partner notices
        "/api/v1/languages" // issue 16, the languages and their completeness
    };

    /** Public writes of the API: asking for a password-reset link and using it (issue 12). */
    static final String[] PUBLIC_API_WRITES = {
        "/api/v1/password-resets",
        "/api/v1/password-resets/confirm",
        "/api/v1/partner-notices/*/messages" // issue 15, answers to partner notices (confirmed by a mailed link)
    };

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(
            HttpSecurity http,
            AccountManagement accounts,
            ProblemWriter problems,
            PublicFormRateLimiter rateLimiter,
            MapTileProperties mapTiles)
            throws Exception {
        http.securityMatcher(PathPatternRequestMatcher.pathPattern("/api/**"))
                .authorizeHttpRequests(authorize -> authorize
                        .requestMatchers(HttpMethod.GET, PUBLIC_API_READS)
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, PUBLIC_API_WRITES)
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .addFilterBefore(
                        new BearerTokenAuthenticationFilter(accounts, problems),
                        UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(
                        new PublicFormRateLimitFilter(rateLimiter, problems), AnonymousAuthenticationFilter.class)
                // CSRF guards ambient credentials: a call with a token, or without a session, has none.
                .csrf(csrf -> csrf.ignoringRequestMatchers(request ->
                        BearerTokenAuthenticationFilter.hasBearerToken(request) || request.getSession(false) == null))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint((request, response, e) ->
                                problems.write(request, response, 401, "error.api.unauthenticated"))
                        .accessDeniedHandler((request, response, e) ->
                                problems.write(request, response, 403, "error.api.forbidden")))
                .headers(headers -> headers(headers, contentSecurityPolicy(mapTiles.tileOrigin())))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageSecurity(
            HttpSecurity http,
            LocaleResolver localeResolver,
            AuditTrail auditTrail,
            PublicFormRateLimiter rateLimiter,
            ProblemWriter problems,
            MapTileProperties mapTiles)
            throws Exception {
        http.authorizeHttpRequests(authorize -> authorize
                        .requestMatchers(PUBLIC_PAGES)
                        .permitAll()
                        .requestMatchers(PUBLIC_SITE)
                        .permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
                        .permitAll()
                        .requestMatchers("/admin/**", "/actuator/**")
                        .hasRole("ADMIN")
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/sign-in")
                        .loginProcessingUrl("/sign-in")
                        .usernameParameter("email")
                        .passwordParameter("password")
                        .successHandler(new SignInSuccessHandler(localeResolver))
                        .failureHandler(new SignInFailureHandler())
                        .permitAll())
                .logout(logout -> logout.logoutRequestMatcher(
                                PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/sign-out"))
                        .addLogoutHandler((request, response, authentication) -> {
                            if (authentication != null) {
                                auditTrail.record("account.sign-out", authentication.getName(), null);
                            }
                        })
                        .logoutSuccessUrl("/sign-in?signed-out"))
                .addFilterAfter(
                        new PublicFormRateLimitFilter(rateLimiter, problems), AnonymousAuthenticationFilter.class)
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new HtmxAwareSignInEntryPoint("/sign-in"), SecurityConfiguration::anyRequest))
                .headers(headers -> headers(headers, contentSecurityPolicy(mapTiles.tileOrigin())));
        return http.build();
    }

    /**
     * An address the firewall refuses (an encoded NUL, a "/../", a ";") gets 400 before any chain
     * runs: on the API as a problem detail like every other error, elsewhere as the 400 page.
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler(ObjectProvider<ProblemWriter> problems) {
        return (request, response, rejected) -> {
            ProblemWriter writer = problems.getIfAvailable();
            if (writer != null && request.getRequestURI().startsWith("/api/")) {
                writer.write(request, response, 400, "error.api.request-rejected");
            } else {
                response.sendError(400);
            }
        };
    }

    private static boolean anyRequest(HttpServletRequest request) {
        return true;
    }

    private static void headers(HeadersConfigurer<HttpSecurity> headers, String policy) {
        headers.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        new NegatedRequestMatcher(API_DOCS_UI), new ContentSecurityPolicyHeaderWriter(policy)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        API_DOCS_UI, new ContentSecurityPolicyHeaderWriter(apiDocsContentSecurityPolicy(policy))))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN));
    }
}
