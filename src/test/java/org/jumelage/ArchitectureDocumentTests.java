package org.jumelage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.modulith.core.ApplicationModule;

/**
 * {@code docs/architecture.md} is the newcomer's map, so it must say what the code has: its module
 * table lists every module Spring Modulith finds, none that exists is still "planned", none that
 * does not exist is shown as built; and its table list names every table the Flyway migrations
 * create.
 */
class ArchitectureDocumentTests {

    static final Path DOCUMENT = Path.of("docs/architecture.md");
    static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    static final String MODULE_SECTION = "## Modules";
    static final String EXISTS = "exists";
    static final String PLANNED = "planned";
    /** Flyway's folder for objects that belong to no module. */
    static final String ROOT_FOLDER = "__root";

    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern CREATE_TABLE = Pattern.compile(
            "\\bcreate\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?\"?([a-z_][a-z0-9_]*)\"?", Pattern.CASE_INSENSITIVE);

    @Test
    void theModuleTableListsExactlyTheModulesTheCodeHas() {
        Map<String, String> documented = moduleTable(readDocument());
        Set<String> code = codeModules();

        assertThat(code).as("modules Spring Modulith finds").isNotEmpty();
        assertThat(moduleProblems(documented, code))
                .as("the module table of %s against the modules of the code", DOCUMENT)
                .isEmpty();
    }

    @Test
    void theTableListNamesEveryTableTheMigrationsCreate() {
        List<String> document = readDocument();
        Set<String> created = createdTables(MIGRATIONS);

        assertThat(created).as("tables created in %s", MIGRATIONS).contains("user_account", "event", "news_article");
        assertThat(tableProblems(
                        tableList(document), created, moduleTable(document).keySet()))
                .as("the table list of %s against %s", DOCUMENT, MIGRATIONS)
                .isEmpty();
    }

    // The checks can fail: each kind of mistake, on a small made-up document.

    @Test
    void aModuleMissingFromTheTableIsReported() {
        assertThat(moduleProblems(Map.of("account", EXISTS), Set.of("account", "billing")))
                .singleElement()
                .asString()
                .contains("billing")
                .contains("missing");
    }

    @Test
    void aModuleTheCodeHasButTheTableCallsPlannedIsReported() {
        assertThat(moduleProblems(Map.of("account", EXISTS, "reporting", PLANNED), Set.of("account", "reporting")))
                .singleElement()
                .asString()
                .contains("reporting")
                .contains("planned");
    }

    @Test
    void aModuleTheTableShowsAsBuiltButTheCodeLacksIsReported() {
        assertThat(moduleProblems(Map.of("account", EXISTS, "ghost", EXISTS), Set.of("account")))
                .singleElement()
                .asString()
                .contains("ghost")
                .contains("does not exist");
    }

    @Test
    void aPlannedModuleTheCodeLacksIsFine() {
        assertThat(moduleProblems(Map.of("account", EXISTS, "reporting", PLANNED), Set.of("account")))
                .isEmpty();
    }

    @Test
    void aTableMissingFromTheListIsReported() {
        Map<String, String> listed = Map.of("user_account", "account");

        assertThat(tableProblems(listed, Set.of("user_account", "api_token"), Set.of("account")))
                .singleElement()
                .asString()
                .contains("api_token");
    }

    @Test
    void aTableOfAModuleTheModuleTableLacksIsReported() {
        Map<String, String> listed = Map.of("user_account", "acount", "spring_session", ROOT_FOLDER);

        assertThat(tableProblems(listed, Set.of("user_account", "spring_session"), Set.of("account")))
                .singleElement()
                .asString()
                .contains("user_account")
                .contains("acount");
    }

    @Test
    void theParserReadsTheDocumentsTablesAndTheMigrations(@TempDir Path folder) throws IOException {
        List<String> document = List.of(
                "# Title",
                MODULE_SECTION,
                "",
                "| module | holds | API | status |",
                "| --- | --- | --- | --- |",
                "| `account` | users | `AccountManagement` | exists |",
                "| `reporting` | reports | – | planned (later) |",
                "",
                "## Storage",
                "| table | module | purpose |",
                "| --- | --- | --- |",
                "| `user_account`, `user_account_role` | `account` | users and roles |");
        Files.createDirectories(folder.resolve("account"));
        Files.writeString(folder.resolve("account/V1__create.sql"), """
                -- create table not_a_table (a comment)
                create table user_account (id bigint);
                CREATE TABLE IF NOT EXISTS user_account_role (user_id bigint);
                /* create table neither_this */
                """);

        assertThat(moduleTable(document))
                .containsExactly(Map.entry("account", EXISTS), Map.entry("reporting", PLANNED));
        assertThat(tableList(document))
                .containsExactly(Map.entry("user_account", "account"), Map.entry("user_account_role", "account"));
        assertThat(createdTables(folder)).containsExactly("user_account", "user_account_role");
    }

