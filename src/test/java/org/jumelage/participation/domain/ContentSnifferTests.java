package org.jumelage.participation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContentSnifferTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            pdf,          255044462d312e370a,                 application/pdf
            png,          89504e470d0a1a0a0000000d49484452,   image/png
            jpeg,         ffd8ffe000104a464946,               image/jpeg
            webp,         524946462400000057454250565038,     image/webp
            tiff le,      49492a0008000000,                   image/tiff
            tiff be,      4d4d002a00000008,                   image/tiff
            """)
    void acceptsScansByTheirContent(String name, String hex, String type) {
        byte[] header = HexFormat.of().parseHex(hex);

        assertThat(ContentSniffer.detect(header, header.length))
                .map(found -> found.contentType)
                .contains(type);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            text,               4e616d652c546f776e0a
            html,               3c68746d6c3e3c626f64793e
            windows executable, 4d5a90000300000004000000
            elf executable,     7f454c46020101000000
            zip or xlsx,        504b0304140000000800
            riff but wav,       524946462400000057415645666d7420
            pdf after junk,     20255044462d312e37
            truncated png,      89504e47
            """)
    void refusesEverythingElse(String name, String hex) {
        byte[] header = HexFormat.of().parseHex(hex);

        assertThat(ContentSniffer.detect(header, header.length)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ../../etc/passwd.pdf              | pdf  | passwd.pdf
            C:\\Users\\Jana\\Saraksts Rīga.PDF | pdf  | Saraksts Rīga.pdf
            scan.pdf                          | png  | scan.png
            '  '                              | jpg  | evidence.jpg
            ..                                | pdf  | evidence.pdf
            a<b>:c?d*e.tif                    | tif  | abcde.tif
            """)
    void keepsOnlyASafeNameWithTheRealExtension(String original, String extension, String expected) {
        assertThat(EvidenceFileNames.safe(original, extension)).isEqualTo(expected);
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
