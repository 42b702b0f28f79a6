package org.jumelage;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ImportOption;
import fixtures.modularity.broken.BrokenApplication;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;
import org.springframework.modulith.core.util.ApplicationModulesExporter;
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

    /**
     * The application reads its modules from this file at start (module-aware Flyway needs their
     * names, in dependency order: Spring Modulith reads the keys) instead of scanning every class with
     * ArchUnit, which took seconds of every start. It must name the modules the code has, in the same
     * order: when it does not, the test writes the right content to {@code target/application-modules.json}
     * to copy over the file.
     */
    @Test
    void moduleMetadataReadAtStartMatchesTheCode() throws IOException {
        String expected = MODULES.stream()
                .map(module -> "  \"%s\" : { \"basePackage\" : \"%s\" }"
                        .formatted(
                                module.getIdentifier(), module.getBasePackage().getName()))
                .collect(Collectors.joining(",\n", "{\n", "\n}\n"));
        Path shipped = Path.of("src/main/resources/" + ApplicationModulesExporter.DEFAULT_LOCATION);
        String actual = Files.exists(shipped) ? Files.readString(shipped, StandardCharsets.UTF_8) : "";
        if (!actual.equals(expected)) {
            Files.writeString(Path.of("target/application-modules.json"), expected, StandardCharsets.UTF_8);
        }
        assertThat(actual)
                .as("%s is out of date; copy target/application-modules.json over it", shipped)
                .isEqualTo(expected);
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
