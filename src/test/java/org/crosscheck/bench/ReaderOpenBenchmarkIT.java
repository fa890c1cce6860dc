package org.crosscheck.bench;

import com.codeborne.selenide.Selenide;
import org.crosscheck.TestData;
import org.crosscheck.annotation.AnnotationFields;
import org.crosscheck.annotation.AnnotationKind;
import org.crosscheck.annotation.AnnotationService;
import org.crosscheck.annotation.FigureQualifier;
import org.crosscheck.annotation.NewAnnotation;
import org.crosscheck.article.ArticleService;
import org.crosscheck.browser.BrowserTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.crosscheck.bench.Spread.max;
import static org.crosscheck.bench.Spread.median;
import static org.crosscheck.bench.Spread.min;
import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long Chromium takes to open a 1 MB article with 5,000 annotations until the highlights are
 * drawn and text can be selected, against the same text and highlights served as a static HTML
 * page by the same server. Not a pass/fail test: run with {@code mvn -Pproduction,bench verify};
 * the figures go to the console and to target/bench/reader-open.txt.
 */
@Tag("bench")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.web.resources.static-locations=classpath:/META-INF/resources/,file:target/bench-static/")
class ReaderOpenBenchmarkIT extends BrowserTest {

    /** The comparison page is a plain file: let the security chain serve it like any static resource. */
    @TestConfiguration
    static class StaticPageAccess {
        @Bean
        @Order(Ordered.HIGHEST_PRECEDENCE)
        SecurityFilterChain staticBenchPage(HttpSecurity http) throws Exception {
            return http.securityMatcher("/bench-static.html")
                    .authorizeHttpRequests(auth -> auth.anyRequest().permitAll()).build();
        }
    }

    private static final int TARGET_CHARS = 1_000_000;
    private static final int ANNOTATIONS = 5_000;
    private static final int WARMUP = 2;
    private static final int RUNS = 7;

    @Autowired ArticleService articles;
    @Autowired AnnotationService annotations;

    @Test
    void openLargeAnnotatedArticle() throws IOException {
        String lead = data.user("bench");
        long projectId = data.project(lead);
        long articleId = data.article(projectId, lead, "One megabyte of coverage", largeText());
        String text = TestData.as(lead, () -> articles.get(articleId)).text();
        List<NewAnnotation> requests = spreadAnnotations(text);
        TestData.as(lead, () -> annotations.createAll(articleId, requests));
        List<int[]> spans = requests.stream().map(r -> new int[]{r.start(), r.end(), org.crosscheck.annotation.AnnotationKind.valueOf(r.kindId()).ordinal()}).toList();
        writeStaticPage(text, spans);
        long words = Arrays.stream(text.split("\\s+")).filter(w -> !w.isEmpty()).count();

        login(lead);
        List<double[]> phases = new ArrayList<>();
        double[] reader = new double[RUNS];
        double[] staticPage = new double[RUNS];
        for (int i = -WARMUP; i < RUNS; i++) {
            Selenide.open("/articles/" + articleId);
            $("cc-article-text").shouldHave(attribute("data-ready", String.valueOf(ANNOTATIONS)), Duration.ofSeconds(60));
            double r = ((Number) js("return window.__ccReaderReadyAt")).doubleValue();
            if (i >= 0) {
                phases.add(phases());
            }
            Selenide.open("/bench-static.html");
            double s = ((Number) Selenide.Wait().withTimeout(Duration.ofSeconds(60))
                    .until(d -> js("return window.__staticReadyAt"))).doubleValue();
            if (i >= 0) {
                reader[i] = r;
                staticPage[i] = s;
            }
        }
        // A selection can be made on the reader right away: the text is plain light DOM.
        Selenide.open("/articles/" + articleId);
        $("cc-article-text").shouldHave(attribute("data-ready", String.valueOf(ANNOTATIONS)), Duration.ofSeconds(60));
        assertThat(js("""
                const p = document.querySelector('cc-article-text .cc-body p');
                const r = document.createRange(); r.selectNodeContents(p);
                const s = window.getSelection(); s.removeAllRanges(); s.addRange(r);
                return s.toString().length > 0 && document.querySelectorAll('cc-article-text mark.hl').length > 0;""")).isEqualTo(true);

        String report = String.format(Locale.ENGLISH, """
                Reader open benchmark (%s)
                article: %,d characters, %,d words, %,d paragraphs, %,d annotations
                runs: %d (after %d warm-up), navigation start -> highlights drawn (next animation frame)
                reader view : median %6.0f ms  min %6.0f ms  max %6.0f ms
                static HTML : median %6.0f ms  min %6.0f ms  max %6.0f ms
                ratio (median reader / median static): %.2f
                """, System.getProperty("os.arch"), text.length(), words, text.split("\n").length, ANNOTATIONS,
                RUNS, WARMUP, median(reader), min(reader), max(reader), median(staticPage), min(staticPage),
                max(staticPage), median(reader) / median(staticPage));
        report += phaseReport(phases);
        report += timeline(articleId);
        System.out.println(report);
        Files.createDirectories(Path.of("target/bench"));
        Files.writeString(Path.of("target/bench/reader-open.txt"), report);
    }

