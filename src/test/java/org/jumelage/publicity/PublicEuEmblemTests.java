package org.jumelage.publicity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jumelage.shared.EuEmblem;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The EU emblem as we draw it follows the official construction (european-union.europa.eu, "The
 * European flag"): a 3:2 reflex blue rectangle, twelve upright gold five-pointed stars at the hours of
 * a clock on a circle of radius one third of the height, each star inscribed in a circle of radius
 * one eighteenth of the height. The test reads the SVG as a browser would, not the drawing code.
 */
class PublicEuEmblemTests {

    static final double TOLERANCE = 0.01;

    Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theRectangleIsReflexBlueAndThreeByTwo() throws Exception {
        Document svg = parse(EuEmblem.svg("EU emblem"));
        Element root = svg.getDocumentElement();
        String[] viewBox = root.getAttribute("viewBox").split(" ");
        Element rect = (Element) svg.getElementsByTagName("rect").item(0);

        double width = Double.parseDouble(rect.getAttribute("width"));
        double height = Double.parseDouble(rect.getAttribute("height"));
        assertThat(width / height).isCloseTo(1.5, within(1e-9));
        assertThat(Double.parseDouble(viewBox[2])).isEqualTo(width);
        assertThat(Double.parseDouble(viewBox[3])).isEqualTo(height);
        assertThat(rect.getAttribute("fill")).isEqualToIgnoringCase("#003399");
    }

    @Test
    void twelveGoldUprightStarsStandAtTheHoursOnACircleOfAThirdOfTheHeight() throws Exception {
        Document svg = parse(EuEmblem.svg("EU emblem"));
        Element rect = (Element) svg.getElementsByTagName("rect").item(0);
        double width = Double.parseDouble(rect.getAttribute("width"));
        double height = Double.parseDouble(rect.getAttribute("height"));
        NodeList stars = svg.getElementsByTagName("polygon");

        assertThat(stars.getLength()).isEqualTo(12);
        List<Double> hours = new ArrayList<>();
        for (int i = 0; i < stars.getLength(); i++) {
            Element star = (Element) stars.item(i);
            assertThat(star.getAttribute("fill")).isEqualToIgnoringCase("#FFCC00");
            double[][] corners = corners(star.getAttribute("points"));
            assertThat(corners).as("a five-pointed star has ten corners").hasNumberOfRows(10);
            double[] centre = centre(corners);

            double fromFlagCentre = Math.hypot(centre[0] - width / 2, centre[1] - height / 2);
            assertThat(fromFlagCentre).as("star %d on the circle", i).isCloseTo(height / 3, within(TOLERANCE));
            for (int corner = 0; corner < 10; corner += 2) {
                double radius = Math.hypot(corners[corner][0] - centre[0], corners[corner][1] - centre[1]);
                assertThat(radius)
                        .as("points of star %d on its circle of 1/18 of the height", i)
                        .isCloseTo(height / 18, within(TOLERANCE));
            }
            assertThat(corners[0][0]).as("star %d is upright", i).isCloseTo(centre[0], within(TOLERANCE));
            assertThat(corners[0][1]).isCloseTo(centre[1] - height / 18, within(TOLERANCE));
            assertThat(isRegularPentagram(corners, centre))
                    .as("star %d is regular", i)
                    .isTrue();

            double angle = Math.toDegrees(Math.atan2(centre[0] - width / 2, height / 2 - centre[1]));
            hours.add((angle + 360) % 360 / 30);
        }
        assertThat(hours)
                .as("one star at each hour of the clock")
                .allSatisfy(hour -> assertThat(hour - Math.round(hour)).isCloseTo(0, within(1e-4)));
        assertThat(hours.stream().map(Math::round).distinct().count()).isEqualTo(12);
    }

    @Test
    void theEmblemHasTheAccessibleNameItIsGivenEscaped() throws Exception {
        Document svg = parse(EuEmblem.svg("ES karogs & <zvaigznes>"));
        Element root = svg.getDocumentElement();

        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-label")).isEqualTo("ES karogs & <zvaigznes>");
        assertThat(svg.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("ES karogs & <zvaigznes>");
        assertThat(EuEmblem.svg("EU emblem")).doesNotContain("style");
    }

    static double[][] corners(String points) {
        String[] pairs = points.trim().split("\\s+");
        double[][] corners = new double[pairs.length][];
        for (int i = 0; i < pairs.length; i++) {
            String[] xy = pairs[i].split(",");
            corners[i] = new double[] {Double.parseDouble(xy[0]), Double.parseDouble(xy[1])};
        }
        return corners;
    }

    static double[] centre(double[][] corners) {
        double x = 0;
        double y = 0;
        for (double[] corner : corners) {
            x += corner[0];
            y += corner[1];
        }
        return new double[] {x / corners.length, y / corners.length};
    }

    /** Inner corners at cos 72° / cos 36° of the outer radius, every corner 36° from the next. */
    static boolean isRegularPentagram(double[][] corners, double[] centre) {
        double outer = Math.hypot(corners[0][0] - centre[0], corners[0][1] - centre[1]);
        double ratio = Math.cos(Math.toRadians(72)) / Math.cos(Math.toRadians(36));
        for (int i = 0; i < corners.length; i++) {
            double radius = Math.hypot(corners[i][0] - centre[0], corners[i][1] - centre[1]);
            double expected = i % 2 == 0 ? outer : outer * ratio;
            double angle = Math.toDegrees(Math.atan2(corners[i][0] - centre[0], centre[1] - corners[i][1]));
            double turn = Math.abs(((angle - i * 36.0) % 360 + 540) % 360 - 180);
            if (Math.abs(radius - expected) > TOLERANCE || turn > 0.05) {
                return false;
            }
        }
        return true;
    }
}
