package org.crosscheck.bench;

import com.codeborne.selenide.Configuration;
import com.codeborne.selenide.Selenide;
import org.crosscheck.TestData;
import org.crosscheck.account.AccountService;
import org.crosscheck.annotation.AnnotationFields;
import org.crosscheck.annotation.AnnotationKind;
import org.crosscheck.annotation.AnnotationService;
import org.crosscheck.annotation.NewAnnotation;
import org.crosscheck.article.ArticleWorkflow;
import org.crosscheck.browser.BrowserTest;
import org.crosscheck.curation.CurationService;
import org.crosscheck.project.ProjectRole;
import org.crosscheck.project.ProjectService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static org.crosscheck.bench.Spread.max;
import static org.crosscheck.bench.Spread.median;
import static org.crosscheck.bench.Spread.min;

/**
 * Agreement and curation of one article marked independently by two reviewers, 2,000 annotations
 * each (issue 28: "open in under 1 s"): the service computing agreement and every place, and
 * Chromium opening the curation screen until the agreement table and the first places are shown.
 * {@code mvn -Pproduction,bench verify -Dit.test=CurationBenchmarkIT}; figures to the console and
 * target/bench/curation.txt. Not a pass/fail test.
 */
@Tag("bench")
class CurationBenchmarkIT extends BrowserTest {

    private static final int PARAGRAPHS = 2_000;
    private static final int WARMUP = 3;
    private static final int RUNS = 7;

    @Autowired AnnotationService annotations;
    @Autowired ArticleWorkflow workflow;
    @Autowired ProjectService projects;
    @Autowired CurationService curation;
    @Autowired AccountService accounts;

