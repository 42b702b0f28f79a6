package org.jumelage.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jumelage.reporting.Chart;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ChartSvgTests {

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    static List<Integer> barWidths(Document svg) {
        NodeList rects = svg.getElementsByTagName("rect");
        List<Integer> widths = new java.util.ArrayList<>();
        for (int i = 0; i < rects.getLength(); i++) {
            Element rect = (Element) rects.item(i);
            if (!rect.getAttribute("width").equals("12")) {
                widths.add(Integer.parseInt(rect.getAttribute("width")));
            }
        }
        return widths;
    }

    @Test
    void barsAreProportionalToTheirValues() throws Exception {
        Chart chart = new Chart(
                "projects-by-year",
                List.of("k"),
                List.of(
                        new Chart.Row("2018", List.of(4L)),
                        new Chart.Row("2019", List.of(2L)),
                        new Chart.Row("2020", List.of(1L)),
                        new Chart.Row("2021", List.of(0L))),
                null);

        Document svg = parse(ChartSvg.render(chart, "c", "Projects", List.of("Projects"), Locale.ENGLISH));

        assertThat(barWidths(svg))
                .containsExactly(ChartSvg.BAR_WIDTH, ChartSvg.BAR_WIDTH / 2, ChartSvg.BAR_WIDTH / 4, 0);
    }

    @Test
    void isAnImageWithATitleAndALegendForSeveralSeries() throws Exception {
        Chart chart = new Chart(
                "events-by-year", List.of("a", "b"), List.of(new Chart.Row("2018", List.of(1200L, 3L))), null);

        String text =
                ChartSvg.render(chart, "chart-e", "Events by year", List.of("Events", "Attended"), Locale.ENGLISH);
        Document svg = parse(text);

        Element root = svg.getDocumentElement();
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-labelledby")).isEqualTo("chart-e-title");
        assertThat(svg.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Events by year");
        assertThat(text).contains(">Events</text>", ">Attended</text>", ">1,200</text>");
        // two legend squares and two bars, each series in its own colour
        assertThat(svg.getElementsByTagName("rect").getLength()).isEqualTo(4);
        assertThat(text).contains(ChartSvg.colour(0), ChartSvg.colour(1));
    }

    @Test
    void writesNumbersAsTheLanguageDoes() throws Exception {
        Chart chart = new Chart("c", List.of("a"), List.of(new Chart.Row("LV", List.of(12500L))), null);

        assertThat(ChartSvg.render(chart, "c", "T", List.of("A"), Locale.forLanguageTag("lv")))
                .contains(">12\u00A0500</text>");
    }

    @Test
    void escapesLabelsAndTitles() throws Exception {
        Chart chart = new Chart(
                "c", List.of("a"), List.of(new Chart.Row("<script>alert('x')</script> & Co", List.of(1L))), null);

        String text = ChartSvg.render(chart, "c\"", "Title <b>", List.of("A"), Locale.ENGLISH);

        assertThat(text).doesNotContain("<script>", "<b>", "c\"-title");
        Document svg = parse(text);
        assertThat(svg.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Title <b>");
        // the long label is shortened in the picture and whole in its own title
        assertThat(svg.getElementsByTagName("title").item(1).getTextContent())
                .isEqualTo("<script>alert('x')</script> & Co");
    }

    @Test
    void anEmptyOrAllZeroChartDrawsNoBars() {
        assertThat(ChartSvg.barWidth(0, 0)).isZero();
        assertThat(ChartSvg.barWidth(5, 0)).isZero();
        assertThat(ChartSvg.barWidth(1, 3)).isEqualTo(140);
    }
}
