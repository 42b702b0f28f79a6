package org.jumelage.participation;

import java.util.List;
import org.jumelage.account.SignedInUser;
import org.jumelage.event.EventException;

/**
 * Scans of the signed participant lists kept on their event as evidence: PDF or images, with the
 * type read from the content (never from the name), a size limit ({@code jumelage.evidence.max-size})
 * and the content's SHA-256. Project editors upload, see and delete every file; a partner contact
 * uploads and sees the files of their own delegations. Uploads and deletions are audited.
 */
public interface EventEvidence {

    /**
     * Checks and keeps the file; nothing is stored when it is refused.
     *
     * @throws EventException field {@code file} for an empty, too large or unaccepted file, {@code delegation} or
     *     {@code day} for those that do not belong to the event
     */
    EvidenceSummary upload(SignedInUser uploader, long eventId, EvidenceUpload upload);

    /** The event's evidence the viewer may see, newest first. */
    List<EvidenceSummary> forEvent(SignedInUser viewer, long eventId);

    /** Opens a file for download. */
    EvidenceFile open(SignedInUser viewer, long eventId, long evidenceId);

    /** Deletes the record and the file (editors). */
    void delete(SignedInUser editor, long eventId, long evidenceId);

    /** The largest file accepted, in bytes. */
    long maxSize();
}