    @Test
    void twoTimesTwoThousandAnnotations() throws IOException {
        String lead = data.user("lead");
        String first = data.user("first");
        String second = data.user("second");
        long projectId = data.project(lead);
        data.member(projectId, lead, first, ProjectRole.REVIEWER);
        data.member(projectId, lead, second, ProjectRole.REVIEWER);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < PARAGRAPHS; i++) {
            text.append("Paragraph ").append(i).append(": the spokesperson said that ").append(i % 97 + 3)
                    .append(" people were hurt in the main city on Friday, and more were detained.\n\n");
        }
        long articleId = data.article(projectId, lead, "Two thousand places", text.toString());
        String stored = TestData.as(lead, () -> data.text(articleId));
        TestData.run(lead, () -> projects.setIndependent(projectId, true));
        long firstId = TestData.as(first, () -> accounts.me()).id();
        long secondId = TestData.as(second, () -> accounts.me()).id();
        TestData.run(lead, () -> workflow.setAssignees(articleId, List.of(firstId, secondId)));
        // The first marks "the spokesperson" in every paragraph; the second the same in 6 of 10, a longer span
        // in 3 of 10 (an overlap to decide), and "people" as a figure in 1 of 10.
        List<NewAnnotation> firsts = new ArrayList<>();
        List<NewAnnotation> seconds = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < PARAGRAPHS; i++) {
            int s = stored.indexOf("the spokesperson", from);
            int p = stored.indexOf("people", s);
            from = p;
            firsts.add(new NewAnnotation(AnnotationKind.NOTE, s, s + "the spokesperson".length(), AnnotationFields.note("speaker")));
            seconds.add(switch (i % 10) {
                case 0, 1, 2, 3, 4, 5 -> new NewAnnotation(AnnotationKind.NOTE, s, s + "the spokesperson".length(),
                        AnnotationFields.note("speaker"));
                case 6, 7, 8 -> new NewAnnotation(AnnotationKind.NOTE, s, s + "the spokesperson said".length(),
                        AnnotationFields.note("speaker, saying"));
                default -> new NewAnnotation(AnnotationKind.FIGURE, p - 3, p + "people".length(),
                        AnnotationFields.figure(java.math.BigDecimal.valueOf(i % 97 + 3), null, "people hurt"));
            });
        }
        for (int at = 0; at < PARAGRAPHS; at += 500) {
            List<NewAnnotation> a = firsts.subList(at, Math.min(PARAGRAPHS, at + 500));
            List<NewAnnotation> b = seconds.subList(at, Math.min(PARAGRAPHS, at + 500));
            TestData.run(first, () -> annotations.createAll(articleId, a));
            TestData.run(second, () -> annotations.createAll(articleId, b));
        }
        TestData.run(first, () -> workflow.submit(articleId));
        TestData.run(second, () -> workflow.submit(articleId));

        double[] agreement = new double[RUNS];
        double[] whole = new double[RUNS];
        int places = 0;
        for (int i = -WARMUP; i < RUNS; i++) {
            long t0 = System.nanoTime();
            TestData.as(lead, () -> curation.agreement(articleId));
            long t1 = System.nanoTime();
            places = TestData.as(lead, () -> curation.of(articleId)).places().size();
            long t2 = System.nanoTime();
            if (i >= 0) {
                agreement[i] = (t1 - t0) / 1e6;
                whole[i] = (t2 - t1) / 1e6;
            }
        }

        login(lead);
        long before = Configuration.pollingInterval;
        Configuration.pollingInterval = 5;
        double[] browser = new double[RUNS];
        double[] inApp = new double[RUNS];
        double[] floor = new double[RUNS];
        try {
            for (int i = -WARMUP; i < RUNS; i++) {
                Selenide.open("/");
                $("#project-list, #main-menu").shouldBe(visible);
                long t0 = System.nanoTime();
                Selenide.open("/articles/" + articleId + "/curate");
                $("#curate-agreement table").shouldBe(visible, Duration.ofSeconds(30));
                com.codeborne.selenide.Selenide.$$("#curate-places vaadin-grid-cell-content").findBy(text("spokesperson"))
                        .shouldBe(visible, Duration.ofSeconds(30));
                $("#curate-counts").shouldHave(text(places + " places"));
                if (i >= 0) {
                    browser[i] = (System.nanoTime() - t0) / 1e6;
                }
                // As a lead gets there: from the project page, the article's Curate link (the router, no page load).
                Selenide.open("/projects/" + projectId);
                $(".curate-link").shouldBe(visible);
                long t1 = System.nanoTime();
                $(".curate-link").click();
                $("#curate-agreement table").shouldBe(visible, Duration.ofSeconds(30));
                com.codeborne.selenide.Selenide.$$("#curate-places vaadin-grid-cell-content").findBy(text("spokesperson"))
                        .shouldBe(visible, Duration.ofSeconds(30));
                if (i >= 0) {
                    inApp[i] = (System.nanoTime() - t1) / 1e6;
                }
                // The floor of a page load: a light view of the same app (Vaadin's own start), opened the same way.
                Selenide.open("/");
                long t2 = System.nanoTime();
                Selenide.open("/notifications");
                $("#notifications").shouldBe(visible, Duration.ofSeconds(30));
                if (i >= 0) {
                    floor[i] = (System.nanoTime() - t2) / 1e6;
                }
            }
        } finally {
            Configuration.pollingInterval = before;
        }
        String report = String.format(Locale.ENGLISH, """
                Curation benchmark: one article, %,d characters, 2 reviewers x %,d annotations, %,d places
                runs: %d (after %d warm-up)
                agreement (service, all figures)   : median %6.1f ms  min %6.1f ms  max %6.1f ms
                curation (service, every place)    : median %6.1f ms  min %6.1f ms  max %6.1f ms
                curation screen in Chromium, wall clock until the agreement table and the first places are shown:
                  from the project page's Curate link  : median %6.0f ms  min %6.0f ms  max %6.0f ms
                  typed address (a full page load)     : median %6.0f ms  min %6.0f ms  max %6.0f ms
                  floor: a light view, full page load  : median %6.0f ms  min %6.0f ms  max %6.0f ms
                goal: under 1,000 ms to open
                """, stored.length(), PARAGRAPHS, places, RUNS, WARMUP, median(agreement), min(agreement), max(agreement),
                median(whole), min(whole), max(whole), median(inApp), min(inApp), max(inApp),
                median(browser), min(browser), max(browser), median(floor), min(floor), max(floor));
        System.out.println(report);
        Files.createDirectories(Path.of("target/bench"));
        Files.writeString(Path.of("target/bench/curation.txt"), report);
    }
}
