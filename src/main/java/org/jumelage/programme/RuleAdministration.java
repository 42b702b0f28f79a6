package org.jumelage.programme;

import java.util.List;
import java.util.Optional;
import org.jumelage.account.SignedInUser;

/**
 * Administrators' changes to the rule data: per measure, an override in the rule data format that
 * replaces values of the shipped rule sets (for example the lump-sum table from the official guide)
 * or adds rule sets for new calls. A saved override takes effect at once, is audited, and keeps the
 * previous versions. Refusals are {@link ProgrammeException}s; a file with a mistake names its line.
 */
public interface RuleAdministration {

    /** Every measure with rules: its rule sets and whether an override is in force. */
    List<RuleFileSummary> ruleFiles();

    /** The rules in force for the measure as a rule data file (shipped data with the override laid over it). */
    String export(String measure);

    /** The measure's override in force, if any. */
    Optional<RuleOverrideVersion> currentOverride(String measure);

    /** The measure's saved versions, newest first. */
    List<RuleOverrideVersion> history(String measure);

    /** Checks and saves a new override version and puts it in force. */
    RuleOverrideVersion saveOverride(SignedInUser administrator, String measure, String content);

    /** Puts the shipped rules back in force (saved as a version that removes the override). */
    RuleOverrideVersion removeOverride(SignedInUser administrator, String measure);
}
