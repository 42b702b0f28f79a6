package org.jumelage.config;

import java.time.Duration;
import java.util.Locale;
import org.jumelage.shared.Languages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Languages: the choice lives in a cookie (so it survives sign-out and needs no session), changes
 * with {@code ?lang=} on any page (any language of {@link Languages#ALL}: participants read all of
 * them; the staff pages offer only the languages their bundles are complete in, see
 * {@link TranslationCoverage}), and starts from the browser's Accept-Language when it names one of
 * them, English otherwise. On the public site ({@code /lv/…}, {@code /pl/…}) the address alone
 * decides (see {@link PathPrefixLocaleResolver}).
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final String LANGUAGE_PARAMETER = "lang";
    static final String LANGUAGE_COOKIE = Languages.COOKIE;

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new PathPrefixLocaleResolver(LANGUAGE_COOKIE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Lax");
        resolver.setCookieHttpOnly(true);
        resolver.setDefaultLocaleFunction(PathPrefixLocaleResolver::browserLanguage);
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new SupportedLocaleChangeInterceptor();
        interceptor.setParamName(LANGUAGE_PARAMETER);
        interceptor.setIgnoreInvalidLocale(true);
        // issue 6, feeds: ?lang= chooses a feed's language, not the reader's; no cookie on a cacheable answer
        registry.addInterceptor(interceptor).excludePathPatterns("/feeds/**");
    }

    /** Accepts only the languages of {@link Languages#ALL}, so {@code ?lang=xx} cannot choose a language Jumelage does not have. */
    static final class SupportedLocaleChangeInterceptor extends LocaleChangeInterceptor {
        @Override
        protected Locale parseLocaleValue(String localeValue) {
            String known = Languages.known(localeValue);
            return known != null ? Languages.locale(known) : null;
        }
    }
}
