package org.jumelage.publicity.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A table of word forms read from a CSV data file on the class path (for example
 * {@code publicity/country-names-lv.csv}): a header line naming the columns, the first column the
 * key (a country code, a month number), then one form per column. Lines starting with {@code #}
 * are comments; names hold no commas, so the file needs no quoting. Grammar lives here as data so
 * that a linguist can correct a form without touching code.
 */
final class WordForms {

    private final String resource;
    private final List<String> columns;
    private final Map<String, Map<String, String>> rows;

    private WordForms(String resource, List<String> columns, Map<String, Map<String, String>> rows) {
        this.resource = resource;
        this.columns = List.copyOf(columns);
        this.rows = rows;
    }

    /** Reads the table; a missing file, a short or long line, or a repeated key is refused at once. */
    static WordForms read(String resource) {
        InputStream stream = WordForms.class.getClassLoader().getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalStateException("No word forms at " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            @Nullable List<String> header = null;
            Map<String, Map<String, String>> rows = new LinkedHashMap<>();
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                List<String> cells =
                        Arrays.stream(text.split(",", -1)).map(String::strip).toList();
                if (header == null) {
                    header = cells;
                    continue;
                }
                if (cells.size() != header.size() || cells.stream().anyMatch(String::isEmpty)) {
                    throw new IllegalStateException(
                            resource + " line " + number + ": expected " + header.size() + " non-empty cells");
                }
                Map<String, String> forms = new LinkedHashMap<>();
                for (int i = 1; i < cells.size(); i++) {
                    forms.put(header.get(i), cells.get(i));
                }
                if (rows.putIfAbsent(cells.get(0), Map.copyOf(forms)) != null) {
                    throw new IllegalStateException(resource + " line " + number + ": " + cells.get(0) + " again");
                }
            }
            if (header == null) {
                throw new IllegalStateException(resource + " has no header line");
            }
            return new WordForms(resource, header.subList(1, header.size()), rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The form of the key in the column, when the table has it. */
    Optional<String> find(String key, String column) {
        Map<String, String> forms = rows.get(key);
        return Optional.ofNullable(forms == null ? null : forms.get(column));
    }

    /** The form of the key in the column; a key or column the table lacks is a programming error. */
    String form(String key, String column) {
        return find(key, column)
                .orElseThrow(() -> new IllegalArgumentException(resource + " has no " + column + " of " + key));
    }

    Set<String> keys() {
        return rows.keySet();
    }

    /** The form columns, without the key column. */
    List<String> columns() {
        return columns;
    }
}
