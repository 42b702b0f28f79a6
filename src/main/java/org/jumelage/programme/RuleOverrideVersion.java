package org.jumelage.programme;

import java.time.Instant;

/**
 * One saved version of an administrator's override of a measure's rule data.
 *
 * @param content the override in the rule data format; empty when this version removed the override
 */
public record RuleOverrideVersion(String measure, int version, String content, String createdBy, Instant createdAt) {

    public boolean removal() {
        return content.isBlank();
    }
}
