package org.jumelage.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class HtmlPdfTests {

    @Test
    void printsEuropeanScriptsWithTheEmbeddedFonts() throws Exception {
        String xhtml = """
                <html><head><style>body { font-family: 'DejaVu Sans'; } h1 { font-weight: bold; }</style></head>
                <body><h1>Daugavpils pilsētas dome</h1><p>Šiauliai · Ελλάδα · Україна · Łódź</p></body></html>
                """;
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        HtmlPdf.write(xhtml, "test", out);

        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Daugavpils pilsētas dome", "Šiauliai", "Ελλάδα", "Україна", "Łódź");
            List<String> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name).getName());
                }
            }
            assertThat(fonts).anyMatch(font -> font.contains("DejaVuSans-Bold"));
            assertThat(fonts).anyMatch(font -> font.endsWith("DejaVuSans"));
        }
    }
}
