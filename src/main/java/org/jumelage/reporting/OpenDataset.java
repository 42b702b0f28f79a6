package org.jumelage.reporting;

import java.time.Instant;
import java.util.List;

/**
 * One open-data file as JSON: the rows with the licence and where they come from. CSV and XLSX
 * files carry the same rows (columns as {@link OpenDataColumns} lists them) and the same licence.
 *
 * @param dataset the dataset's name, e.g. {@code projects}
 * @param licence SPDX identifier of the data licence ({@value OpenDataColumns#LICENCE})
 * @param licenceUrl the licence text
 * @param attribution how to credit the data
 * @param schema the address of the human-readable description of the columns
 * @param generatedAt when the answer was made
 */
public record OpenDataset<T>(
        String dataset,
        String licence,
        String licenceUrl,
        String attribution,
        String schema,
        Instant generatedAt,
        List<T> rows) {

    public OpenDataset {
        rows = List.copyOf(rows);
    }
}
