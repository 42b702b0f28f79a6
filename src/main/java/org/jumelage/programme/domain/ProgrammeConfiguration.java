package org.jumelage.programme.domain;

import org.jumelage.programme.ProgrammeCatalogue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Reads the catalogue's data files once at start; a broken file stops the start with a message naming file and entry. */
@Configuration(proxyBeanMethods = false)
class ProgrammeConfiguration {

    @Bean
    ProgrammeCatalogue programmeCatalogue() {
        return new DefaultProgrammeCatalogue(CatalogueLoader.load());
    }

    /** The rules engine with the shipped rule data; administrators' overrides are laid over it at start. */
    @Bean
    DefaultGrantCalculator grantCalculator(ProgrammeCatalogue catalogue) {
        return new DefaultGrantCalculator(
                RuleBookLoader.load(ProgrammeConfiguration.class.getClassLoader(), catalogue.measures()));
    }
}
