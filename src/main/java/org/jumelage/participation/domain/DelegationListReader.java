package org.jumelage.participation.domain;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.jspecify.annotations.Nullable;
import org.jumelage.event.EventException;
import org.jumelage.participation.DelegationImport.Format;
import org.jumelage.participation.DelegationListColumn;
import org.jumelage.shared.SearchText;

/**
 * Reads a delegation list from CSV or XLSX as a stream, refusing what is not a list before reading
 * much: the content must be what the file name says (magic bytes; CSV must be UTF-8 text), the file
 * at most {@code maxBytes}, the rows at most {@code maxRows} (the reading stops at the first row too
 * many, so a huge file costs no more than a full one), and the header must name the required
 * columns. Rows keep the numbers a spreadsheet shows (the header is row 1); empty rows are skipped.
 */
final class DelegationListReader {

    /** One data row: its number and the text of each column present (trimmed, possibly empty). */
    record Row(int number, Map<DelegationListColumn, String> values) {

        String get(DelegationListColumn column) {
            return values.getOrDefault(column, "");
        }
    }

    private static final int SNIFF_BYTES = 8192;
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    /** Starts of files that are certainly not CSV text: ZIP, PDF, PNG, GIF, JPEG, OLE2 (old Excel), gzip. */
    private static final byte[][] BINARY_MAGIC = {
        {'P', 'K', 3, 4},
        {'%', 'P', 'D', 'F'},
        {(byte) 0x89, 'P', 'N', 'G'},
        {'G', 'I', 'F', '8'},
        {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
        {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0},
        {0x1F, (byte) 0x8B}
    };

    private final Map<String, DelegationListColumn> headers;
    private final Function<DelegationListColumn, String> label;
    private final int maxRows;
    private final long maxBytes;

    /**
     * @param headerNames for each column, the header texts it may have (in every language); the
     *     column's key is always accepted
     * @param label a column's name in the reader's language, for messages
     */
    DelegationListReader(
            Map<DelegationListColumn, List<String>> headerNames,
            Function<DelegationListColumn, String> label,
            int maxRows,
            long maxBytes) {
        Map<String, DelegationListColumn> byHeader = new HashMap<>();
        for (DelegationListColumn column : DelegationListColumn.values()) {
            byHeader.put(normalizeHeader(column.key()), column);
            for (String name : headerNames.getOrDefault(column, List.of())) {
                byHeader.put(normalizeHeader(name), column);
            }
        }
        this.headers = Map.copyOf(byHeader);
        this.label = label;
        this.maxRows = maxRows;
        this.maxBytes = maxBytes;
    }

    /** The format the file name says, or a refusal for any other name. */
    static Format format(String fileName) {
        String name = fileName.strip().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return Format.CSV;
        }
        if (name.endsWith(".xlsx")) {
            return Format.XLSX;
        }
        throw EventException.importUnsupportedType(fileName);
    }

    List<Row> read(String fileName, InputStream content) {
        Format format = format(fileName);
        BufferedInputStream in = new BufferedInputStream(new LimitedInputStream(content), SNIFF_BYTES * 2);
        try {
            in.mark(SNIFF_BYTES);
            byte[] head = in.readNBytes(SNIFF_BYTES);
            in.reset();
            return format == Format.CSV ? readCsv(head, in) : readXlsx(head, in);
        } catch (TooLarge e) {
            throw EventException.importTooLarge(maxBytes / 1024);
        } catch (IOException e) {
            throw format == Format.CSV ? EventException.importUnreadable(1) : EventException.importNotXlsx();
        }
    }

    // --- CSV ---

