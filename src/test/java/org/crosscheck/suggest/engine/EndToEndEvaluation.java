package org.crosscheck.suggest.engine;

import org.crosscheck.article.BodyDetector;
import org.crosscheck.review.ContradictionCategory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Scores the engine end to end as {@code ../shared/EVAL.md} describes: each raw page goes through body
 * detection as an upload would, the engine computes the event's articles together, and what it proposes
 * is matched with the labels (offsets in code points over the raw page). Labels lying outside the
 * detected body count as missed; matching is one to one within an article, strict (one text contains
 * the other at a length ratio of at least 0.5, or word Jaccard at least 0.6) and, beside it, half (the
 * spans overlap by half the shorter).
 */
final class EndToEndEvaluation {

    /** Counts over one or more events. */
    static final class Score {
        int articles;
        int goldQuotes, foundQuotes, quotesStrict, quotesHalf, speakerRight;
        int goldFigures, foundFigures, figuresStrict, figuresHalf, valueRight;
        int goldContradictions, contradictionsFound, suggestedContradictions, falseAlarms;
        final Map<String, int[]> byCategory = new TreeMap<>();   // labelled category → {labelled, found}
        final Set<ContradictionCategory> proposed = EnumSet.noneOf(ContradictionCategory.class);
        final List<String> misses = new ArrayList<>();
        final List<String> missingPages = new ArrayList<>();
        /** Factual-conflict proposals by the number of words their sentences share: {proposed, right}. */
        final Map<Integer, int[]> factualByShared = new TreeMap<>();

        double quoteRecall() { return ratio(quotesStrict, goldQuotes); }
        double quotePrecision() { return ratio(quotesStrict, foundQuotes); }
        double speakerRight() { return ratio(speakerRight, quotesStrict); }
        double figureRecall() { return ratio(figuresStrict, goldFigures); }
        double figurePrecision() { return ratio(figuresStrict, foundFigures); }
        double figureRecallHalf() { return ratio(figuresHalf, goldFigures); }
        double figurePrecisionHalf() { return ratio(figuresHalf, foundFigures); }
        double valueRight() { return ratio(valueRight, figuresStrict); }
        double contradictionsFound() { return ratio(contradictionsFound, goldContradictions); }
        double falseAlarmsPerArticle() { return articles == 0 ? 0 : (double) falseAlarms / articles; }

        private static double ratio(int a, int b) {
            return b == 0 ? 1 : (double) a / b;
        }

