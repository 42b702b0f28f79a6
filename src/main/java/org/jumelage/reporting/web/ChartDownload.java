package org.jumelage.reporting.web;

import java.util.Locale;
import org.jumelage.reporting.Chart;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The answer of a chart's data download: the file, its type and its name ({@code <chart>.<format>}). */
final class ChartDownload {

    private ChartDownload() {}

    static ResponseEntity<byte[]> of(ChartFiles.Format format, Chart chart, MessageSource messages, Locale locale) {
        byte[] body = ChartFiles.render(
                format,
                chart,
                ChartView.headings(chart, messages, locale),
                messages.getMessage("reporting.dashboard.total", null, locale));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(format.contentType))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(chart.id() + "." + format.extension())
                                .build()
                                .toString())
                .body(body);
    }
}
