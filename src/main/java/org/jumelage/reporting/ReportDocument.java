package org.jumelage.reporting;

/**
 * A final report written by {@link ReportDocuments#write}: what to call it and what it is.
 *
 * @param fileName ASCII only, with the project's reference number when it has one, for example
 *     {@code final-report-558833-CITIZ-1-2014-2-PL-CITIZ-NT-en.pdf}; {@code final-report-project-12-en.pdf}
 *     without one
 */
public record ReportDocument(String fileName, ReportFormat format) {

    /** The media type of the file. */
    public String contentType() {
        return format.contentType();
    }
}
