package org.jumelage;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import fixtures.architecture.shop.domain.Basket;
import fixtures.architecture.shop.web.ShopController;
import jakarta.persistence.Entity;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** House rules that Spring Modulith does not check (see STYLE.md §2). */
class ArchitectureTests {

    static final ArchRule DOMAIN_DOES_NOT_USE_WEB = noClasses()
            .that()
            .resideInAPackage("..domain..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.jumelage..web..")
            .because("domain code must not know the module's pages and API controllers");

    static final ArchRule ENTITIES_ARE_NOT_PUBLIC = classes()
            .that()
            .areAnnotatedWith(Entity.class)
            .should()
            .notHaveModifier(JavaModifier.PUBLIC)
            .because("entities stay inside their module; the API returns records");

    static final ArchRule ENTITIES_LIVE_IN_DOMAIN =
            classes().that().areAnnotatedWith(Entity.class).should().resideInAPackage("..domain..");

    static final ArchRule CONTROLLERS_ARE_PACKAGE_PRIVATE = classes()
            .that()
            .areAnnotatedWith(Controller.class)
            .or()
            .areAnnotatedWith(RestController.class)
            .should()
            .notHaveModifier(JavaModifier.PUBLIC)
            .because("nothing calls a controller but Spring MVC");

    static final ArchRule NO_FIELD_INJECTION = noFields()
            .should()
            .beAnnotatedWith(Autowired.class)
            .because("we use constructor injection with final fields");

    static final ArchRule NO_GLOBAL_LAYER_PACKAGES = noClasses()
            .should()
            .resideInAnyPackage("..controller..", "..service..", "..repository..")
            .because("code is grouped by module, not by technical layer");

    static final JavaClasses PRODUCTION_CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.jumelage");

    static Stream<ArchRule> rules() {
        return Stream.of(
                DOMAIN_DOES_NOT_USE_WEB,
                ENTITIES_ARE_NOT_PUBLIC,
                ENTITIES_LIVE_IN_DOMAIN,
                CONTROLLERS_ARE_PACKAGE_PRIVATE,
                NO_FIELD_INJECTION,
                NO_GLOBAL_LAYER_PACKAGES);
    }

    @ParameterizedTest
    @MethodSource("rules")
    void productionCodeFollowsTheRule(ArchRule rule) {
        rule.check(PRODUCTION_CLASSES);
    }

    @Test
    void rulesCatchABrokenFixture() {
        JavaClasses broken = new ClassFileImporter().importClasses(Basket.class, ShopController.class);

        assertThatThrownBy(() -> noClasses()
                        .that()
                        .resideInAPackage("..domain..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAPackage("fixtures..web..")
                        .check(broken))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Basket");
        assertThatThrownBy(() -> ENTITIES_ARE_NOT_PUBLIC.check(broken))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Basket");
        assertThatThrownBy(() -> CONTROLLERS_ARE_PACKAGE_PRIVATE.check(broken))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("ShopController");
    }
}