    private List<Row> readCsv(byte[] head, BufferedInputStream in) throws IOException {
        if (!looksLikeText(head)) {
            throw EventException.importNotCsv();
        }
        if (startsWith(head, UTF8_BOM)) {
            in.skipNBytes(UTF8_BOM.length);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        Reader reader = new InputStreamReader(in, decoder);
        CSVFormat csv = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter(head))
                .setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(true)
                .get();
        Rows rows = new Rows();
        long record = 0;
        try (CSVParser parser = csv.parse(reader)) {
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                CSVRecord next;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    next = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw refusalFor(e, (int) record + 1);
                }
                record = next.getRecordNumber();
                List<String> cells = new ArrayList<>(next.size());
                next.forEach(cells::add);
                rows.add((int) record, cells);
            }
        } catch (CharacterCodingException e) {
            throw EventException.importNotUtf8();
        }
        return rows.finish();
    }

    private static RuntimeException refusalFor(RuntimeException e, int row) {
        Throwable cause = e;
        while (cause != null) {
            if (cause instanceof TooLarge tooLarge) {
                return tooLarge.unchecked();
            }
            if (cause instanceof CharacterCodingException) {
                return EventException.importNotUtf8();
            }
            cause = cause.getCause();
        }
        return EventException.importUnreadable(row);
    }

    /** Text has no NUL byte and none of the binary formats' magic numbers. */
    static boolean looksLikeText(byte[] head) {
        for (byte[] magic : BINARY_MAGIC) {
            if (startsWith(head, magic)) {
                return false;
            }
        }
        for (byte b : head) {
            if (b == 0) {
                return false;
            }
        }
        return true;
    }

    /** Semicolon when the first line has more semicolons than commas (Excel in Latvia writes those), else comma. */
    static char delimiter(byte[] head) {
        String text = new String(head, StandardCharsets.UTF_8);
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        long semicolons = first.chars().filter(c -> c == ';').count();
        long commas = first.chars().filter(c -> c == ',').count();
        return semicolons > commas ? ';' : ',';
    }

    // --- XLSX ---

    private List<Row> readXlsx(byte[] head, BufferedInputStream in) throws IOException {
        if (!ReadableWorkbook.isOOXMLZipHeader(head)) {
            throw EventException.importNotXlsx();
        }
        Rows rows = new Rows();
        try (ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            Sheet sheet = workbook.getFirstSheet();
            try (Stream<org.dhatim.fastexcel.reader.Row> stream = sheet.openStream()) {
                Iterator<org.dhatim.fastexcel.reader.Row> iterator = stream.iterator();
                while (iterator.hasNext()) {
                    org.dhatim.fastexcel.reader.Row row = iterator.next();
                    List<String> cells = new ArrayList<>(row.getCellCount());
                    for (int i = 0; i < row.getCellCount(); i++) {
                        cells.add(text(row, i));
                    }
                    rows.add(row.getRowNum(), cells);
                }
            }
        } catch (EventException e) {
            throw e;
        } catch (TooLarge e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // A ZIP that is no workbook (or a broken one): fastexcel finds no workbook part.
            Throwable cause = e;
            while (cause != null) {
                if (cause instanceof TooLarge tooLarge) {
                    throw tooLarge;
                }
                cause = cause.getCause();
            }
            throw EventException.importNotXlsx();
        }
        return rows.finish();
    }

    private static String text(org.dhatim.fastexcel.reader.Row row, int index) {
        org.dhatim.fastexcel.reader.Cell cell = row.getCell(index);
        if (cell == null) {
            return "";
        }
        String text = cell.getText();
        return text == null ? "" : text;
    }

    // --- Header and rows ---

    /** Collects the rows: the first non-empty one is the header. */
    private final class Rows {

        private @Nullable Map<Integer, DelegationListColumn> columns;
        private final List<Row> rows = new ArrayList<>();

        void add(int number, List<String> cells) {
            if (cells.stream().allMatch(cell -> cell == null || cell.isBlank())) {
                return;
            }
            if (columns == null) {
                columns = header(cells);
                return;
            }
            if (rows.size() == maxRows) {
                throw EventException.importTooManyRows(maxRows);
            }
            Map<DelegationListColumn, String> values = new EnumMap<>(DelegationListColumn.class);
            columns.forEach((index, column) -> values.put(
                    column,
                    index < cells.size() && cells.get(index) != null
                            ? cells.get(index).strip()
                            : ""));
            rows.add(new Row(number, values));
        }

        List<Row> finish() {
            if (columns == null || rows.isEmpty()) {
                throw EventException.importEmpty();
            }
            return List.copyOf(rows);
        }
    }

    private Map<Integer, DelegationListColumn> header(List<String> cells) {
        Map<Integer, DelegationListColumn> columns = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            DelegationListColumn column = headers.get(normalizeHeader(cells.get(i)));
            if (column == null) {
                continue;
            }
            if (columns.containsValue(column)) {
                throw EventException.importDuplicateColumn(label.apply(column));
            }
            columns.put(i, column);
        }
        String missing = java.util.Arrays.stream(DelegationListColumn.values())
                .filter(DelegationListColumn::required)
                .filter(column -> !columns.containsValue(column))
                .map(label)
                .collect(Collectors.joining(", "));
        if (!missing.isEmpty()) {
            throw EventException.importMissingColumns(missing);
        }
        return columns;
    }

    /** Header texts compare in lower case without accents, spaces or punctuation: "E-pasts" is "epasts". */
    static String normalizeHeader(@Nullable String text) {
        return SearchText.normalize(text == null ? "" : text).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Thrown by the stream as soon as more than the allowed bytes have been read. */
    private final class TooLarge extends IOException {
        TooLarge() {
            super("more than " + maxBytes + " bytes");
        }

        EventException unchecked() {
            return EventException.importTooLarge(maxBytes / 1024);
        }
    }

    /** Counts what is read and stops past the limit. */
    private final class LimitedInputStream extends FilterInputStream {

        private long count;

        LimitedInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) throws TooLarge {
            count += n;
            if (count > maxBytes) {
                throw new TooLarge();
            }
        }
    }
}
