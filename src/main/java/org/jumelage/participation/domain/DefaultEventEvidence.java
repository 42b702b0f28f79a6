package org.jumelage.participation.domain;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jumelage.account.AuditTrail;
import org.jumelage.account.SignedInUser;
import org.jumelage.event.EventException;
import org.jumelage.participation.EventEvidence;
import org.jumelage.participation.EvidenceFile;
import org.jumelage.participation.EvidenceSummary;
import org.jumelage.participation.EvidenceUpload;
import org.jumelage.participation.persistence.EvidenceStore;
import org.jumelage.participation.persistence.EvidenceStore.EvidenceRow;
import org.jumelage.participation.persistence.ParticipantListQueries.DelegationRow;
import org.jumelage.storage.FileStorage;
import org.jumelage.storage.StoredFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

@Service
class DefaultEventEvidence implements EventEvidence {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultEventEvidence.class);

    private final ListAccess access;
    private final EvidenceStore store;
    private final FileStorage storage;
    private final AuditTrail auditTrail;
    private final Clock clock;
    private final long maxSize;

    DefaultEventEvidence(
            ListAccess access,
            EvidenceStore store,
            FileStorage storage,
            AuditTrail auditTrail,
            Clock clock,
            EvidenceProperties properties) {
        this.access = access;
        this.store = store;
        this.storage = storage;
        this.auditTrail = auditTrail;
        this.clock = clock;
        this.maxSize = properties.maxSize().toBytes();
    }

    @Override
    public long maxSize() {
        return maxSize;
    }

    @Override
    @Transactional
    public EvidenceSummary upload(SignedInUser uploader, long eventId, EvidenceUpload upload) {
        ListAccess.Scope scope = access.scope(uploader, eventId);
        if (upload.delegationId() != null) {
            scope.delegation(upload.delegationId());
        }
        if (!scope.mayHandle(upload.delegationId())) {
            throw EventException.notAllowed();
        }
        scope.checkDay(upload.day());
        if (upload.declaredSize() > maxSize) {
            throw EventException.evidenceTooLarge(megabytes());
        }
        try {
            BufferedInputStream in = new BufferedInputStream(upload.content());
            in.mark(ContentSniffer.HEADER);
            byte[] header = in.readNBytes(ContentSniffer.HEADER);
            in.reset();
            if (header.length == 0) {
                throw EventException.evidenceEmpty();
            }
            ContentSniffer.Type type =
                    ContentSniffer.detect(header, header.length).orElseThrow(EventException::evidenceType);
            MessageDigest digest = sha256();
            String key = "event/" + eventId + "/evidence/" + UUID.randomUUID();
            StoredFile stored;
            try {
                stored = storage.put(key, new DigestInputStream(new Limited(in, maxSize), digest), type.contentType);
            } catch (Limited.TooLarge e) {
                throw EventException.evidenceTooLarge(megabytes());
            }
            deleteOnRollback(key);
            Instant now = clock.instant();
            String fileName = EvidenceFileNames.safe(upload.fileName(), type.extension);
            String sha = HexFormat.of().formatHex(digest.digest());
            long id = store.insert(
                    eventId,
                    upload.delegationId(),
                    upload.day(),
                    fileName,
                    type.contentType,
                    stored.size(),
                    sha,
                    key,
                    uploader.id(),
                    uploader.email(),
                    now);
            auditTrail.record(
                    "event.evidence.uploaded",
                    target(eventId, scope),
                    "evidence " + id + " " + type.contentType + " " + stored.size() + " bytes sha256 " + sha);
            return store.find(id).map(DefaultEventEvidence::summary).orElseThrow();
        } catch (IOException e) {
            LOG.warn("Could not store evidence of event {}", eventId, e);
            throw EventException.evidenceStorageFailed();
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<EvidenceSummary> forEvent(SignedInUser viewer, long eventId) {
        ListAccess.Scope scope = access.scope(viewer, eventId);
        Set<Long> own = scope.ownDelegations().stream().map(DelegationRow::id).collect(Collectors.toSet());
        return store.forEvent(eventId).stream()
                .filter(row -> scope.editor() || (row.delegationId() != null && own.contains(row.delegationId())))
                .map(DefaultEventEvidence::summary)
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public EvidenceFile open(SignedInUser viewer, long eventId, long evidenceId) {
        ListAccess.Scope scope = access.scope(viewer, eventId);
        EvidenceRow row = row(eventId, evidenceId);
        if (!scope.editor()
                && (row.delegationId() == null
                        || scope.ownDelegations().stream().noneMatch(d -> d.id() == row.delegationId()))) {
            throw EventException.evidenceNotFound(evidenceId);
        }
        try {
            InputStream content =
                    storage.open(row.storageKey()).orElseThrow(() -> EventException.evidenceNotFound(evidenceId));
            return new EvidenceFile(summary(row), content);
        } catch (IOException e) {
            LOG.warn("Could not read evidence {} of event {}", evidenceId, eventId, e);
            throw EventException.evidenceNotFound(evidenceId);
        }
    }

    @Override
    @Transactional
    public void delete(SignedInUser editor, long eventId, long evidenceId) {
        ListAccess.Scope scope = access.scope(editor, eventId);
        if (!scope.editor()) {
            throw EventException.notAllowed();
        }
        EvidenceRow row = row(eventId, evidenceId);
        store.delete(row.id());
        auditTrail.record(
                "event.evidence.deleted",
                target(eventId, scope),
                "evidence " + row.id() + " " + row.contentType() + " sha256 " + row.sha256());
        afterCommit(() -> deleteQuietly(row.storageKey()));
    }

    private EvidenceRow row(long eventId, long evidenceId) {
        return store.find(evidenceId)
                .filter(row -> row.eventId() == eventId)
                .orElseThrow(() -> EventException.evidenceNotFound(evidenceId));
    }

    private String megabytes() {
        return String.valueOf(Math.max(1, maxSize / (1024 * 1024)));
    }

    private void deleteOnRollback(String key) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        deleteQuietly(key);
                    }
                }
            });
        }
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }

    private void deleteQuietly(String key) {
        try {
            storage.delete(key);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not delete the stored file {}", key, e);
        }
    }

    private static String target(long eventId, ListAccess.Scope scope) {
        return "event " + eventId + " (project " + scope.event().projectId() + ")";
    }

    static EvidenceSummary summary(EvidenceRow row) {
        return new EvidenceSummary(
                row.id(),
                row.eventId(),
                row.delegationId(),
                row.day(),
                row.fileName(),
                row.contentType(),
                row.size(),
                row.sha256(),
                row.uploadedByEmail(),
                row.uploadedAt());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Passes bytes through until more than the limit have been read, then fails. */
    static final class Limited extends FilterInputStream {

        static final class TooLarge extends IOException {
            TooLarge() {
                super("over the size limit");
            }
        }

        private final long limit;
        private long count;

        Limited(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(long n) throws TooLarge {
            count += n;
            if (count > limit) {
                throw new TooLarge();
            }
        }
    }
}