        String report(String name) {
            StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
                    "%s (%d articles): quotes R %.2f P %.2f (%d labelled, %d proposed; half R %.2f), speaker right %.2f"
                            + " | figures R %.2f P %.2f strict, R %.2f P %.2f half (%d labelled, %d proposed), value right %.2f"
                            + " | contradictions found %.2f (%d of %d), %d proposed, false alarms %.2f per article",
                    name, articles, quoteRecall(), quotePrecision(), goldQuotes, foundQuotes, ratio(quotesHalf, goldQuotes),
                    speakerRight(), figureRecall(), figurePrecision(), figureRecallHalf(), figurePrecisionHalf(),
                    goldFigures, foundFigures, valueRight(), contradictionsFound(), contradictionsFound,
                    goldContradictions, suggestedContradictions, falseAlarmsPerArticle()));
            s.append("\n  by category (found/labelled):");
            byCategory.forEach((c, n) -> s.append(' ').append(c).append(' ').append(n[1]).append('/').append(n[0]));
            s.append("\n  categories proposed: ").append(proposed);
            if (!factualByShared.isEmpty()) {
                s.append("\n  factual conflicts by shared words (right/proposed):");
                factualByShared.forEach((k, n) -> s.append(' ').append(k).append(':').append(n[1]).append('/').append(n[0]));
            }
            if (!missingPages.isEmpty()) {
                s.append("\n  pages absent, scored without them: ").append(missingPages);
            }
            return s.toString();
        }
    }

    /** A labelled or proposed span in the detected body's characters. */
    private record Span(String file, int start, int end, String text) {
        boolean overlaps(Span o) {
            return file.equals(o.file) && Math.min(end, o.end) > Math.max(start, o.start);
        }

        boolean half(Span o) {
            int overlap = Math.min(end, o.end) - Math.max(start, o.start);
            return file.equals(o.file) && overlap > 0 && overlap * 2 >= Math.min(end - start, o.end - o.start);
        }

        boolean strict(Span o) {
            if (!overlaps(o)) {
                return false;
            }
            String a = text.strip();
            String b = o.text.strip();
            boolean contained = a.contains(b) || b.contains(a);
            double lengths = (double) Math.min(a.length(), b.length()) / Math.max(1, Math.max(a.length(), b.length()));
            return contained && lengths >= 0.5 || jaccard(a, b) >= 0.6;
        }
    }

    /** Where each kept line of the detected body lies in the raw page. */
    private record Body(String text, int[] bodyStarts, int[] rawStarts, int[] lengths) {

        /** The raw span {@code [start, end)} (chars) in the body's chars, or null where detection left it out. */
        int[] map(int rawStart, int rawEnd) {
            int s = -1;
            int e = -1;
            for (int i = 0; i < rawStarts.length; i++) {
                int lineEnd = rawStarts[i] + lengths[i];
                if (s < 0 && rawStart < lineEnd) {
                    s = bodyStarts[i] + Math.max(0, rawStart - rawStarts[i]);
                }
                if (rawStarts[i] < rawEnd) {
                    e = bodyStarts[i] + Math.min(lengths[i], rawEnd - rawStarts[i]);
                }
            }
            return s < 0 || e <= s ? null : new int[] {s, e};
        }

        static Body of(String raw) {
            BodyDetector.DetectedBody detected = BodyDetector.detect(raw, null);
            String plain = raw.replace('\u00A0', ' ');
            List<String> kept = detected.lines().stream().filter(BodyDetector.Line::kept).map(BodyDetector.Line::text).toList();
            int n = kept.size();
            int[] bodyStarts = new int[n];
            int[] rawStarts = new int[n];
            int[] lengths = new int[n];
            int cursor = 0;
            int at = 0;
            for (int i = 0; i < n; i++) {
                String line = kept.get(i);
                int found = plain.indexOf(line, cursor);
                if (found < 0) {
                    throw new IllegalStateException("a kept line is not in the page: " + line);
                }
                rawStarts[i] = found;
                lengths[i] = line.length();
                bodyStarts[i] = at;
                at += line.length() + 2;
                cursor = found + line.length();
            }
            return new Body(detected.body(), bodyStarts, rawStarts, lengths);
        }
    }

    private EndToEndEvaluation() {
    }

    /** Every event folder (one holding a {@code labels.json}) under {@code root} whose half is {@code half} (null: all). */
    static List<Path> events(Path root, String half) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(root)) {
            List<Path> all = dirs.filter(d -> Files.isRegularFile(d.resolve("labels.json"))).sorted().toList();
            List<Path> chosen = new ArrayList<>();
            for (Path d : all) {
                if (half == null || half.equals(read(d.resolve("labels.json")).path("half").asString())) {
                    chosen.add(d);
                }
            }
            return chosen;
        }
    }

    /**
     * The engine as the app runs it; with {@code -Dcrosscheck.eval.factualThreshold=N} also the (not yet
     * registered) factual-conflict detector, proposing from N shared words, to measure its precision.
     */
    static SuggestionEngine engine() {
        Integer threshold = Integer.getInteger("crosscheck.eval.factualThreshold");
        if (threshold == null) {
            return new SuggestionEngine();
        }
        List<ContradictionDetector> across = new ArrayList<>(Detectors.ACROSS_ARTICLES);
        across.add(new FactualConflicts(threshold));
        return new SuggestionEngine(Detectors.IN_ARTICLES, across);
    }

    /** Scores the events in {@code dirs}, whose pages lie beside their labels or under {@code pages} (same event folder names). */
    static Score score(List<Path> dirs, Path pages) throws IOException {
        Score score = new Score();
        for (Path dir : dirs) {
            scoreEvent(dir, pages == null ? dir : pages.resolve(dir.getFileName().toString()), score);
        }
        return score;
    }

    private static void scoreEvent(Path labelsDir, Path pagesDir, Score score) throws IOException {
        JsonNode labels = read(labelsDir.resolve("labels.json"));
        String event = labelsDir.getFileName().toString();
        Map<String, String> raws = new LinkedHashMap<>();
        Map<String, Body> bodies = new HashMap<>();
        Map<Long, String> files = new HashMap<>();
        List<EngineArticle> articles = new ArrayList<>();
        long id = 1;
        List<JsonNode> present = new ArrayList<>();
        for (JsonNode a : labels.get("articles")) {
            String file = a.get("file").asString();
            if (!Files.exists(pagesDir.resolve(file))) {
                // A page that could not be retrieved again: scored without it, and said so.
                score.missingPages.add(event + "/" + file);
                continue;
            }
            present.add(a);
            byte[] bytes = Files.readAllBytes(pagesDir.resolve(file));
            String expected = a.path("sha256").asString("");
            if (!expected.isEmpty() && !expected.equalsIgnoreCase(sha256(bytes))) {
                throw new IllegalStateException(event + "/" + file + ": the page is not the one labelled (sha256 differs)");
            }
            String raw = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
            Body body = Body.of(raw);
            raws.put(file, raw);
            bodies.put(file, body);
            files.put(id, file);
            // The publication time as an import would find it on the page (a dateline with a zone, metadata).
            org.crosscheck.article.PageDetails page = org.crosscheck.article.BodyDetector.details(raw, null);
            articles.add(EngineArticle.of(id++, a.path("outlet").asString(file), body.text(), page.publishedAt(),
                    page.publishedOn()));
        }
        score.articles += articles.size();
        ProjectFindings found = engine().analyseProject(articles);

        List<Span> foundQuotes = new ArrayList<>();
        List<String> speakers = new ArrayList<>();
        List<Span> foundFigures = new ArrayList<>();
        List<FoundFigure> figures = new ArrayList<>();
        for (ArticleFindings f : found.articles()) {
            String file = files.get(f.articleId());
            String text = bodies.get(file).text();
            for (FoundQuote q : f.quotes()) {
                foundQuotes.add(new Span(file, q.start(), q.end(), text.substring(q.start(), q.end())));
                speakers.add(q.speaker());
            }
            for (FoundFigure g : f.figures()) {
                foundFigures.add(new Span(file, g.start(), g.end(), text.substring(g.start(), g.end())));
                figures.add(g);
            }
        }
        score.foundQuotes += foundQuotes.size();
        score.foundFigures += foundFigures.size();

        boolean[] quoteUsed = new boolean[foundQuotes.size()];
        boolean[] quoteHalfUsed = new boolean[foundQuotes.size()];
        boolean[] figureUsed = new boolean[foundFigures.size()];
        boolean[] figureHalfUsed = new boolean[foundFigures.size()];
        for (JsonNode a : present) {
            String file = a.get("file").asString();
            String raw = raws.get(file);
            Body body = bodies.get(file);
            int[] bodyRange = a.hasNonNull("body") ? chars(raw, a.get("body")) : new int[] {0, raw.length()};
            for (JsonNode q : a.path("quotes")) {
                int[] r = chars(raw, q);
                if (r[0] < bodyRange[0] || r[0] >= bodyRange[1]) {
                    continue;   // a quote in a headline, caption or promo: not the article's text
                }
                score.goldQuotes++;
                String where = event + "/" + file + " «" + raw.substring(r[0], r[1]) + "»";
                Match match = match("quote", mapped(file, raw, body, r), where, foundQuotes, quoteUsed, quoteHalfUsed, score);
                score.quotesHalf += match.half() ? 1 : 0;
                int i = match.strict();
                if (i < 0) {
                    continue;
                }
                score.quotesStrict++;
                String speaker = q.path("speaker").asString("");
                if (sameSpeaker(speaker, speakers.get(i))) {
                    score.speakerRight++;
                } else {
                    score.misses.add("speaker wrong: " + where + " → " + speakers.get(i) + " (labelled " + speaker + ")");
                }
            }
            for (JsonNode g : a.path("figures")) {
                int[] r = chars(raw, g);
                if (r[0] < bodyRange[0] || r[0] >= bodyRange[1]) {
                    continue;
                }
                score.goldFigures++;
                String where = event + "/" + file + " «" + raw.substring(r[0], r[1]) + "»";
                Match match = match("figure", mapped(file, raw, body, r), where, foundFigures, figureUsed, figureHalfUsed, score);
                score.figuresHalf += match.half() ? 1 : 0;
                int i = match.strict();
                if (i < 0) {
                    continue;
                }
                score.figuresStrict++;
                if (sameValue(g, figures.get(i))) {
                    score.valueRight++;
                } else {
                    score.misses.add("value wrong: " + where + " → " + figures.get(i).claim() + " (labelled "
                            + g.path("value") + " " + g.path("range") + ")");
                }
            }
        }
        for (int i = 0; i < quoteUsed.length; i++) {
            if (!quoteUsed[i]) {
                score.misses.add("quote not labelled: " + event + "/" + foundQuotes.get(i).file() + " «" + foundQuotes.get(i).text() + "»");
            }
        }
        for (int i = 0; i < figureUsed.length; i++) {
            if (!figureUsed[i]) {
                score.misses.add("figure not labelled: " + event + "/" + foundFigures.get(i).file() + " «" + foundFigures.get(i).text() + "»");
            }
        }

        // Contradictions: a proposal finds a labelled one when it overlaps that one's spans in two articles.
        List<JsonNode> gold = new ArrayList<>();
        labels.path("contradictions").forEach(gold::add);
        List<List<Span>> goldSpans = new ArrayList<>();
        for (JsonNode c : gold) {
            List<Span> spans = new ArrayList<>();
            for (JsonNode s : c.get("spans")) {
                String file = s.get("file").asString();
                if (!raws.containsKey(file)) {
                    continue;
                }
                Span m = mapped(file, raws.get(file), bodies.get(file), chars(raws.get(file), s));
                if (m != null) {
                    spans.add(m);
                }
            }
            goldSpans.add(spans);
        }
        boolean[] goldFound = new boolean[gold.size()];
        for (FoundContradiction c : found.contradictions()) {
            score.suggestedContradictions++;
            score.proposed.add(c.category());
            List<Span> spans = c.spans().stream().map(s -> new Span(files.get(s.articleId()), s.start(), s.end(),
                    bodies.get(files.get(s.articleId())).text().substring(s.start(), s.end()))).toList();
            boolean any = false;
            for (int g = 0; g < gold.size(); g++) {
                if (inTwoArticles(goldSpans.get(g), spans)) {
                    goldFound[g] = true;
                    any = true;
                }
            }
            if (c.category() == ContradictionCategory.FACTUAL_CONFLICT) {
                int[] n = score.factualByShared.computeIfAbsent(FactualConflicts.sharedWords(c), k -> new int[2]);
                n[0]++;
                n[1] += any ? 1 : 0;
            }
            if (!any) {
                score.falseAlarms++;
                score.misses.add("false alarm: " + event + " " + c.category() + " " + c.explanation());
            }
        }
        for (int g = 0; g < gold.size(); g++) {
            if (goldSpans.get(g).stream().map(Span::file).distinct().count() < 2) {
                continue;   // its other side is on a page that is missing
            }
            String category = gold.get(g).get("category").asString();
            int[] n = score.byCategory.computeIfAbsent(category, k -> new int[2]);
            n[0]++;
            score.goldContradictions++;
            if (goldFound[g]) {
                n[1]++;
                score.contradictionsFound++;
            } else {
                score.misses.add("contradiction missed: " + event + " " + category + " "
                        + gold.get(g).path("id").asString() + " " + gold.get(g).path("note").asString(""));
            }
        }
    }

    /** A labelled span's proposal under the half rule (found or not) and under the strict rule (its index, or -1). */
    private record Match(boolean half, int strict) {
    }

    /** Claims the proposals a labelled span matches, noting why it is missed where it is. */
    private static Match match(String kind, Span gold, String where, List<Span> found, boolean[] strictUsed,
                               boolean[] halfUsed, Score score) {
        if (gold == null) {
            score.misses.add(kind + " outside the detected body: " + where);
            return new Match(false, -1);
        }
        boolean half = claim(found, halfUsed, gold, false) >= 0;
        int strict = claim(found, strictUsed, gold, true);
        if (strict < 0) {
            score.misses.add(kind + " missed: " + where);
        }
        return new Match(half, strict);
    }

    private static boolean inTwoArticles(List<Span> labelled, List<Span> proposed) {
        Set<String> files = new HashSet<>();
        for (Span l : labelled) {
            if (proposed.stream().anyMatch(p -> p.overlaps(l))) {
                files.add(l.file());
            }
        }
        return files.size() >= 2;
    }

    /** The unused proposal that best overlaps {@code gold} under the rule, marked used; -1 when none. */
    private static int claim(List<Span> found, boolean[] used, Span gold, boolean strict) {
        int best = -1;
        int bestOverlap = 0;
        for (int i = 0; i < found.size(); i++) {
            Span f = found.get(i);
            if (used[i] || !(strict ? f.strict(gold) : f.half(gold))) {
                continue;
            }
            int overlap = Math.min(f.end(), gold.end()) - Math.max(f.start(), gold.start());
            if (overlap > bestOverlap) {
                best = i;
                bestOverlap = overlap;
            }
        }
        if (best >= 0) {
            used[best] = true;
        }
        return best;
    }

    private static Span mapped(String file, String raw, Body body, int[] rawChars) {
        int[] b = body.map(rawChars[0], rawChars[1]);
        return b == null ? null : new Span(file, b[0], b[1], body.text().substring(b[0], b[1]));
    }

    /** A label's {@code [start, end)} in code points, as chars of the raw text. */
    private static int[] chars(String raw, JsonNode label) {
        int start = raw.offsetByCodePoints(0, label.get("start").asInt());
        int end = raw.offsetByCodePoints(start, label.get("end").asInt() - label.get("start").asInt());
        return new int[] {start, end};
    }

    /** EVAL.md: the same last name, or one name's words contained in the other's. */
    static boolean sameSpeaker(String labelled, String found) {
        if (found == null || labelled.isBlank()) {
            return false;
        }
        List<String> a = words(Words.fold(labelled));
        List<String> b = words(Words.fold(found));
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        return a.getLast().equals(b.getLast()) || a.containsAll(b) || b.containsAll(a);
    }

    private static List<String> words(String s) {
        return Stream.of(s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
    }

    /** The proposed value is the labelled one: the same number, or the same low and high end of a range. */
    private static boolean sameValue(JsonNode label, FoundFigure found) {
        if (found.value() == null || !label.hasNonNull("value")) {
            return false;
        }
        BigDecimal value = label.get("value").decimalValue();
        JsonNode range = label.path("range");
        if (found.valueMax() != null && range.isArray() && range.size() == 2) {
            return found.value().compareTo(range.get(0).decimalValue()) == 0
                    && found.valueMax().compareTo(range.get(1).decimalValue()) == 0;
        }
        return found.value().compareTo(value) == 0;
    }

    private static double jaccard(String a, String b) {
        Set<String> x = new HashSet<>(words(a));
        Set<String> y = new HashSet<>(words(b));
        if (x.isEmpty() && y.isEmpty()) {
            return 1;
        }
        Set<String> union = new HashSet<>(x);
        union.addAll(y);
        x.retainAll(y);
        return (double) x.size() / union.size();
    }

    private static JsonNode read(Path file) throws IOException {
        return JsonMapper.builder().build().readTree(file.toFile());
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
