package org.crosscheck.suggest.engine;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The engine on real coverage: pages kept outside the repository (their text may not enter it) and
 * labelled in {@code src/test/resources/suggest-eval/real-pages} by offsets and a hash only. Run with
 * {@code mvn -Peval test} (pages in {@code eval-pages/}, or {@code -Dcrosscheck.eval.pages=DIR}); skipped
 * where the pages are absent. It reports; the goals are held by {@link SuggestionQualityTest} on the
 * written set, whose text is ours.
 */
@Tag("eval")
class RealCoverageEvaluationTest {

    private static final Path LABELS = Path.of("src/test/resources/suggest-eval/real-pages");

    @Test
    void realCoverage() throws IOException {
        Path pages = Path.of(System.getProperty("crosscheck.eval.pages", "eval-pages"));
        List<Path> events = EndToEndEvaluation.events(LABELS, null);
        assumeTrue(!events.isEmpty() && events.stream().allMatch(e -> pages.resolve(e.getFileName().toString()).toFile().isDirectory()),
                "the real pages are not on this machine (" + pages.toAbsolutePath() + ")");
        for (String half : List.of("dev", "test")) {
            EndToEndEvaluation.Score s = EndToEndEvaluation.score(EndToEndEvaluation.events(LABELS, half), pages);
            System.out.println(s.report("real pages, " + half + " half"));
            if (Boolean.getBoolean("crosscheck.eval.misses")) {
                s.misses.forEach(m -> System.out.println("  " + m));
            }
            assertThat(s.articles).as("articles scored").isPositive();
        }
    }
}