    /**
     * A 10 MB article with 50,000 annotations: after the first paint, opening it, scrolling to its
     * middle and its end and selecting words must never hold the browser's main thread for more than
     * 200 ms at a time (long tasks, as Chromium reports them).
     */
    @Test
    void tenMegabytesWithFiftyThousandAnnotationsWithoutLongTasks() throws IOException {
        String lead = data.user("bench");
        long projectId = data.project(lead);
        long articleId = data.article(projectId, lead, "Ten megabytes of coverage", largeText(10_000_000));
        String text = TestData.as(lead, () -> articles.get(articleId)).text();
        List<NewAnnotation> requests = spreadAnnotations(text, 50_000);
        for (int from = 0; from < requests.size(); from += 5_000) {
            List<NewAnnotation> batch = requests.subList(from, Math.min(requests.size(), from + 5_000));
            TestData.as(lead, () -> annotations.createAll(articleId, batch));
        }
        login(lead);
        List<String> runs = new ArrayList<>();
        for (int run = 0; run < 3; run++) {
            Selenide.open("/");
            // Long tasks are buffered from the start of the page; the observer is installed as it opens.
            Selenide.open("/articles/" + articleId);
            js("""
                    window.__long = [];
                    new PerformanceObserver(list => list.getEntries().forEach(e => window.__long.push([e.startTime, e.duration])))
                      .observe({type: 'longtask', buffered: true});
                    // Long animation frames say what ran in them: which script, which function, how much layout.
                    window.__frames = [];
                    new PerformanceObserver(list => list.getEntries().filter(e => e.duration > 200).forEach(e =>
                      window.__frames.push(`${e.startTime.toFixed(0)} ms: frame ${e.duration.toFixed(0)} ms (style and layout `
                        + `${(e.startTime + e.duration - (e.styleAndLayoutStart || e.startTime + e.duration)).toFixed(0)} ms)`
                        + e.scripts.map(x => `\\n      ${x.duration.toFixed(0)} ms ${x.invokerType} ${x.invoker} `
                          + `${x.sourceFunctionName || ''} ${(x.sourceURL || '').replace(location.origin, '')}:${x.sourceCharPosition}`
                          + ` (forced layout ${x.forcedStyleAndLayoutDuration.toFixed(0)} ms)`).join(''))))
                      .observe({type: 'long-animation-frame', buffered: true});""");
            $("cc-article-text").shouldHave(attribute("data-ready", "50000"), Duration.ofSeconds(120));
            double ready = ((Number) js("return window.__ccReaderReadyAt")).doubleValue();
            double firstScreen = ((Number) js("return window.__ccFirstScreenAt || window.__ccReaderReadyAt")).doubleValue();
            String slices = (String) js("return `${window.__ccSlices} slices, ${Math.round(window.__ccSliceMs)} ms in them, "
                    + "last written at ${Math.round(window.__ccDrawnAt)} ms`");
            js("document.querySelectorAll('cc-article-text .cc-body p')[2000].scrollIntoView()");
            js("document.querySelectorAll('cc-article-text .cc-body p')[document.querySelectorAll('cc-article-text .cc-body p').length - 5].scrollIntoView()");
            assertThat(js("""
                    const ps = document.querySelectorAll('cc-article-text .cc-body p');
                    const p = ps[ps.length - 5];
                    const r = document.createRange(); r.selectNodeContents(p);
                    const s = window.getSelection(); s.removeAllRanges(); s.addRange(r);
                    p.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));
                    return s.toString().length > 0;""")).isEqualTo(true);
            // Hiding a kind and showing it again redraws every highlight of the 10 MB text.
            String redraws = toggleNotesTwice();
            Selenide.Wait().withTimeout(Duration.ofSeconds(5)).until(d -> js(
                    "return new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))"));
            @SuppressWarnings("unchecked")
            List<List<Number>> longTasks = (List<List<Number>>) js("return window.__long");
            double firstPaint = ((Number) js("""
                    const p = performance.getEntriesByName('first-contentful-paint')[0]
                      || performance.getEntriesByName('first-paint')[0];
                    return p ? p.startTime : 0;""")).doubleValue();
            double worst = longTasks.stream().filter(t -> t.get(0).doubleValue() >= firstPaint)
                    .mapToDouble(t -> t.get(1).doubleValue()).max().orElse(0);
            long over = longTasks.stream().filter(t -> t.get(0).doubleValue() >= firstPaint && t.get(1).doubleValue() > 200)
                    .count();
            runs.add(String.format(Locale.ENGLISH, "run %d: first paint %.0f ms, first screen of text %.0f ms, all drawn "
                    + "%.0f ms; after the first paint %d long tasks, longest %.0f ms, %d over 200 ms", run + 1, firstPaint,
                    firstScreen, ready, longTasks.stream().filter(t -> t.get(0).doubleValue() >= firstPaint).count(), worst,
                    over) + "; " + slices + "; " + redraws);
            @SuppressWarnings("unchecked")
            List<String> frames = (List<String>) js("return window.__frames");
            frames.forEach(f -> runs.add("    " + f));
        }
        String report = String.format(Locale.ENGLISH, "Large article (%,d characters, %,d paragraphs, 50,000 annotations)%n%s%n",
                text.length(), text.split("\n").length, String.join("\n", runs));
        System.out.println(report);
        Files.createDirectories(Path.of("target/bench"));
        Files.writeString(Path.of("target/bench/reader-large.txt"), report);
    }

