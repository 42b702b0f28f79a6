package org.jumelage.participation.domain;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jumelage.account.AuditTrail;
import org.jumelage.participation.persistence.RetentionStore;
import org.jumelage.project.UnrestrictedProjectReads;
import org.jumelage.storage.FileStorage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The personal-data retention job: once a project ended more than {@code jumelage.retention.years}
 * ago (default 5, the programmes' audit period), the participants of its events are anonymised as
 * one erasure does (name, e-mail, organisation, town name, needs go; country, delegation, status,
 * statistics and attendance stay for the counts), the heads of its delegations lose name and
 * e-mail, and the signed lists kept as evidence are deleted, files included: until then they are
 * left alone, as the audit needs them. One transaction per project; a run that changed something
 * is audited with counts, never names. The scheduled run takes the database lock {@value #JOB},
 * so of several instances one runs it per period; running it twice would change nothing the second
 * time anyway.
 */
@Component
class ParticipantRetention {

    private static final Logger LOG = LoggerFactory.getLogger(ParticipantRetention.class);

    /** The scheduled run's lock name (table {@code shedlock}). */
    static final String JOB = "participant-retention";

    /** What one run did. */
    record Result(LocalDate endedBefore, int projects, int registrations, int delegations, int evidenceFiles) {

        boolean changedAnything() {
            return registrations > 0 || delegations > 0 || evidenceFiles > 0;
        }
    }

    private final UnrestrictedProjectReads projects;
    private final RetentionStore store;
    private final FileStorage storage;
    private final AuditTrail auditTrail;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final RetentionProperties properties;

    ParticipantRetention(
            UnrestrictedProjectReads projects,
            RetentionStore store,
            FileStorage storage,
            AuditTrail auditTrail,
            TransactionTemplate transactions,
            Clock clock,
            RetentionProperties properties) {
        this.projects = projects;
        this.store = store;
        this.storage = storage;
        this.auditTrail = auditTrail;
        this.transactions = transactions;
        this.clock = clock;
        this.properties = properties;
    }

    @Scheduled(cron = "${jumelage.retention.cron:0 15 3 * * *}")
    @SchedulerLock(
            name = JOB,
            lockAtLeastFor = "${jumelage.jobs.participant-retention.lock-at-least-for:10m}",
            lockAtMostFor = "${jumelage.jobs.participant-retention.lock-at-most-for:1h}")
    void scheduled() {
        Result result = run();
        if (result.changedAnything()) {
            LOG.info("Retention: {}", result);
        }
    }

    /** Applies the retention as of the clock's today. */
    Result run() {
        LocalDate cutoff = LocalDate.now(clock).minusYears(properties.years());
        return anonymiseProjectsEndedBefore(cutoff);
    }

    Result anonymiseProjectsEndedBefore(LocalDate cutoff) {
        List<Long> ended = projects.endedBefore(cutoff);
        int touched = 0;
        int registrations = 0;
        int delegations = 0;
        int files = 0;
        for (long projectId : ended) {
            int[] counts = transactions.execute(status -> anonymise(projectId));
            registrations += counts[0];
            delegations += counts[1];
            files += counts[2];
            if (counts[0] + counts[1] + counts[2] > 0) {
                touched++;
            }
        }
        Result result = new Result(cutoff, touched, registrations, delegations, files);
        if (result.changedAnything()) {
            transactions.executeWithoutResult(status -> auditTrail.record(
                    "event.retention.anonymised",
                    "projects ended before " + cutoff,
                    "projects=" + result.projects() + " registrations=" + result.registrations() + " delegations="
                            + result.delegations() + " evidence-files=" + result.evidenceFiles()));
        }
        return result;
    }

    private int[] anonymise(long projectId) {
        Instant now = clock.instant();
        int registrations = store.anonymiseRegistrations(projectId, now);
        int delegations = store.anonymiseDelegationHeads(projectId, now);
        int files = 0;
        for (RetentionStore.EvidenceKey evidence : store.evidence(projectId)) {
            try {
                storage.delete(evidence.storageKey());
                store.deleteEvidence(evidence.id());
                files++;
            } catch (IOException e) {
                // The row stays, so the next run tries the file again.
                LOG.warn("Retention could not delete the evidence file {}", evidence.storageKey(), e);
            }
        }
        return new int[] {registrations, delegations, files};
    }
}