    static List<String> moduleProblems(Map<String, String> documented, Set<String> code) {
        List<String> problems = new ArrayList<>();
        for (String module : new TreeSet<>(code)) {
            String status = documented.get(module);
            if (status == null) {
                problems.add(
                        "module `" + module + "` is missing from the module table (add a row marked " + EXISTS + ")");
            } else if (!status.equals(EXISTS)) {
                problems.add("module `" + module + "` exists in the code but the table marks it " + status
                        + " (mark it " + EXISTS + ")");
            }
        }
        documented.forEach((module, status) -> {
            if (!code.contains(module) && !status.equals(PLANNED)) {
                problems.add("module `" + module + "` is marked " + status + " but does not exist in the code (mark it "
                        + PLANNED + " or remove the row)");
            }
        });
        return problems;
    }

    static List<String> tableProblems(Map<String, String> listed, Set<String> created, Set<String> modules) {
        List<String> problems = new ArrayList<>();
        for (String table : new TreeSet<>(created)) {
            if (!listed.containsKey(table)) {
                problems.add("table `" + table
                        + "` is created by a migration but missing from the table list (add it with its module)");
            }
        }
        listed.forEach((table, module) -> {
            if (!module.equals(ROOT_FOLDER) && !modules.contains(module)) {
                problems.add("table `" + table + "` names module `" + module + "`, which the module table lacks");
            }
        });
        return problems;
    }

    /** Module name → first word of its status, from the first table of the section "Modules". */
    static Map<String, String> moduleTable(List<String> document) {
        Map<String, String> modules = new LinkedHashMap<>();
        List<List<String>> rows = table(document, MODULE_SECTION, "module");
        assertThat(rows)
                .as("%s has a table under \"%s\"", DOCUMENT, MODULE_SECTION)
                .isNotEmpty();
        int status = rows.get(0).indexOf("status");
        assertThat(status).as("the module table has a column \"status\"").isNotNegative();
        for (List<String> row : rows.subList(1, rows.size())) {
            String module = row.get(0).replace("`", "").trim();
            String word = row.size() > status
                    ? row.get(status).trim().split("[\\s(,;]+", 2)[0].toLowerCase(Locale.ROOT)
                    : "";
            modules.put(module, word);
        }
        return modules;
    }

    /** Table name → owning module, from the table whose header is "| table | module | purpose |". */
    static Map<String, String> tableList(List<String> document) {
        Map<String, String> tables = new LinkedHashMap<>();
        List<List<String>> rows = table(document, null, "table");
        assertThat(rows)
                .as("%s has a table list (header \"| table | module | …\")", DOCUMENT)
                .isNotEmpty();
        for (List<String> row : rows.subList(1, rows.size())) {
            String module = row.size() > 1 ? row.get(1).replace("`", "").trim() : "";
            Matcher names = CODE.matcher(row.get(0));
            while (names.find()) {
                tables.put(names.group(1).trim().toLowerCase(Locale.ROOT), module);
            }
        }
        return tables;
    }

    /**
     * The header and rows of the first Markdown table (after {@code section}, when given, and before
     * the next section) whose first header cell is {@code firstColumn}.
     */
    private static List<List<String>> table(List<String> document, String section, String firstColumn) {
        int start = section == null ? 0 : document.indexOf(section);
        if (start < 0) {
            return List.of();
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = start + 1; i < document.size(); i++) {
            String line = document.get(i).trim();
            if (section != null && line.startsWith("## ")) {
                break;
            }
            if (!line.startsWith("|")) {
                if (!rows.isEmpty()) {
                    break;
                }
                continue;
            }
            List<String> cells = cells(line);
            if (rows.isEmpty()) {
                if (cells.size() > 1
                        && cells.get(0).equals(firstColumn)
                        && (section != null || cells.get(1).equals("module"))) {
                    rows.add(cells);
                }
            } else if (!cells.get(0).startsWith("---")) {
                rows.add(cells);
            }
        }
        return rows;
    }

    private static List<String> cells(String line) {
        String inner = line.substring(1, line.endsWith("|") ? line.length() - 1 : line.length());
        // "\|" is a pipe inside a cell, not a border.
        return Stream.of(inner.split("(?<!\\\\)\\|")).map(String::trim).collect(Collectors.toList());
    }

    /** The tables every {@code create table} of the migrations under {@code folder} makes. */
    static Set<String> createdTables(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            Set<String> tables = new TreeSet<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                String sql = withoutComments(Files.readString(file, StandardCharsets.UTF_8));
                Matcher create = CREATE_TABLE.matcher(sql);
                while (create.find()) {
                    tables.add(create.group(1).toLowerCase(Locale.ROOT));
                }
            }
            return tables;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String withoutComments(String sql) {
        return sql.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("--[^\\n]*", " ");
    }

    private static Set<String> codeModules() {
        return ModularityTests.MODULES.stream()
                .map(ApplicationModule::getIdentifier)
                .map(Object::toString)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static List<String> readDocument() {
        try {
            return Files.readAllLines(DOCUMENT, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
