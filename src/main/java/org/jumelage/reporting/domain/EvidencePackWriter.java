package org.jumelage.reporting.domain;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes an evidence pack as a ZIP straight to an output stream, one entry after the other: each
 * entry's content is copied through a counting, hashing stream, so its size and SHA-256 are known
 * when it ends without ever holding the pack (or a scan) in memory. A content that cannot be opened
 * is left out and reported. After the entries come {@code missing.txt} (what was missing before
 * and what could not be read now) and {@code manifest.csv}, which lists every other file as {@code
 * path,bytes,sha256,description}. Pure Java, no Spring.
 */
final class EvidencePackWriter {

    static final String MANIFEST = "manifest.csv";
    static final String MISSING = "missing.txt";
    private static final Logger LOG = LoggerFactory.getLogger(EvidencePackWriter.class);
    private static final int BUFFER = 64 * 1024;

    /** One line of the manifest. */
    record ManifestRow(String path, long bytes, String sha256, String description) {}

    private EvidencePackWriter() {}

    /**
     * @param missing the items missing before writing, one line each in {@code missing.txt}
     * @param unreadable the line for {@code missing.txt} when an entry cannot be opened now
     * @param missingDescription the description of {@code missing.txt} in the manifest
     * @return the manifest's rows, in the order written
     */
    static List<ManifestRow> write(
            List<PackEntry> entries,
            List<String> missing,
            Function<PackEntry, String> unreadable,
            String missingDescription,
            OutputStream out)
            throws IOException {
        ZipOutputStream zip = new ZipOutputStream(new KeepOpen(out), StandardCharsets.UTF_8);
        List<ManifestRow> rows = new ArrayList<>();
        List<String> lines = new ArrayList<>(missing);
        byte[] buffer = new byte[BUFFER];
        for (PackEntry entry : entries) {
            InputStream content;
            try {
                content = entry.content().open();
            } catch (IOException | RuntimeException e) {
                LOG.warn("Evidence pack: {} could not be opened, left out", entry.path(), e);
                lines.add(unreadable.apply(entry));
                continue;
            }
            try (InputStream in = content) {
                rows.add(copy(zip, entry.path(), entry.description(), entry.compressed(), in, buffer));
            }
        }
        String text = lines.isEmpty() ? "" : String.join("\r\n", lines) + "\r\n";
        rows.add(copy(
                zip,
                MISSING,
                missingDescription,
                false,
                new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                buffer));
        zip.setLevel(Deflater.DEFAULT_COMPRESSION);
        zip.putNextEntry(new ZipEntry(MANIFEST));
        zip.write(manifest(rows).getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        zip.finish();
        zip.flush();
        return rows;
    }

    private static ManifestRow copy(
            ZipOutputStream zip, String path, String description, boolean compressed, InputStream in, byte[] buffer)
            throws IOException {
        // Deflate level 0 stores already compressed files in plain blocks: no time spent for no gain.
        zip.setLevel(compressed ? Deflater.NO_COMPRESSION : Deflater.DEFAULT_COMPRESSION);
        zip.putNextEntry(new ZipEntry(path));
        MessageDigest sha256 = sha256();
        long bytes = 0;
        try (DigestOutputStream digest = new DigestOutputStream(new KeepOpen(zip), sha256)) {
            int read;
            while ((read = in.read(buffer)) != -1) {
                digest.write(buffer, 0, read);
                bytes += read;
            }
        }
        zip.closeEntry();
        return new ManifestRow(path, bytes, HexFormat.of().formatHex(sha256.digest()), description);
    }

    /** The manifest: RFC 4180 CSV with a header, CRLF line ends, quoted where a field needs it. */
    static String manifest(List<ManifestRow> rows) {
        StringBuilder csv = new StringBuilder("path,bytes,sha256,description\r\n");
        for (ManifestRow row : rows) {
            csv.append(field(row.path()))
                    .append(',')
                    .append(row.bytes())
                    .append(',')
                    .append(row.sha256())
                    .append(',')
                    .append(field(row.description()))
                    .append("\r\n");
        }
        return csv.toString();
    }

    static String field(String value) {
        String safe = value.replace('\r', ' ').replace('\n', ' ');
        return safe.contains(",") || safe.contains("\"") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    /** Passes writes through and leaves the underlying stream open on close. */
    private static final class KeepOpen extends FilterOutputStream {

        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
