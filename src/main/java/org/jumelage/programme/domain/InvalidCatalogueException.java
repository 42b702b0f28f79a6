package org.jumelage.programme.domain;

/**
 * A data file of the programme catalogue is missing or breaks a rule. The message names the file
 * and the entry, so that whoever edited the file can fix it; the application does not start.
 */
final class InvalidCatalogueException extends RuntimeException {

    InvalidCatalogueException(String message) {
        super(message);
    }

    InvalidCatalogueException(String message, Throwable cause) {
        super(message, cause);
    }
}
