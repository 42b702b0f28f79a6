package org.jumelage.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.jumelage.account.AccountException;
import org.jumelage.shared.Languages;
import org.junit.jupiter.api.Test;

/** Every text a person reads exists in every language, and every key the code names exists. */
class MessageBundleTests {

    static final Path BUNDLES = Path.of("src/main/resources/i18n");
    static final Path TEMPLATES = Path.of("src/main/resources/templates");

    static final Properties ENGLISH = MessageBundleCheck.load(BUNDLES.resolve("messages.properties"));

    @Test
    void everyLanguageHasEveryKey() {
        List<String> problems = new ArrayList<>();
        for (String language : Languages.SUPPORTED) {
            if (!language.equals(Languages.DEFAULT)) {
                Properties other = MessageBundleCheck.load(BUNDLES.resolve("messages_" + language + ".properties"));
                problems.addAll(MessageBundleCheck.differences(
                        "messages.properties", ENGLISH, "messages_" + language + ".properties", other));
            }
        }
        assertThat(problems).isEmpty();
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

    @Test
    void everyAccountErrorHasAMessage() throws Exception {
        List<String> missing = new ArrayList<>();
        for (Method factory : AccountException.class.getDeclaredMethods()) {
            if (Modifier.isStatic(factory.getModifiers()) && factory.getReturnType() == AccountException.class) {
                Object[] arguments = new Object[factory.getParameterCount()];
                for (int i = 0; i < arguments.length; i++) {
                    Class<?> type = factory.getParameterTypes()[i];
                    arguments[i] = type == long.class ? 1L : type == int.class ? 1 : "x";
                }
                AccountException e = (AccountException) factory.invoke(null, arguments);
                if (!ENGLISH.containsKey(e.messageKey())) {
                    missing.add(factory.getName() + " -> " + e.messageKey());
                }
            }
        }
        assertThat(missing).isEmpty();
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
    void theCheckFindsTheKeysATemplateNames() {
        assertThat(MessageBundleCheck.keysUsedIn("<h1 th:text=\"#{a.b}\">x</h1><p th:text=\"#{c.d(${n})}\">y</p>"))
                .containsExactly("a.b", "c.d");
    }
}
