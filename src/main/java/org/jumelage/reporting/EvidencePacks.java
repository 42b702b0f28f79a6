package org.jumelage.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import org.jumelage.account.SignedInUser;

/**
 * The audit-ready evidence pack of a project or of one event: a ZIP an auditor reads without
 * Jumelage (participant lists as generated, the uploaded scans of the signed lists, agendas,
 * photos, and {@code manifest.csv} with every file's path, size, SHA-256 and what it proves). For
 * the project's editors only: a user who may not see the project or event is told it does not
 * exist ({@link org.jumelage.project.ProjectException} / {@link org.jumelage.event.EventException}
 * not found), a viewer who may not edit it is refused (not allowed).
 */
public interface EvidencePacks {

    /** What the pack will hold and what it lacks, without writing it. */
    EvidencePack plan(SignedInUser editor, EvidencePack.Subject subject, Locale locale);

    /**
     * Plans the pack and records in the audit trail who downloads it; the answer writes the ZIP.
     * The refusals come here, before anything is written.
     */
    Download download(SignedInUser editor, EvidencePack.Subject subject, Locale locale);

    /** A pack ready to be written. */
    interface Download {

        EvidencePack pack();

        /**
         * Writes the ZIP to {@code out} (left open), file by file, never holding it whole: each file's
         * size and SHA-256 are computed while it is copied, {@code manifest.csv} is the last entry.
         * A file that cannot be read at this moment is left out and named in {@code missing.txt}.
         */
        void writeTo(OutputStream out) throws IOException;
    }
}
