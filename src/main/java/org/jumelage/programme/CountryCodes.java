package org.jumelage.programme;

import java.util.List;

/**
 * A message argument naming countries by ISO code; {@link RuleMessages} writes their names in the
 * reader's language: Montenegro and Serbia, or Melnkalne and Serbija in Latvian.
 */
public record CountryCodes(List<String> codes) {

    public CountryCodes {
        codes = List.copyOf(codes);
    }

    public static CountryCodes of(String... codes) {
        return new CountryCodes(List.of(codes));
    }

    @Override
    public String toString() {
        return String.join(", ", codes);
    }
}
