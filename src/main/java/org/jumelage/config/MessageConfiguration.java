package org.jumelage.config;

import org.jumelage.shared.IcuMessageSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one message source of the application (its name, {@code messageSource}, replaces Spring Boot's):
 * the bundles listed in {@code spring.messages.basename}, formatted by ICU so that counts follow each
 * language's plural rules (see {@link IcuMessageSource}).
 */
@Configuration(proxyBeanMethods = false)
class MessageConfiguration {

    @Bean
    MessageSource messageSource(@Value("${spring.messages.basename}") String[] basenames) {
        return IcuMessageSource.of(basenames);
    }
}
