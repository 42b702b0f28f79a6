package org.jumelage;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ImportOption;
import fixtures.modularity.broken.BrokenApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;
import org.springframework.modulith.docs.Documenter;

/**
 * Module boundaries, checked by Spring Modulith: a module uses only other modules' API packages
 * and only the modules its {@code package-info.java} allows. Also writes the module documentation
 * (PlantUML and AsciiDoc) to {@code target/spring-modulith-docs}.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(JumelageApplication.class);

    @Test
    void modulesKeepTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void everyDirectSubPackageIsAModule() {
        assertThat(MODULES.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
                .contains("shared", "config", "account");
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(MODULES).writeDocumentation();
    }

    @Test
    void verificationFailsWhenAModuleUsesAnotherModulesInternals() {
        ApplicationModules broken =
                ApplicationModules.of(BrokenApplication.class.getPackageName(), (ImportOption) location -> true);

        Violations violations = broken.detectViolations();

        assertThat(violations.hasViolations()).isTrue();
        assertThat(violations.getMessage()).contains("AlphaInternals").contains("beta");
    }
}
