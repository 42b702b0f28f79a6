package org.jumelage.config;

import jakarta.servlet.http.HttpServletRequest;
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
 * with {@code ?lang=lv|en} on any page, and starts from the browser's Accept-Language when it names
 * a supported language, English otherwise. On the public site ({@code /lv/…}, {@code /en/…}) the
 * address alone decides (see {@link PathPrefixLocaleResolver}).
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final String LANGUAGE_PARAMETER = "lang";
    static final String LANGUAGE_COOKIE = "JUMELAGE_LANG";

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new PathPrefixLocaleResolver(LANGUAGE_COOKIE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Lax");
        resolver.setCookieHttpOnly(true);
        resolver.setDefaultLocaleFunction(WebConfiguration::browserLanguage);
        return resolver;
    }

    static Locale browserLanguage(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header != null && !header.isBlank()) {
            try {
                Locale match = Locale.lookup(Locale.LanguageRange.parse(header), Languages.locales());
                if (match != null) {
                    return match;
                }
            } catch (IllegalArgumentException ignored) {
                // A malformed header means no preference.
            }
        }
        return Locale.forLanguageTag(Languages.DEFAULT);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new SupportedLocaleChangeInterceptor();
        interceptor.setParamName(LANGUAGE_PARAMETER);
        interceptor.setIgnoreInvalidLocale(true);
        // issue 6, feeds: ?lang= chooses a feed's language, not the reader's; no cookie on a cacheable answer
        registry.addInterceptor(interceptor).excludePathPatterns("/feeds/**");
    }

    /** Accepts only the supported languages, so {@code ?lang=xx} cannot put the pages in a half-translated state. */
    static final class SupportedLocaleChangeInterceptor extends LocaleChangeInterceptor {
        @Override
        protected Locale parseLocaleValue(String localeValue) {
            return Languages.isSupported(localeValue) ? Locale.forLanguageTag(localeValue) : null;
        }
    }
}
