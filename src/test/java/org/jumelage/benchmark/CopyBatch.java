package org.jumelage.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.copy.CopyManager;

/** The tables of one step: {@link #close()} copies them in the order they were opened (parents first). */
final class CopyBatch implements AutoCloseable {

    private final CopyManager copy;
    private final Path folder;
    private final List<CopyWriter> writers = new ArrayList<>();

    CopyBatch(CopyManager copy, Path folder) {
        this.copy = copy;
        this.folder = folder;
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    CopyWriter table(String table, String columns) {
        CopyWriter writer = new CopyWriter(folder, table, columns);
        writers.add(writer);
        return writer;
    }

    @Override
    public void close() throws SQLException, IOException {
        for (CopyWriter writer : writers) {
            writer.send(copy);
        }
    }
}