    /** Notes hidden, then shown again, in the side panel: how long each redraw of every highlight took. */
    private static String toggleNotesTwice() {
        List<Long> took = new ArrayList<>();
        for (String wanted : List.of("=== 0", "> 0")) {
            long started = System.nanoTime();
            $$("#filter-kinds vaadin-checkbox").findBy(text("Note")).click();
            Selenide.Wait().withTimeout(Duration.ofSeconds(60)).until(d -> js("""
                    const el = document.querySelector('cc-article-text');
                    return !el._drawing && !el._renderQueued
                      && document.querySelectorAll('cc-article-text mark.k-note').length %s;""".formatted(wanted)));
            took.add((System.nanoTime() - started) / 1_000_000);
        }
        return "notes hidden in " + took.get(0) + " ms, shown again in " + took.get(1) + " ms (click to drawn)";
    }

    private static final String[] PHASES = {"page (HTML) received", "Vaadin's scripts received",
            "the view asked for (Vaadin's round trip)", "the view's state (highlights) received", "drawing started",
            "first slice of the text written", "all drawn, highlights included (next frame)"};

    /** Where the time of one opening went, from the browser's resource timings and the element's marks. */
    private static double[] phases() {
        @SuppressWarnings("unchecked")
        List<Number> values = (List<Number>) js("""
                const nav = performance.getEntriesByType('navigation')[0];
                const res = performance.getEntriesByType('resource');
                const scripts = res.filter(r => r.name.includes('/VAADIN/') && r.name.includes('.js'));
                const view = res.filter(r => r.name.includes('v-r=uidl'))
                  .sort((a, b) => b.encodedBodySize - a.encodedBodySize)[0];
                return [nav.responseEnd, Math.max(0, ...scripts.map(r => r.responseEnd)),
                        view ? view.startTime : -1, view ? view.responseEnd : -1,
                        window.__ccRenderStartedAt, window.__ccHtmlWrittenAt, window.__ccReaderReadyAt];""");
        return values.stream().mapToDouble(Number::doubleValue).toArray();
    }

    /** Every request of the last opening measured, in the order they started: what waits for what. */
    private static String timeline(long articleId) {
        var chromium = (org.openqa.selenium.chromium.ChromiumDriver) com.codeborne.selenide.WebDriverRunner.getWebDriver();
        chromium.executeCdpCommand("Profiler.enable", java.util.Map.of());
        chromium.executeCdpCommand("Profiler.setSamplingInterval", java.util.Map.of("interval", 200));
        chromium.executeCdpCommand("Profiler.start", java.util.Map.of());
        Selenide.open("/articles/" + articleId);
        $("cc-article-text").shouldHave(attribute("data-ready", String.valueOf(ANNOTATIONS)), Duration.ofSeconds(60));
        String profile = ManyReadersBenchmarkIT.topFunctions(chromium.executeCdpCommand("Profiler.stop", java.util.Map.of()), 25);
        @SuppressWarnings("unchecked")
        List<String> rows = (List<String>) js("""
                const nav = performance.getEntriesByType('navigation')[0];
                const rows = [[0, nav.responseEnd, nav.transferSize, 'page']];
                performance.getEntriesByType('resource').forEach(r => rows.push(
                  [r.startTime, r.responseEnd, r.transferSize, r.name.replace(location.origin, '').substring(0, 70)]));
                return rows.sort((a, b) => a[0] - b[0]).map(r =>
                  `${r[0].toFixed(0).padStart(6)} ${r[1].toFixed(0).padStart(6)} ${String(r[2]).padStart(9)}  ${r[3]}`);""");
        return "requests of one opening (start ms, end ms, bytes):\n" + String.join("\n", rows) + "\n"
                + "the browser's main thread during that opening, self time per function (CPU profile):\n" + profile + "\n";
    }

