package org.crosscheck;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README and everything under docs/ link only to what is there: every relative link and image
 * names a file or directory that exists, and every {@code #anchor} a heading of its target under
 * GitHub's rule. Links to other sites are not fetched; a target outside the repository (such as
 * {@code ../../shared/EVAL.md}) cannot be checked in a clone and is left out. The README stays a front
 * door of at most {@value #README_MAX_LINES} lines.
 */
class DocsLinksTest {

    static final int README_MAX_LINES = 200;

    private static final Path ROOT = Path.of("").toAbsolutePath();

    /** {@code [text](target)} or {@code ![alt](target "title")}; the text may not hold brackets. */
    private static final Pattern LINK = Pattern.compile(
            "!?\\[[^\\[\\]]*]\\(\\s*<?([^)\\s>]*)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    private static final Pattern HEADING = Pattern.compile("^ {0,3}#{1,6}\\s+(.*?)(?:\\s+#+)?\\s*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~)");
    private static final Pattern CODE_SPAN = Pattern.compile("(`+)(.+?)\\1");
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    @Test
    void everyLinkInTheReadmeAndTheDocsResolves() throws IOException {
        List<Path> files = new ArrayList<>();
        files.add(ROOT.resolve("README.md"));
        try (Stream<Path> docs = Files.walk(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
        }
        assertThat(files).hasSizeGreaterThan(5);
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            problems.addAll(new Checker(ROOT).check(file));
        }
        assertThat(problems).as("broken links:%n%s", String.join("\n", problems)).isEmpty();
    }

    @Test
    void theReadmeStaysShort() throws IOException {
        List<String> lines = Files.readAllLines(ROOT.resolve("README.md"));
        assertThat(lines.size())
                .as("README.md has %d lines; move detail into docs/ (at most %d)", lines.size(), README_MAX_LINES)
                .isLessThanOrEqualTo(README_MAX_LINES);
    }

    @Test
    void aBrokenFileOrAnchorIsReportedWithItsFileAndLine(@TempDir Path repo) throws IOException {
        Files.createDirectories(repo.resolve("docs/screenshots"));
        Files.writeString(repo.resolve("docs/screenshots/a.png"), "png");
        Files.writeString(repo.resolve("docs/other.md"), """
                # Other

                ## Performance: start-up

                ## Notes
                ## Notes
                """);
        Files.writeString(repo.resolve("docs/guide.md"), """
                # Guide

                ← [Back](../README.md) and [other](other.md#performance-start-up), [again](other.md#notes-1)
                ![shot](screenshots/a.png) [self](#the-guide-itself)

                ## The guide, itself

                [gone](other.md#performance-startup)
                ![missing](screenshots/b.png)
                [here](#nowhere) and `[in code](nowhere.md)` and [`code text`](other.md#notes-2)

                ```bash
                [in a fence](nowhere.md)
                ```
                [site](https://example.org/x#y) [mail](mailto:a@example.org)
                """);
        Files.writeString(repo.resolve("README.md"), "# R\n\n[docs](docs/) [guide](docs/guide.md#guide)\n");

        Checker checker = new Checker(repo);
        assertThat(checker.check(repo.resolve("README.md"))).isEmpty();
        assertThat(checker.check(repo.resolve("docs/guide.md"))).containsExactly(
                "docs/guide.md:8: [gone](other.md#performance-startup): no heading 'performance-startup' in docs/other.md",
                "docs/guide.md:9: ![missing](screenshots/b.png): docs/screenshots/b.png does not exist",
                "docs/guide.md:10: [here](#nowhere): no heading 'nowhere' in docs/guide.md",
                "docs/guide.md:10: [`code text`](other.md#notes-2): no heading 'notes-2' in docs/other.md");
    }

    @Test
    void anchorsAreMadeAsGitHubMakesThem() {
        assertThat(Checker.slug("Performance: start-up")).isEqualTo("performance-start-up");
        assertThat(Checker.slug("At 1,000 articles (issue 26)")).isEqualTo("at-1000-articles-issue-26");
        assertThat(Checker.slug("A script, step by step")).isEqualTo("a-script-step-by-step");
        assertThat(Checker.slug("5. One event shape: `base.DomainEvent`")).isEqualTo("5-one-event-shape-basedomainevent");
        assertThat(Checker.slug("The [audit](x.md) key_file")).isEqualTo("the-audit-key_file");
        assertThat(Checker.anchors(List.of("# A", "## A", "```", "# A", "```", "### A"))).containsExactly("a", "a-1", "a-2");
    }

    /** Finds the broken links of Markdown files inside one repository. */
    static final class Checker {

        private final Path root;
        private final Map<Path, Set<String>> anchors = new HashMap<>();

        Checker(Path root) {
            this.root = root.toAbsolutePath().normalize();
        }

        List<String> check(Path file) throws IOException {
            file = file.toAbsolutePath().normalize();
            String name = root.relativize(file).toString().replace('\\', '/');
            List<String> lines = Files.readAllLines(file);
            List<String> problems = new ArrayList<>();
            boolean fenced = false;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (FENCE.matcher(line).find()) {
                    fenced = !fenced;
                    continue;
                }
                if (fenced) {
                    continue;
                }
                String plain = withoutCodeSpans(line);
                Matcher m = LINK.matcher(plain);
                while (m.find()) {
                    String link = line.substring(m.start(), m.end());
                    String problem = problem(file, m.group(1));
                    if (problem != null) {
                        problems.add(name + ":" + (i + 1) + ": " + link + ": " + problem);
                    }
                }
            }
            return problems;
        }

        /** What is wrong with the target, or null. */
        private String problem(Path file, String target) throws IOException {
            if (target.isEmpty()) {
                return "empty target";
            }
            if (SCHEME.matcher(target).find()) {
                return null; // http(s), mailto: not fetched
            }
            int hash = target.indexOf('#');
            String pathPart = URLDecoder.decode(hash < 0 ? target : target.substring(0, hash), StandardCharsets.UTF_8);
            String anchor = hash < 0 ? null : URLDecoder.decode(target.substring(hash + 1), StandardCharsets.UTF_8);
            Path to = pathPart.isEmpty() ? file : file.getParent().resolve(pathPart).normalize();
            if (!to.startsWith(root)) {
                return null; // outside the repository: not there in a clone, cannot be checked
            }
            String shown = root.relativize(to).toString().replace('\\', '/');
            if (!Files.exists(to)) {
                return shown + " does not exist";
            }
            if (anchor == null) {
                return null;
            }
            if (!Files.isRegularFile(to) || !to.toString().endsWith(".md")) {
                return "#" + anchor + " points into " + shown + ", which is not a Markdown file";
            }
            Set<String> headings = anchors.computeIfAbsent(to, p -> {
                try {
                    return anchors(Files.readAllLines(p));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            return headings.contains(anchor) ? null : "no heading '" + anchor + "' in " + shown;
        }

        /** The anchors GitHub gives a file's headings, in order; headings in fenced code do not count. */
        static Set<String> anchors(List<String> lines) {
            Set<String> result = new LinkedHashSet<>();
            Map<String, Integer> seen = new HashMap<>();
            boolean fenced = false;
            for (String line : lines) {
                if (FENCE.matcher(line).find()) {
                    fenced = !fenced;
                    continue;
                }
                Matcher m = HEADING.matcher(line);
                if (fenced || !m.matches()) {
                    continue;
                }
                String slug = slug(m.group(1));
                int n = seen.merge(slug, 1, Integer::sum) - 1;
                result.add(n == 0 ? slug : slug + "-" + n);
            }
            return result;
        }

        /**
         * GitHub's rule, on the heading's text as shown: lowercase, every character other than a letter,
         * a digit, a space, a hyphen or an underscore removed, each space a hyphen.
         */
        static String slug(String heading) {
            String text = heading
                    .replaceAll("!?\\[([^\\]]*)]\\([^)]*\\)", "$1") // a link or an image: its text
                    .replaceAll("<[^>]+>", "")                      // inline HTML
                    .replace("`", "").replace("*", "");
            return text.toLowerCase(java.util.Locale.ROOT)
                    .replaceAll("[^\\p{L}\\p{M}\\p{N} _-]", "")
                    .replace(' ', '-');
        }

        /** The line with each code span's content blanked out, so that nothing in it reads as a link. */
        private static String withoutCodeSpans(String line) {
            Matcher m = CODE_SPAN.matcher(line);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String ticks = m.group(1);
                m.appendReplacement(out, Matcher.quoteReplacement(ticks + "x".repeat(m.group(2).length()) + ticks));
            }
            m.appendTail(out);
            return out.toString();
        }
    }
}
