package org.jumelage.benchmark;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;
import org.postgresql.copy.CopyManager;

/**
 * Rows for one PostgreSQL {@code COPY … FROM STDIN} in text format (tab between fields, {@code \N}
 * for null). The rows go to a temporary file first: one connection runs one COPY at a time, and
 * {@link CopyBatch} sends the files table after table, parents before children.
 */
final class CopyWriter {

    private final String sql;
    private final Path file;
    private final OutputStream out;
    private final StringBuilder line = new StringBuilder(256);
    private boolean first = true;
    private long rows;

    CopyWriter(Path folder, String table, String columns) {
        this.sql = "copy " + table + " (" + columns + ") from stdin";
        try {
            this.file = Files.createTempFile(folder, table, ".copy");
            this.out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds one field of the current row; {@code null} is SQL NULL. */
    CopyWriter add(@Nullable Object value) {
        if (!first) {
            line.append('\t');
        }
        first = false;
        if (value == null) {
            line.append("\\N");
            return this;
        }
        String text = value.toString();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> line.append("\\\\");
                case '\t' -> line.append("\\t");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                default -> line.append(c);
            }
        }
        return this;
    }

    /** Ends the current row. */
    void end() {
        line.append('\n');
        try {
            out.write(line.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        line.setLength(0);
        first = true;
        rows++;
    }

    long rows() {
        return rows;
    }

    /** Sends the rows with COPY and deletes the file. */
    long send(CopyManager copy) throws SQLException, IOException {
        out.close();
        try (InputStream in = Files.newInputStream(file)) {
            return copy.copyIn(sql, in, 1 << 16);
        } finally {
            Files.delete(file);
        }
    }
}