    private static String phaseReport(List<double[]> phases) {
        StringBuilder sb = new StringBuilder("where the time goes (median ms from navigation start):\n");
        for (int p = 0; p < PHASES.length; p++) {
            int index = p;
            double[] at = phases.stream().mapToDouble(run -> run[index]).toArray();
            sb.append(String.format(Locale.ENGLISH, "  %-48s %6.0f%n", PHASES[p], median(at)));
        }
        return sb.toString();
    }

    /** About 1 MB of real prose: the demo articles over and over, one paragraph per line. */
    private static String largeText() {
        return largeText(TARGET_CHARS);
    }

    private static String largeText(int chars) {
        StringBuilder sb = new StringBuilder();
        String[] files = {"000-arab-news.txt", "001-un-news-scoop.txt", "002-republic-world.txt",
                "003-reworded-copy.txt", "004-organization-for-world-peace.txt"};
        for (int i = 0; sb.length() < chars; i++) {
            sb.append(TestData.fixture(files[i % files.length])).append('\n');
        }
        return sb.toString();
    }

    /** 5,000 spans of 2 to 8 words spread over the text; every tenth overlaps the one before. */
    private static List<NewAnnotation> spreadAnnotations(String text) {
        return spreadAnnotations(text, ANNOTATIONS);
    }

    private static List<NewAnnotation> spreadAnnotations(String text, int count) {
        Random random = new Random(42);
        List<NewAnnotation> list = new ArrayList<>();
        int step = text.length() / count;
        AnnotationKind[] kinds = AnnotationKind.values();
        for (int i = 0; i < count; i++) {
            int start = wordStart(text, i * step + (i % 10 == 9 ? -step / 2 : 0));
            int end = start;
            for (int w = 0, n = 2 + random.nextInt(7); w < n && end < text.length(); w++) {
                end = text.indexOf(' ', end + 1);
                if (end < 0) {
                    end = text.length();
                }
            }
            AnnotationKind kind = kinds[i % kinds.length];
            AnnotationFields fields = switch (kind) {
                case QUOTE -> AnnotationFields.quote("Speaker " + (i % 40));
                case FIGURE -> AnnotationFields.figure(BigDecimal.valueOf(i), FigureQualifier.ABOUT, "things counted");
                case NOTE, CUSTOM -> AnnotationFields.note("Note " + i);
            };
            list.add(new NewAnnotation(kind, start, end, fields));
        }
        return list;
    }

    private static int wordStart(String text, int at) {
        int i = Math.max(0, Math.min(at, text.length() - 2));
        while (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** The same paragraphs and highlights as plain HTML, painted without any script but the timer. */
    private static void writeStaticPage(String text, List<int[]> spans) throws IOException {
        String[] css = {"rgba(245,176,30,.38)", "rgba(54,132,230,.28)", "rgba(46,170,110,.30)"};
        List<int[]> sorted = new ArrayList<>(spans);
        sorted.sort((a, b) -> Integer.compare(a[0], b[0]));
        StringBuilder html = new StringBuilder("<!doctype html><html><head><meta charset='utf-8'><title>static</title>"
                + "<style>body{font:17px/1.7 Georgia,serif;max-width:46rem;margin:0 auto}p{margin:0 0 .9em}</style>"
                + "</head><body><main>");
        int paragraphStart = 0;
        for (String paragraph : text.split("\n", -1)) {
            int paragraphEnd = paragraphStart + paragraph.length();
            html.append("<p>");
            int pos = paragraphStart;
            for (int[] s : sorted) {
                if (s[1] <= pos || s[0] >= paragraphEnd) {
                    continue;
                }
                int from = Math.max(s[0], pos);
                int to = Math.min(s[1], paragraphEnd);
                html.append(escape(text.substring(pos, from)))
                        .append("<mark style='background:").append(css[s[2]]).append("'>")
                        .append(escape(text.substring(from, to))).append("</mark>");
                pos = to;
            }
            html.append(escape(text.substring(pos, paragraphEnd))).append("</p>");
            paragraphStart = paragraphEnd + 1;
        }
        html.append("</main><script>requestAnimationFrame(() => window.__staticReadyAt = performance.now())</script>"
                + "</body></html>");
        Files.createDirectories(Path.of("target/bench-static"));
        Files.writeString(Path.of("target/bench-static/bench-static.html"), html, StandardCharsets.UTF_8);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

}
