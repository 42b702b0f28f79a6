package org.jumelage.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The EU emblem (the European flag) as SVG, drawn to the official geometrical construction
 * (european-union.europa.eu, "The European flag": graphic specifications): a blue rectangle whose
 * width is one and a half times its height; twelve gold five-pointed stars on an invisible circle
 * whose centre is the centre of the rectangle and whose radius is one third of the height; each
 * star's points on a circle whose radius is one eighteenth of the height; the stars at the
 * positions of the hours on a clock face, all upright (one point straight up). Colours: reflex
 * blue {@code #003399}, yellow {@code #FFCC00}.
 */
public final class EuEmblem {

    /** Height of the drawing in SVG units; 540 makes the circle radii whole numbers (180 and 30). */
    public static final int HEIGHT = 540;

    public static final int WIDTH = HEIGHT * 3 / 2;

    public static final String BLUE = "#003399";

    public static final String YELLOW = "#FFCC00";

    /** Radius of the circle the stars stand on: a third of the height. */
    public static final double CIRCLE_RADIUS = HEIGHT / 3.0;

    /** Radius of the circle each star is inscribed in: an eighteenth of the height. */
    public static final double STAR_RADIUS = HEIGHT / 18.0;

    public static final int STARS = 12;

    /** Inner radius of a regular five-pointed star relative to its outer radius: cos 72° / cos 36°. */
    private static final double INNER_RATIO = Math.cos(Math.toRadians(72)) / Math.cos(Math.toRadians(36));

    private EuEmblem() {}

    /**
     * The emblem as an inline {@code <svg>} element with the role of an image and the accessible
     * name given (for example "EU emblem"); the size is left to CSS ({@code class="eu-emblem"}).
     */
    public static String svg(String accessibleName) {
        String name = escape(accessibleName);
        StringBuilder svg = new StringBuilder(2400)
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"eu-emblem\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"")
                .append(name)
                .append("\" focusable=\"false\"><title>")
                .append(name)
                .append("</title><rect width=\"")
                .append(WIDTH)
                .append("\" height=\"")
                .append(HEIGHT)
                .append("\" fill=\"")
                .append(BLUE)
                .append("\"/>");
        for (int hour = 0; hour < STARS; hour++) {
            svg.append("<polygon fill=\"").append(YELLOW).append("\" points=\"");
            List<double[]> points = star(hour);
            for (int i = 0; i < points.size(); i++) {
                if (i > 0) {
                    svg.append(' ');
                }
                svg.append(number(points.get(i)[0])).append(',').append(number(points.get(i)[1]));
            }
            svg.append("\"/>");
        }
        return svg.append("</svg>").toString();
    }

    /**
     * The emblem as an opaque image {@code height} pixels high (and one and a half times as wide),
     * drawn from the same construction as {@link #svg}, for documents that take raster images (the
     * official participant list PDF).
     */
    public static java.awt.image.BufferedImage image(int height) {
        int width = height * 3 / 2;
        java.awt.image.BufferedImage image =
                new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D graphics = image.createGraphics();
        try {
            graphics.setRenderingHint(
                    java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
            graphics.setColor(java.awt.Color.decode(BLUE));
            graphics.fillRect(0, 0, width, height);
            graphics.setColor(java.awt.Color.decode(YELLOW));
            double scale = (double) height / HEIGHT;
            for (int hour = 0; hour < STARS; hour++) {
                java.awt.geom.Path2D.Double path = new java.awt.geom.Path2D.Double();
                List<double[]> corners = star(hour);
                for (int i = 0; i < corners.size(); i++) {
                    double x = corners.get(i)[0] * scale;
                    double y = corners.get(i)[1] * scale;
                    if (i == 0) {
                        path.moveTo(x, y);
                    } else {
                        path.lineTo(x, y);
                    }
                }
                path.closePath();
                graphics.fill(path);
            }
        } finally {
            graphics.dispose();
        }
        return image;
    }

    /** Centre of the star at the given hour (0 is twelve o'clock), in SVG units (y grows downwards). */
    public static double[] starCentre(int hour) {
        double angle = Math.toRadians(hour * 30.0);
        return new double[] {
            WIDTH / 2.0 + CIRCLE_RADIUS * Math.sin(angle), HEIGHT / 2.0 - CIRCLE_RADIUS * Math.cos(angle)
        };
    }

    /**
     * The ten corners of the star at the given hour, outer and inner alternately, starting with the
     * point straight up; the star is not turned with its position, as the specification requires.
     */
    static List<double[]> star(int hour) {
        double[] centre = starCentre(hour);
        List<double[]> corners = new ArrayList<>(10);
        for (int corner = 0; corner < 10; corner++) {
            double radius = corner % 2 == 0 ? STAR_RADIUS : STAR_RADIUS * INNER_RATIO;
            double angle = Math.toRadians(corner * 36.0);
            corners.add(new double[] {centre[0] + radius * Math.sin(angle), centre[1] - radius * Math.cos(angle)});
        }
        return corners;
    }

    private static String number(double value) {
        String text = String.format(Locale.ROOT, "%.3f", value);
        text = text.replaceAll("0+$", "").replaceAll("\\.$", "");
        return text.equals("-0") ? "0" : text;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
