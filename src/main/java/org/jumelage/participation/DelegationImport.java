package org.jumelage.participation;

import java.io.InputStream;
import java.util.Locale;
import org.jumelage.account.SignedInUser;
import org.jumelage.event.EventException;

/**
 * Imports a delegation's members from a CSV or XLSX list. The file is refused as a whole when it is
 * not what its name says (content sniffing), too large, has too many rows, or lacks a required
 * column ({@link EventException} with field {@code file}). Otherwise every row is checked as a
 * registration would be, plus the same e-mail or name twice in the file; nothing is stored unless
 * every row passes or the caller asks for the valid rows only, and the rows are stored in one
 * transaction. Who may import: the project's editors and the partner's contacts.
 */
public interface DelegationImport {

    /** The file formats, by their file name extension. */
    enum Format {
        CSV,
        XLSX;

        public String extension() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Checks the list without storing anything. */
    DelegationImportReport check(SignedInUser user, long delegationId, String fileName, InputStream content);

    /**
     * Checks the list and stores its rows as registrations ({@link RegistrationSource#IMPORT}).
     *
     * @param validOnly store the rows that pass even when others do not
     * @param consentConfirmed the user confirms the listed people agreed to be registered; required
     */
    DelegationImportReport importList(
            SignedInUser user,
            long delegationId,
            String fileName,
            InputStream content,
            boolean validOnly,
            boolean consentConfirmed);

    /** An empty list to fill in, with the headers in the locale's language. */
    byte[] template(Format format, Locale locale);
}
