package org.crosscheck.annotation;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The colours a lead chooses for a project's kinds: the stylesheet paints what the enum says, and on
 * the page's background each stays readable (text at least 4.5:1) and tells itself apart from every
 * other colour and from the built-in kinds (at least 9 ΔE, CIE76), in light and in dark mode.
 * AppearanceIT measures the same contrast in Chromium.
 */
class KindColourTest {

    private static final Pattern RGBA = Pattern.compile("rgba\\((\\d+), (\\d+), (\\d+), ([0-9.]+)\\)");
    /** The built-in kinds' highlights, as styles.css has them (light, dark). */
    private static final Map<String, String[]> BUILT_IN = Map.of(
            "quote", new String[]{"rgba(245, 176, 30, 0.38)", "rgba(245, 176, 30, 0.30)"},
            "figure", new String[]{"rgba(54, 132, 230, 0.28)", "rgba(96, 160, 250, 0.32)"},
            "note", new String[]{"rgba(46, 170, 110, 0.30)", "rgba(60, 200, 130, 0.28)"});
    /** Lumo's page background and body text, light and dark. */
    private static final double[] LIGHT_PAGE = {255, 255, 255};
    private static final double[] LIGHT_TEXT = {24, 39, 57};
    private static final double[] DARK_PAGE = {35, 52, 72};
    private static final double[] DARK_TEXT = {235, 243, 253};

    @Test
    void theStylesheetPaintsEachColourAsTheEnumDescribesIt() throws IOException {
        String css = Files.readString(Path.of("src/main/resources/META-INF/resources/styles.css"));
        for (KindColour c : KindColour.values()) {
            assertThat(css).as(c.name()).contains("." + c.cssClass() + " { --cc-kind: light-dark(" + c.light() + ", "
                    + c.dark() + "); }");
        }
        assertThat(css).contains("--cc-quote: light-dark(" + BUILT_IN.get("quote")[0] + ", " + BUILT_IN.get("quote")[1] + ")");
    }

    @Test
    void textOnEveryColourIsReadableAndNoTwoColoursLookAlikeInLightOrDark() {
        for (int mode = 0; mode < 2; mode++) {
            double[] page = mode == 0 ? LIGHT_PAGE : DARK_PAGE;
            double[] text = mode == 0 ? LIGHT_TEXT : DARK_TEXT;
            Map<String, double[]> shown = new LinkedHashMap<>();
            for (KindColour c : KindColour.values()) {
                shown.put(c.name(), over(mode == 0 ? c.light() : c.dark(), page));
            }
            int m = mode;
            BUILT_IN.forEach((kind, css) -> shown.put(kind, over(css[m], page)));
            for (var e : shown.entrySet()) {
                assertThat(contrast(text, e.getValue())).as("text on %s, %s mode", e.getKey(), m == 0 ? "light" : "dark")
                        .isGreaterThanOrEqualTo(4.5);
            }
            List<String> names = new ArrayList<>(shown.keySet());
            for (int i = 0; i < names.size(); i++) {
                for (int j = i + 1; j < names.size(); j++) {
                    assertThat(deltaE(shown.get(names.get(i)), shown.get(names.get(j))))
                            .as("%s against %s, %s mode", names.get(i), names.get(j), m == 0 ? "light" : "dark")
                            .isGreaterThanOrEqualTo(9);
                }
            }
        }
    }

    private static double[] over(String rgba, double[] base) {
        Matcher m = RGBA.matcher(rgba);
        assertThat(m.matches()).as(rgba).isTrue();
        double a = Double.parseDouble(m.group(4));
        double[] out = new double[3];
        for (int i = 0; i < 3; i++) {
            out[i] = Double.parseDouble(m.group(i + 1)) * a + base[i] * (1 - a);
        }
        return out;
    }

    private static double linear(double v) {
        v /= 255;
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    private static double luminance(double[] c) {
        return 0.2126 * linear(c[0]) + 0.7152 * linear(c[1]) + 0.0722 * linear(c[2]);
    }

    private static double contrast(double[] a, double[] b) {
        double x = luminance(a);
        double y = luminance(b);
        return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
    }

    private static double[] lab(double[] c) {
        double r = linear(c[0]);
        double g = linear(c[1]);
        double b = linear(c[2]);
        double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
        double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
        double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
        return new double[]{116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
    }

    private static double f(double t) {
        return t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16.0 / 116;
    }

    private static double deltaE(double[] a, double[] b) {
        double[] p = lab(a);
        double[] q = lab(b);
        return Math.sqrt(Math.pow(p[0] - q[0], 2) + Math.pow(p[1] - q[1], 2) + Math.pow(p[2] - q[2], 2));
    }
}
