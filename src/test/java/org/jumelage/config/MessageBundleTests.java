package org.jumelage.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.jumelage.shared.BusinessException;
import org.jumelage.shared.Languages;
import org.junit.jupiter.api.Test;

/** Every text a person reads exists in every language, and every key the code names exists. */
class MessageBundleTests {

    static final Path BUNDLES = Path.of("src/main/resources/i18n");
    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    static final Path SETTINGS = Path.of("src/main/resources/application.properties");

    /** The English (fallback) files, one per module, e.g. {@code messages}, {@code network}. */
    static final List<String> BASENAMES = MessageBundleCheck.basenames(BUNDLES);

    /** All English texts of all bundles. */
    static final Properties ENGLISH = MessageBundleCheck.merged(BUNDLES, BASENAMES, null);

    @Test
    void everyLanguageHasEveryKeyInEveryBundle() {
        List<String> problems = new ArrayList<>();
        for (String basename : BASENAMES) {
            Properties english = MessageBundleCheck.load(BUNDLES.resolve(basename + ".properties"));
            for (String language : Languages.SUPPORTED) {
                if (!language.equals(Languages.DEFAULT)) {
                    Path file = BUNDLES.resolve(basename + "_" + language + ".properties");
                    if (!Files.exists(file)) {
                        problems.add(file.getFileName() + " is missing");
                        continue;
                    }
                    problems.addAll(MessageBundleCheck.differences(
                            basename + ".properties",
                            english,
                            file.getFileName().toString(),
                            MessageBundleCheck.load(file)));
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyBundleIsLoadedAndNoKeyIsInTwoBundles() throws IOException {
        String settings = Files.readString(SETTINGS);
        for (String basename : BASENAMES) {
            assertThat(settings)
                    .as("spring.messages.basename in application.properties must list i18n/" + basename)
                    .containsPattern("spring\\.messages\\.basename=.*\\bi18n/" + basename + "\\b");
        }
        assertThat(MessageBundleCheck.keysInMoreThanOneBundle(BUNDLES, BASENAMES))
                .isEmpty();
    }

    @Test
    void everyKeyATemplateNamesExists() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Path template : MessageBundleCheck.templates(TEMPLATES)) {
            for (String key : MessageBundleCheck.keysUsedIn(Files.readString(template))) {
                if (!ENGLISH.containsKey(key)) {
                    missing.add(TEMPLATES.relativize(template) + ": " + key);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /** Every refusal that a module's exception factories can produce has a text. */
    @Test
    void everyBusinessErrorHasAMessage() throws Exception {
        List<String> missing = new ArrayList<>();
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.jumelage");
        for (JavaClass type : classes.that(JavaClass.Predicates.assignableTo(BusinessException.class))) {
            Class<?> exceptionType = type.reflect();
            for (Method factory : exceptionType.getDeclaredMethods()) {
                if (Modifier.isStatic(factory.getModifiers())
                        && Modifier.isPublic(factory.getModifiers())
                        && BusinessException.class.isAssignableFrom(factory.getReturnType())) {
                    BusinessException e = (BusinessException) factory.invoke(null, sampleArguments(factory));
                    if (!ENGLISH.containsKey(e.messageKey())) {
                        missing.add(exceptionType.getSimpleName() + "." + factory.getName() + " -> " + e.messageKey());
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static Object[] sampleArguments(Method factory) {
        Object[] arguments = new Object[factory.getParameterCount()];
        for (int i = 0; i < arguments.length; i++) {
            Class<?> type = factory.getParameterTypes()[i];
            arguments[i] = type == long.class
                    ? 1L
                    : type == int.class
                            ? 1
                            : type == String.class ? "x" : type.isEnum() ? type.getEnumConstants()[0] : null;
        }
        return arguments;
    }

    @Test
    void theCheckReportsAKeyMissingInOneLanguage() {
        Properties english = new Properties();
        english.setProperty("project.list.title", "Projects");
        english.setProperty("project.list.empty", "No projects");
        Properties latvian = new Properties();
        latvian.setProperty("project.list.title", "Projekti");
        latvian.setProperty("project.list.extra", "Lieks");

        List<String> problems = MessageBundleCheck.differences("en", english, "lv", latvian);

        assertThat(problems).containsExactly("lv lacks project.list.empty", "en lacks project.list.extra");
    }

    @Test
    void theCheckReportsAKeyThatTwoBundlesDefine(@org.junit.jupiter.api.io.TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("messages.properties"), "action.save=Save\n");
        Files.writeString(folder.resolve("project.properties"), "project.list.title=Projects\naction.save=Store\n");

        assertThat(MessageBundleCheck.basenames(folder)).containsExactly("messages", "project");
        assertThat(MessageBundleCheck.keysInMoreThanOneBundle(folder, List.of("messages", "project")))
                .containsExactly("action.save in messages and project");
    }

    @Test
    void theCheckFindsTheKeysATemplateNames() {
        assertThat(MessageBundleCheck.keysUsedIn("<h1 th:text=\"#{a.b}\">x</h1><p th:text=\"#{c.d(${n})}\">y</p>"))
                .containsExactly("a.b", "c.d");
    }
}
