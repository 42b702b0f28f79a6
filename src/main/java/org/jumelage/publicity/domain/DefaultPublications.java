package org.jumelage.publicity.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jumelage.account.AuditTrail;
import org.jumelage.account.SignedInUser;
import org.jumelage.event.EventSummary;
import org.jumelage.publicity.Publication;
import org.jumelage.publicity.Publications;
import org.jumelage.publicity.persistence.PublicationStore;
import org.jumelage.publicity.persistence.PublicationStore.Subject;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Published flags: whoever may see the project reads them, its editors change them, every change is audited. */
@Service
class DefaultPublications implements Publications {

    private final PublicationStore store;
    private final PublicityAccess access;
    private final AuditTrail auditTrail;
    private final Clock clock;

    DefaultPublications(PublicationStore store, PublicityAccess access, AuditTrail auditTrail, Clock clock) {
        this.store = store;
        this.access = access;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Publication ofProject(SignedInUser viewer, long projectId) {
        access.requireProject(viewer, PublicityAccess.Action.VIEW_PUBLICATION, projectId);
        return store.find(Subject.PROJECT, projectId);
    }

    @Override
    @Transactional(readOnly = true)
    public Publication ofEvent(SignedInUser viewer, long eventId) {
        access.requireEvent(viewer, PublicityAccess.Action.VIEW_PUBLICATION, eventId);
        return store.find(Subject.EVENT, eventId);
    }

    @Override
    @Transactional
    public Publication publishProject(SignedInUser editor, long projectId, boolean published) {
        access.requireProject(editor, PublicityAccess.Action.PUBLISH, projectId);
        return change(editor, Subject.PROJECT, projectId, published, "project " + projectId);
    }

    @Override
    @Transactional
    public Publication publishEvent(SignedInUser editor, long eventId, boolean published) {
        EventSummary event = access.requireEvent(editor, PublicityAccess.Action.PUBLISH, eventId);
        return change(
                editor, Subject.EVENT, eventId, published, "event " + eventId + " (project " + event.projectId() + ")");
    }

    private Publication change(SignedInUser editor, Subject subject, long id, boolean published, String target) {
        var stored = store.lock(subject, id);
        Publication current = stored.orElse(Publication.UNPUBLISHED);
        if (current.published() == published) {
            return current;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Publication changed = new Publication(published, published ? now : current.publishedAt(), now);
        store.save(subject, id, changed, editor.id(), stored.isPresent());
        auditTrail.record(
                "publicity." + subject.name().toLowerCase(java.util.Locale.ROOT)
                        + (published ? ".published" : ".withdrawn"),
                target,
                null);
        return changed;
    }
}
