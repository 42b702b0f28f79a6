package org.jumelage.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/** The ZIP writer alone: sizes and hashes computed while copying, unreadable entries left out and named. */
class EvidencePackWriterTests {

    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void everyEntryIsCopiedWithItsTrueSizeAndHashAndTheManifestComesLast() throws Exception {
        byte[] scan = new byte[300_000];
        new Random(1).nextBytes(scan);
        byte[] text = "Agenda, \"day\" one".getBytes(StandardCharsets.UTF_8);
        List<PackEntry> entries = List.of(
                new PackEntry(
                        "events/a/scan.pdf",
                        "Scan, signed",
                        true,
                        (long) scan.length,
                        () -> new ByteArrayInputStream(scan)),
                new PackEntry(
                        "events/a/agenda.txt",
                        "Agenda \"as planned\"",
                        false,
                        null,
                        () -> new ByteArrayInputStream(text)),
                new PackEntry("events/a/lost.pdf", "Lost", true, null, () -> {
                    throw new IOException("gone");
                }));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        List<EvidencePackWriter.ManifestRow> rows = EvidencePackWriter.write(
                entries, List.of("No agenda for B."), entry -> "Unreadable: " + entry.path(), "What is missing", out);

        Map<String, byte[]> files = unzip(out.toByteArray());
        assertThat(files.keySet())
                .containsExactly("events/a/scan.pdf", "events/a/agenda.txt", "missing.txt", "manifest.csv");
        assertThat(files.get("events/a/scan.pdf")).isEqualTo(scan);
        assertThat(rows)
                .extracting(EvidencePackWriter.ManifestRow::path)
                .containsExactly("events/a/scan.pdf", "events/a/agenda.txt", "missing.txt");
        for (EvidencePackWriter.ManifestRow row : rows) {
            assertThat(row.bytes()).isEqualTo(files.get(row.path()).length);
            assertThat(row.sha256()).isEqualTo(sha256(files.get(row.path())));
        }
        assertThat(new String(files.get("missing.txt"), StandardCharsets.UTF_8))
                .isEqualTo("No agenda for B.\r\nUnreadable: events/a/lost.pdf\r\n");
        assertThat(new String(files.get("manifest.csv"), StandardCharsets.UTF_8))
                .startsWith("path,bytes,sha256,description\r\n")
                .contains("events/a/scan.pdf," + scan.length + "," + sha256(scan) + ",\"Scan, signed\"\r\n")
                .contains(",\"Agenda \"\"as planned\"\"\"\r\n");
    }

    @Test
    void safeNamesAreAsciiAndShort() {
        assertThat(PackPlan.safeName("Saraksts – Kauņa 9.11.pdf")).isEqualTo("Saraksts-Kauna-9.11.pdf");
        assertThat(PackPlan.safeName("../../etc/passwd")).isEqualTo("etc-passwd");
        assertThat(PackPlan.safeName("ąčę")).isEqualTo("ace");
        assertThat(PackPlan.safeName("///")).isEqualTo("file");
    }
}
