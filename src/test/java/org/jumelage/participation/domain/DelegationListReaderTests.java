package org.jumelage.participation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jumelage.event.EventException;
import org.jumelage.participation.DelegationListColumn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DelegationListReaderTests {

    static final Map<DelegationListColumn, List<String>> NAMES = Map.of(
            DelegationListColumn.FIRST_NAME, List.of("Vārds", "First name"),
            DelegationListColumn.LAST_NAME, List.of("Uzvārds", "Last name"),
            DelegationListColumn.EMAIL, List.of("E-pasts", "E-mail"),
            DelegationListColumn.COUNTRY, List.of("Valsts", "Country"),
            DelegationListColumn.TOWN, List.of("Pilsēta", "Town"));

    final DelegationListReader reader = reader(2_000, 5_000_000);

    static DelegationListReader reader(int maxRows, long maxBytes) {
        return new DelegationListReader(NAMES, DelegationListColumn::key, maxRows, maxBytes);
    }

    static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    static String code(Runnable action) {
        try {
            action.run();
        } catch (EventException e) {
            return e.code();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void readsACommaSeparatedListWithAByteOrderMarkKeepingRowNumbers() {
        String csv = "\uFEFFFirst name,Last name,E-mail,Country,Town\n"
                + "Rūta,Kazlauskienė,ruta@example.org,LT,Kaunas\n"
                + ",,,,\n"
                + "\"Jonas, jr.\",Petrauskas,jonas@example.org,Lietuva,\n";
        List<DelegationListReader.Row> rows = reader.read("list.csv", bytes(csv));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).number()).isEqualTo(2);
        assertThat(rows.get(0).get(DelegationListColumn.FIRST_NAME)).isEqualTo("Rūta");
        assertThat(rows.get(0).get(DelegationListColumn.TOWN)).isEqualTo("Kaunas");
        assertThat(rows.get(1).number()).isEqualTo(4);
        assertThat(rows.get(1).get(DelegationListColumn.FIRST_NAME)).isEqualTo("Jonas, jr.");
        assertThat(rows.get(1).get(DelegationListColumn.MINOR)).isEmpty();
    }

    @Test
    void readsSemicolonsAndLatvianHeadersAsExcelInLatviaWritesThem() {
        String csv = "Vārds;Uzvārds;E-pasts;Valsts\r\nJana;Ūzuliņa;jana@example.org;LV\r\n";
        List<DelegationListReader.Row> rows = reader.read("saraksts.CSV", bytes(csv));
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.get(DelegationListColumn.LAST_NAME)).isEqualTo("Ūzuliņa");
            assertThat(row.get(DelegationListColumn.COUNTRY)).isEqualTo("LV");
        });
    }

    @Test
    void stableKeysAreHeadersInAnyLanguageAndUnknownColumnsAreLeftAside() {
        String csv = "first_name,LAST_NAME,email,country,notes\nAnna,Berzina,anna@example.org,LV,ignored\n";
        assertThat(reader.read("list.csv", bytes(csv)))
                .singleElement()
                .satisfies(row -> assertThat(row.values()).doesNotContainValue("ignored"));
    }

    @Test
    void aMissingRequiredColumnIsNamed() {
        EventException e = (EventException)
                catchThrowable(() -> reader.read("list.csv", bytes("First name,Last name,Town\nAnna,Bērziņa,Rīga\n")));
        assertThat(e.code()).isEqualTo("event.import.missing-columns");
        assertThat(e.field()).isEqualTo("file");
        assertThat(e.arguments()).containsExactly("email, country");
    }

    @Test
    void aColumnTwiceIsRefused() {
        assertThat(code(() -> reader.read("list.csv", bytes("email,E-mail,first_name,last_name,country\n"))))
                .isEqualTo("event.import.duplicate-column");
    }

    @Test
    void aFileWithoutDataRowsIsRefused() {
        assertThat(code(() -> reader.read("list.csv", bytes("first_name,last_name,email,country\n\n"))))
                .isEqualTo("event.import.empty");
        assertThat(code(() -> reader.read("list.csv", bytes("")))).isEqualTo("event.import.empty");
    }

    @Test
    void aHundredThousandRowsAreRefusedAfterReadingLittleMoreThanTheLimit() {
        CountingRows csv = new CountingRows(100_000);
        Instant start = Instant.now();
        assertThat(code(() -> reader.read("big.csv", csv))).isEqualTo("event.import.too-many-rows");
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(5));
        // 2,000 rows and what the buffers read ahead, of 100,000
        assertThat(csv.rowsServed).isLessThan(3_000);
    }

    @Test
    void aFileAboveTheSizeLimitIsRefusedWithoutReadingOn() {
        CountingRows csv = new CountingRows(100_000);
        assertThat(code(() -> reader(1_000_000, 64_000).read("big.csv", csv))).isEqualTo("event.import.too-large");
        assertThat(csv.rowsServed).isLessThan(2_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"png", "pdf", "zip", "nul"})
    void binaryContentNamedCsvIsRefusedBySniffing(String kind) throws IOException {
        byte[] content = switch (kind) {
            case "png" -> new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};
            case "pdf" -> "%PDF-1.7\nfirst_name,last_name,email,country\n".getBytes(StandardCharsets.US_ASCII);
            case "zip" -> zip("readme.txt", "hello");
            default -> "first_name,last_name,email,country\nA\0B,C,d@example.org,LV\n".getBytes(StandardCharsets.UTF_8);
        };
        assertThat(code(() -> reader.read("list.csv", new ByteArrayInputStream(content))))
                .isEqualTo("event.import.not-csv");
    }

    @Test
    void aCsvInAnotherEncodingThanUtf8IsRefused() {
        byte[] latin = "first_name,last_name,email,country\nJāna,Ūzuliņa,j@example.org,LV\n"
                .getBytes(Charset.forName("ISO-8859-13"));
        assertThat(code(() -> reader.read("list.csv", new ByteArrayInputStream(latin))))
                .isEqualTo("event.import.not-utf8");
    }

    @Test
    void anUnclosedQuotationMarkIsAnUnreadableFile() {
        assertThat(code(() -> reader.read(
                        "list.csv", bytes("first_name,last_name,email,country\n\"Anna,Bērziņa,a@example.org,LV\n"))))
                .isEqualTo("event.import.unreadable");
    }

    @Test
    void onlyCsvAndXlsxNamesAreTaken() {
        assertThat(code(() -> reader.read("list.txt", bytes("a")))).isEqualTo("event.import.unsupported-type");
        assertThat(code(() -> reader.read("list.xls", bytes("a")))).isEqualTo("event.import.unsupported-type");
    }

    @Test
    void readsAWorkbookIncludingNumbersAndSkipsEmptyRows() throws IOException {
        byte[] xlsx = workbook(sheet -> {
            sheet.value(0, 0, "Vārds");
            sheet.value(0, 1, "Uzvārds");
            sheet.value(0, 2, "E-pasts");
            sheet.value(0, 3, "Valsts");
            sheet.value(0, 4, "minor");
            sheet.value(1, 0, "Rūta");
            sheet.value(1, 1, "Kazlauskienė");
            sheet.value(1, 2, "ruta@example.org");
            sheet.value(1, 3, "LT");
            sheet.value(1, 4, 1);
            sheet.value(3, 0, "Jonas");
            sheet.value(3, 1, "Petrauskas");
            sheet.value(3, 3, "LT");
        });
        List<DelegationListReader.Row> rows = reader.read("list.xlsx", new ByteArrayInputStream(xlsx));
        assertThat(rows).extracting(DelegationListReader.Row::number).containsExactly(2, 4);
        assertThat(rows.get(0).get(DelegationListColumn.MINOR)).isEqualTo("1");
        assertThat(rows.get(1).get(DelegationListColumn.EMAIL)).isEmpty();
    }

    @Test
    void aHundredThousandRowWorkbookIsRefusedQuickly() throws IOException {
        byte[] xlsx = workbook(sheet -> {
            sheet.value(0, 0, "first_name");
            sheet.value(0, 1, "last_name");
            sheet.value(0, 2, "email");
            sheet.value(0, 3, "country");
            for (int r = 1; r <= 100_000; r++) {
                sheet.value(r, 0, "P" + r);
                sheet.value(r, 1, "L");
                sheet.value(r, 2, "p" + r + "@example.org");
                sheet.value(r, 3, "LV");
            }
        });
        Instant start = Instant.now();
        assertThat(code(() -> reader.read("big.xlsx", new ByteArrayInputStream(xlsx))))
                .isEqualTo("event.import.too-many-rows");
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(10));
    }

    @ParameterizedTest
    @ValueSource(strings = {"csv", "png", "zip"})
    void whatIsNoWorkbookIsRefusedThoughNamedXlsx(String kind) throws IOException {
        byte[] content = switch (kind) {
            case "csv" -> "first_name,last_name,email,country\n".getBytes(StandardCharsets.UTF_8);
            case "png" -> new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};
            default -> zip("word/document.xml", "<w:document/>");
        };
        assertThat(code(() -> reader.read("list.xlsx", new ByteArrayInputStream(content))))
                .isEqualTo("event.import.not-xlsx");
    }

    static Throwable catchThrowable(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("not refused");
    }

    interface SheetWriter {
        void write(Worksheet sheet) throws IOException;
    }

    static byte[] workbook(SheetWriter writer) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "Tests", "1.0");
        writer.write(workbook.newWorksheet("List"));
        workbook.finish();
        return out.toByteArray();
    }

    static byte[] zip(String entry, String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(text.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    /** A CSV of many rows made while it is read, counting how many rows the reader asked for. */
    static final class CountingRows extends InputStream {
        private final int rows;
        int rowsServed;
        private byte[] current = "first_name,last_name,email,country\n".getBytes(StandardCharsets.UTF_8);
        private int position;

        CountingRows(int rows) {
            this.rows = rows;
        }

        @Override
        public int read() {
            if (position == current.length) {
                if (rowsServed == rows) {
                    return -1;
                }
                rowsServed++;
                current = ("Person" + rowsServed + ",Tester,p" + rowsServed + "@example.org,LV\n")
                        .getBytes(StandardCharsets.UTF_8);
                position = 0;
            }
            return current[position++] & 0xFF;
        }
    }
}
