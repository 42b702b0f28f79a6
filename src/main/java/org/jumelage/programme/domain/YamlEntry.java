package org.jumelage.programme.domain;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * One node of a rule data file with its line, so that every complaint names file and line. Only
 * plain YAML is read (mappings, sequences, scalars): no anchors or tags beyond the standard ones,
 * no repeated keys.
 */
final class YamlEntry {

    /** Rule files are small; a larger text is a mistake (or an attack on the administration page). */
    static final int MAX_CHARACTERS = 200_000;

    private final String file;
    private final Node node;
    private final int line;

    private YamlEntry(String file, Node node) {
        this(file, node, node.getStartMark().getLine() + 1);
    }

    /** A value of a mapping, placed at its key's line: "min-countries:" is where a person looks. */
    private YamlEntry(String file, Node node, int line) {
        this.file = file;
        this.node = node;
        this.line = line;
    }

    /** Reads a whole file, which must hold one mapping. */
    static YamlEntry parse(String file, String text) {
        if (text.length() > MAX_CHARACTERS) {
            throw new InvalidRulesException(
                    file, 0, "the file is longer than " + MAX_CHARACTERS + " characters; rule files are small");
        }
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(0);
        options.setAllowRecursiveKeys(false);
        Node root;
        try {
            root = new Yaml(options).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark();
            throw new InvalidRulesException(
                    file, mark == null ? 0 : mark.getLine() + 1, "not valid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw new InvalidRulesException(file, 0, "not valid YAML: " + e.getMessage());
        }
        if (root == null) {
            throw new InvalidRulesException(file, 0, "the file is empty");
        }
        YamlEntry entry = new YamlEntry(file, root);
        if (!(root instanceof MappingNode)) {
            throw entry.problem("the file must hold one mapping (key: value lines)");
        }
        return entry;
    }

    String file() {
        return file;
    }

    /** 1-based line of the node's start. */
    int line() {
        return line;
    }

    InvalidRulesException problem(String what) {
        return new InvalidRulesException(file, line(), what);
    }

    /** The mapping's entries in file order; refuses repeated keys and keys outside {@code allowed} (if any given). */
    Map<String, YamlEntry> mapping(String... allowed) {
        if (!(node instanceof MappingNode mapping)) {
            throw problem("expected a mapping (key: value lines)");
        }
        Set<String> permitted = Set.of(allowed);
        Map<String, YamlEntry> entries = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (NodeTuple tuple : mapping.getValue()) {
            YamlEntry key = new YamlEntry(file, tuple.getKeyNode());
            if (!(tuple.getKeyNode() instanceof ScalarNode scalar)) {
                throw key.problem("a key must be plain text");
            }
            String name = scalar.getValue();
            if (!seen.add(name)) {
                throw key.problem("the key \"" + name + "\" appears twice");
            }
            if (!permitted.isEmpty() && !permitted.contains(name)) {
                throw key.problem(
                        "unknown key \"" + name + "\" (allowed: " + String.join(", ", new TreeSet<>(permitted)) + ")");
            }
            entries.put(name, new YamlEntry(file, tuple.getValueNode(), key.line()));
        }
        return entries;
    }

    List<YamlEntry> sequence() {
        if (!(node instanceof SequenceNode sequence)) {
            throw problem("expected a list (lines starting with \"- \", or [a, b])");
        }
        List<YamlEntry> entries = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            entries.add(new YamlEntry(file, item));
        }
        return entries;
    }

    boolean isSequence() {
        return node instanceof SequenceNode;
    }

    boolean isMapping() {
        return node instanceof MappingNode;
    }

    String text() {
        if (!(node instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
            throw problem("expected a non-empty text");
        }
        return scalar.getValue().strip();
    }

    int integer() {
        String text = text();
        try {
            return Integer.parseInt(text.replace("_", ""));
        } catch (NumberFormatException e) {
            throw problem("expected a whole number, not \"" + text + "\"");
        }
    }

    BigDecimal decimal() {
        String text = text();
        try {
            return new BigDecimal(text.replace("_", ""));
        } catch (NumberFormatException e) {
            throw problem("expected a number such as 25000 or 0.027, not \"" + text + "\"");
        }
    }

    List<String> texts() {
        List<String> texts = new ArrayList<>();
        for (YamlEntry item : sequence()) {
            texts.add(item.text());
        }
        return texts;
    }

    static @Nullable YamlEntry optional(Map<String, YamlEntry> mapping, String key) {
        return mapping.get(key);
    }

    /** The value of a key the mapping must have; the complaint names the mapping's line. */
    YamlEntry required(Map<String, YamlEntry> mapping, String key) {
        YamlEntry value = mapping.get(key);
        if (value == null) {
            throw problem("\"" + key + "\" is missing");
        }
        return value;
    }
}
