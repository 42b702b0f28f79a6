package org.jumelage.config;

import org.jumelage.shared.IcuMessageSource;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The one message source of the application (its name, {@code messageSource}, replaces Spring Boot's):
 * the bundles listed in {@code spring.messages.basename}, formatted by ICU so that counts follow each
 * language's plural rules (see {@link IcuMessageSource}). It is a {@link WebMvcConfigurer} so that
 * controller test slices ({@code @WebMvcTest}) use the same message source as the application.
 */
@Configuration(proxyBeanMethods = false)
class MessageConfiguration implements WebMvcConfigurer {

    @Bean
    MessageSource messageSource(Environment environment) {
        // Read from the environment (not @Value): test slices have no placeholder resolver for @Value.
        return IcuMessageSource.of(StringUtils.commaDelimitedListToStringArray(
                StringUtils.trimAllWhitespace(environment.getRequiredProperty("spring.messages.basename"))));
    }
}
