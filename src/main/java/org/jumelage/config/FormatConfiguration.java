package org.jumelage.config;

import org.jumelage.shared.LocalFormats;
import org.jumelage.shared.web.ContentLanguages;
import org.jumelage.shared.web.TemplateFormats;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Numbers and dates in forms and templates, one definition per language ({@link LocalFormats}): forms
 * bind decimals through {@link LocalNumberFormatter}; templates write dates and amounts with
 * {@code @formats.date(…)} and {@code @formats.amount(…)}.
 */
@Configuration(proxyBeanMethods = false)
class FormatConfiguration implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatter(new LocalNumberFormatter());
    }

    @Bean
    TemplateFormats formats() {
        return new TemplateFormats();
    }

    /** Texts written in several languages, as templates show them: {@code @content.text(…)}. */
    @Bean
    ContentLanguages content() {
        return new ContentLanguages();
    }
}
