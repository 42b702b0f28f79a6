package org.jumelage.programme;

/**
 * A message argument that is itself a bundle key (for example an applicant type's name), written in
 * the reader's language by {@link RuleMessages}.
 */
public record RuleTerm(String messageKey) {

    @Override
    public String toString() {
        return messageKey;
    }
}
