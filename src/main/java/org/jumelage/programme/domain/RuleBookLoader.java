package org.jumelage.programme.domain;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jumelage.programme.MeasureSummary;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Finds the shipped rule data on the class path ({@code programme/rules/countries.yaml} and one
 * {@code <measure>.yaml} per measure) and reads it; a broken file stops the start with a message
 * naming file and line.
 */
final class RuleBookLoader {

    static final String FOLDER = "programme/rules/";
    static final String COUNTRIES_FILE = FOLDER + "countries.yaml";

    private RuleBookLoader() {}

    static RuleBook load(ClassLoader classLoader, Iterable<MeasureSummary> catalogueMeasures) {
        Map<String, MeasureSummary> measures = new LinkedHashMap<>();
        catalogueMeasures.forEach(measure -> measures.put(measure.code(), measure));
        Resource[] resources;
        try {
            resources = new PathMatchingResourcePatternResolver(classLoader)
                    .getResources("classpath*:" + FOLDER + "*.yaml");
        } catch (IOException e) {
            throw new InvalidRulesException(FOLDER, 0, "cannot list the rule files: " + e.getMessage());
        }
        Map<String, Resource> byName = Arrays.stream(resources)
                .sorted(Comparator.comparing(Resource::getFilename))
                .collect(Collectors.toMap(Resource::getFilename, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Resource countriesResource = byName.remove("countries.yaml");
        if (countriesResource == null) {
            throw new InvalidRulesException(COUNTRIES_FILE, 0, "the file is missing from the class path");
        }
        CountryLists countries = RuleDataReader.readCountries(COUNTRIES_FILE, read(COUNTRIES_FILE, countriesResource));
        Map<String, MeasureRules> rules = new LinkedHashMap<>();
        byName.forEach((name, resource) -> {
            String file = FOLDER + name;
            MeasureRules measureRules =
                    RuleDataReader.readMeasure(file, read(file, resource), measures, countries, null);
            if (!name.equals(measureRules.measure() + ".yaml")) {
                throw new InvalidRulesException(
                        file,
                        1,
                        "the file of measure " + measureRules.measure() + " must be named " + measureRules.measure()
                                + ".yaml");
            }
            rules.put(measureRules.measure(), measureRules);
        });
        return new RuleBook(countries, rules, Map.of());
    }

    private static String read(String file, Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidRulesException(file, 0, "cannot be read: " + e.getMessage());
        }
    }
}
