package org.jumelage.programme.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jumelage.account.AuditTrail;
import org.jumelage.account.SignedInUser;
import org.jumelage.programme.MeasureSummary;
import org.jumelage.programme.ProgrammeCatalogue;
import org.jumelage.programme.ProgrammeException;
import org.jumelage.programme.RuleAdministration;
import org.jumelage.programme.RuleFileSummary;
import org.jumelage.programme.RuleOverrideVersion;
import org.jumelage.programme.persistence.RuleOverrideStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the administrators' overrides: checks an override with the rule data reader, stores it as a
 * new version, and swaps the calculator's rule book once the version is committed, so that the next
 * evaluation uses it without a restart. At start the newest stored version of each measure is laid
 * over the shipped data again; one that no longer fits the shipped data is skipped with a warning.
 */
@Service
class DefaultRuleAdministration implements RuleAdministration {

    private static final Logger log = LoggerFactory.getLogger(DefaultRuleAdministration.class);

    private final DefaultGrantCalculator calculator;
    private final RuleOverrideStore store;
    private final AuditTrail audit;
    private final Map<String, MeasureSummary> measures = new LinkedHashMap<>();
    private final Clock clock;

    DefaultRuleAdministration(
            DefaultGrantCalculator calculator,
            RuleOverrideStore store,
            AuditTrail audit,
            ProgrammeCatalogue catalogue,
            Clock clock) {
        this.calculator = calculator;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        catalogue.measures().forEach(measure -> measures.put(measure.code(), measure));
    }

    @EventListener(ApplicationStartedEvent.class)
    synchronized void applyStoredOverrides() {
        RuleBook book = calculator.book();
        for (RuleOverrideVersion version : store.latest()) {
            if (version.removal()) {
                continue;
            }
            try {
                book = book.withOverride(version.measure(), read(book, version));
                log.info(
                        "Rules of {}: override version {} by {} in force",
                        version.measure(),
                        version.version(),
                        version.createdBy());
            } catch (InvalidRulesException e) {
                log.warn(
                        "Rules of {}: override version {} no longer fits the shipped rule data and is not applied: {}",
                        version.measure(),
                        version.version(),
                        e.getMessage());
            }
        }
        calculator.replace(book);
    }

    @Override
    @Transactional(readOnly = true)
    public List<RuleFileSummary> ruleFiles() {
        RuleBook book = calculator.book();
        Map<String, Integer> overrides = new LinkedHashMap<>();
        store.latest().stream()
                .filter(version -> !version.removal())
                .forEach(version -> overrides.put(version.measure(), version.version()));
        List<RuleFileSummary> files = new ArrayList<>();
        for (String measure : book.measures()) {
            MeasureRules rules = book.rules(measure).orElseThrow();
            List<RuleFileSummary.RuleSetSummary> sets = rules.ruleSets().stream()
                    .map(set -> new RuleFileSummary.RuleSetSummary(
                            set.id(),
                            set.validity(),
                            set.parameters().values().stream()
                                    .map(parameter -> new RuleFileSummary.ParameterSummary(
                                            parameter.key().id(), RuleDataWriter.value(parameter), parameter.source()))
                                    .toList()))
                    .toList();
            files.add(new RuleFileSummary(measure, sets, overrides.get(measure)));
        }
        return files;
    }

    @Override
    public String export(String measure) {
        return RuleDataWriter.write(rules(measure));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<RuleOverrideVersion> currentOverride(String measure) {
        return store.versions(measure).stream().findFirst().filter(version -> !version.removal());
    }

    @Override
    @Transactional(readOnly = true)
    public List<RuleOverrideVersion> history(String measure) {
        rules(measure);
        return store.versions(measure);
    }

    @Override
    @Transactional
    public synchronized RuleOverrideVersion saveOverride(SignedInUser administrator, String measure, String content) {
        rules(measure);
        Instant now = clock.instant();
        RuleBook book = calculator.book();
        RuleOverrideVersion draft = new RuleOverrideVersion(measure, 0, content, administrator.email(), now);
        RuleBook next;
        try {
            next = book.withOverride(measure, read(book, draft));
        } catch (InvalidRulesException e) {
            throw ProgrammeException.invalidRules(e.line(), e.problem());
        }
        RuleOverrideVersion saved = store.add(measure, content, administrator.email(), now);
        audit.record("programme.rules.overridden", measure, "version " + saved.version());
        putInForceAfterCommit(next);
        return saved;
    }

    @Override
    @Transactional
    public synchronized RuleOverrideVersion removeOverride(SignedInUser administrator, String measure) {
        rules(measure);
        RuleOverrideVersion saved = store.add(measure, "", administrator.email(), clock.instant());
        audit.record("programme.rules.override-removed", measure, "version " + saved.version());
        putInForceAfterCommit(calculator.book().withOverride(measure, null));
        return saved;
    }

    private MeasureRules read(RuleBook book, RuleOverrideVersion version) {
        String file = "override of " + version.measure();
        MeasureRules override = RuleDataReader.readMeasure(
                file,
                version.content(),
                measures,
                book.countries(),
                new RuleDataReader.Author(version.createdBy(), version.createdAt()),
                book.shipped(version.measure()).orElse(null));
        if (!override.measure().equals(version.measure())) {
            throw ProgrammeException.otherMeasure(version.measure(), override.measure());
        }
        return override;
    }

    private MeasureRules rules(String measure) {
        return calculator.book().rules(measure).orElseThrow(() -> ProgrammeException.noRules(measure));
    }

    private void putInForceAfterCommit(RuleBook next) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    calculator.replace(next);
                }
            });
        } else {
            calculator.replace(next);
        }
    }
}
