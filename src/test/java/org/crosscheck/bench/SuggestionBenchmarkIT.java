package org.crosscheck.bench;

import org.crosscheck.TestData;
import org.crosscheck.suggest.SuggestionFilter;
import org.crosscheck.suggest.SuggestionRunDetails;
import org.crosscheck.suggest.SuggestionRunner;
import org.crosscheck.suggest.SuggestionService;
import org.crosscheck.suggest.engine.ArticleFindings;
import org.crosscheck.suggest.engine.EngineArticle;
import org.crosscheck.suggest.engine.ProjectFindings;
import org.crosscheck.suggest.engine.SuggestionEngine;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.crosscheck.TestData.as;

/**
 * Suggestions at size (issue 13): the engine's throughput on one core (MB of UTF-8 text per second,
 * the demo and evaluation articles repeated into 2 MB), the engine on a 200-article project (per
 * article, then across articles), and a 200-article project computed through the service on H2, from
 * reading the articles to storing the suggestions. {@code mvn -Pproduction,bench verify
 * -Dit.test=SuggestionBenchmarkIT}. Figures go to the console and target/bench/. Not a pass/fail test.
 */
@Tag("bench")
@SpringBootTest(properties = {"logging.level.org.crosscheck=warn",
        "test.db.url=jdbc:h2:file:./target/bench/h2-suggest-${random.uuid};DB_CLOSE_DELAY=-1"})
@ActiveProfiles("test")
class SuggestionBenchmarkIT {

    static final int ARTICLES = 200;
    static final int RUNS = 7;

    @Autowired TestData data;
    @Autowired SuggestionRunner runner;
    @Autowired SuggestionService suggestions;

    private final StringBuilder report = new StringBuilder();

    private static List<String> corpus() throws IOException {
        List<String> texts = new ArrayList<>();
        for (String f : List.of("000-arab-news.txt", "001-un-news-scoop.txt", "002-republic-world.txt",
                "003-reworded-copy.txt", "004-organization-for-world-peace.txt")) {
            texts.add(TestData.fixture(f));
        }
        try (var files = Files.list(Path.of("src/test/resources/suggest-eval/storm-idris"))) {
            for (Path p : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(p));
            }
        }
        return texts;
    }

    @Test
    void suggestionsAtSize() throws IOException {
        List<String> corpus = corpus();
        SuggestionEngine engine = new SuggestionEngine();

        // 1. Throughput of the per-article engine on one core.
        StringBuilder big = new StringBuilder();
        int n = 0;
        while (big.length() < 2_000_000) {
            big.append(corpus.get(n++ % corpus.size())).append("\n\n");
        }
        String text = big.toString();
        double megabytes = text.getBytes(StandardCharsets.UTF_8).length / 1_000_000.0;
        EngineArticle one = new EngineArticle(1, "Big", text);
        // Warmed up first: the figures are for the compiled code a running server has.
        for (int i = 0; i < 10; i++) {
            engine.analyse(one);
        }
        double[] mbPerSecond = new double[RUNS];
        int found = 0;
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            ArticleFindings f = engine.analyse(one);
            mbPerSecond[i] = megabytes / ((System.nanoTime() - t0) / 1e9);
            found = f.quotes().size() + f.figures().size();
        }
        Arrays.sort(mbPerSecond);
        line("engine, one article of %.1f MB, one core: %.1f MB/s median (%.1f–%.1f over %d runs), %d quotes and figures",
                megabytes, mbPerSecond[RUNS / 2], mbPerSecond[0], mbPerSecond[RUNS - 1], RUNS, found);

        // 2. A 200-article project, the engine alone: every article, then across them.
        List<EngineArticle> project = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            project.add(new EngineArticle(i, "Outlet " + (i % 40), "Copy " + i + ".\n\n" + corpus.get(i % corpus.size())));
        }
        long[] each = new long[RUNS];
        long[] across = new long[RUNS];
        ProjectFindings findings = null;
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            List<ArticleFindings> per = project.stream().map(engine::analyse).toList();
            long t1 = System.nanoTime();
            findings = engine.across(project, per);
            each[i] = (t1 - t0) / 1_000_000;
            across[i] = (System.nanoTime() - t1) / 1_000_000;
        }
        Arrays.sort(each);
        Arrays.sort(across);
        double projectMb = project.stream().mapToLong(a -> a.text().getBytes(StandardCharsets.UTF_8).length).sum() / 1e6;
        line("engine, %d articles (%.2f MB): %d ms article by article (%.1f MB/s) + %d ms across articles (medians of %d),"
                        + " %d contradictions", ARTICLES, projectMb, each[RUNS / 2], projectMb / (each[RUNS / 2] / 1000.0),
                across[RUNS / 2], RUNS, findings.contradictions().size());

        // 3. The same project through the service on H2: read, compute, store, in the background thread's steps.
        String lead = data.user("bench");
        long projectId = data.project(lead);
        for (EngineArticle a : project) {
            data.article(projectId, lead, "Article " + a.id(), a.text());
        }
        long[] service = new long[3];
        SuggestionRunDetails run = null;
        for (int i = 0; i < service.length; i++) {
            long t0 = System.nanoTime();
            run = as(lead, () -> runner.runNow(projectId));
            service[i] = (System.nanoTime() - t0) / 1_000_000;
        }
        long pending = as(lead, () -> suggestions.count(projectId, SuggestionFilter.pending()));
        line("service on H2, %d articles: %d, %d, %d ms per run (status %s, %d proposed, %d pending)", ARTICLES,
                service[0], service[1], service[2], run.status(), run.proposed(), pending);

        Files.createDirectories(Path.of("target/bench"));
        Files.writeString(Path.of("target/bench/suggestions.txt"), report);
    }

    private void line(String format, Object... args) {
        String s = String.format(Locale.ROOT, format, args);
        System.out.println("[bench] " + s);
        report.append(s).append('\n');
    }
}
