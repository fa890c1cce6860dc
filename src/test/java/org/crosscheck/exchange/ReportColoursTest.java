package org.crosscheck.exchange;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** A quote is amber and a figure blue in the app; the printed report must not say otherwise. */
class ReportColoursTest {

    private static final Path APP_STYLES = Path.of("src/main/resources/META-INF/resources/styles.css");

    @ParameterizedTest
    @ValueSource(strings = {"quote", "figure", "note"})
    void theReportMarksEachKindInTheAppsColour(String kind) throws IOException {
        String app = Files.readString(APP_STYLES);
        Matcher inApp = Pattern.compile("--cc-" + kind + ":\\s*light-dark\\(\\s*(rgba?\\([^)]*\\)|#[0-9a-fA-F]+)")
                .matcher(app);
        assertThat(inApp.find()).as("the app's styles define --cc-" + kind).isTrue();
        Matcher inReport = Pattern.compile("--cc-" + kind + ":\\s*(rgba?\\([^)]*\\)|#[0-9a-fA-F]+)")
                .matcher(ReportWriter.STYLE);
        assertThat(inReport.find()).as("the report defines --cc-" + kind).isTrue();
        assertThat(normal(inReport.group(1))).as("the report's " + kind + " colour (the app's is its light variant)")
                .isEqualTo(normal(inApp.group(1)));
        assertThat(ReportWriter.STYLE).contains("mark." + kind + "{background:var(--cc-" + kind + ")}",
                ".chip." + kind + "{background:var(--cc-" + kind + ")}");
    }

    private static String normal(String colour) {
        return colour.replaceAll("\\s+", "").toLowerCase();
    }
}
