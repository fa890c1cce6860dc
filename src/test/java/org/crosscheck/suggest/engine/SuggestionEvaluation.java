package org.crosscheck.suggest.engine;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Runs the engine on a hand-labelled set ({@code src/test/resources/suggest-eval/NAME/labels.json})
 * and counts what it got right. A found span matches a labelled one when they overlap by at least half
 * of the shorter; each labelled span is matched at most once. A found contradiction matches a labelled
 * one of its category when it covers labelled spans of at least two of its articles.
 */
final class SuggestionEvaluation {

    record Span(String article, int start, int end) {
        boolean matches(Span other) {
            if (!article.equals(other.article)) {
                return false;
            }
            int overlap = Math.min(end, other.end) - Math.max(start, other.start);
            return overlap > 0 && overlap * 2 >= Math.min(end - start, other.end - other.start);
        }
    }

    record Counts(int gold, int found, int matched, int detailLabelled, int detailRight) {
        double precision() {
            return found == 0 ? 1 : (double) matched / found;
        }

        double recall() {
            return gold == 0 ? 1 : (double) matched / gold;
        }

        double detail() {
            return detailLabelled == 0 ? 1 : (double) detailRight / detailLabelled;
        }
    }

    record Result(String set, Counts quotes, Counts figures, Counts contradictions, int maxFalsePerArticle,
                  List<String> misses) {
    }

    private SuggestionEvaluation() {
    }

    static Result evaluate(String set) throws IOException {
        JsonNode labels = JsonMapper.builder().build()
                .readTree(Path.of("src/test/resources/suggest-eval", set, "labels.json").toFile());
        Map<String, String> texts = new HashMap<>();
        Map<String, Long> ids = new HashMap<>();
        Map<Long, String> keys = new HashMap<>();
        List<EngineArticle> articles = new ArrayList<>();
        long id = 1;
        for (JsonNode a : labels.get("articles")) {
            String key = a.get("key").asString();
            String text = Files.readString(Path.of(a.get("file").asString()));
            texts.put(key, text);
            ids.put(key, id);
            keys.put(id, key);
            articles.add(new EngineArticle(id++, a.get("outlet").asString(), text));
        }
        ProjectFindings found = EndToEndEvaluation.engine().analyseProject(articles);
        List<String> misses = new ArrayList<>();

        List<Span> foundQuotes = new ArrayList<>();
        List<String> foundSpeakers = new ArrayList<>();
        List<Span> foundFigures = new ArrayList<>();
        List<String> foundCounted = new ArrayList<>();
        for (ArticleFindings f : found.articles()) {
            String key = keys.get(f.articleId());
            f.quotes().forEach(q -> {
                foundQuotes.add(new Span(key, q.start(), q.end()));
                foundSpeakers.add(q.speaker());
            });
            f.figures().forEach(g -> {
                foundFigures.add(new Span(key, g.start(), g.end()));
                foundCounted.add(g.counted());
            });
        }

        // Quotes, and the speaker of each quote found.
        int quoteMatched = 0;
        int speakerRight = 0;
        boolean[] used = new boolean[foundQuotes.size()];
        int goldQuotes = 0;
        for (JsonNode q : labels.get("quotes")) {
            goldQuotes++;
            Span gold = span(q, texts);
            int i = firstUnused(foundQuotes, used, gold);
            if (i < 0) {
                misses.add("quote missed: " + q.get("article").asString() + " " + q.get("exact").asString());
                continue;
            }
            used[i] = true;
            quoteMatched++;
            if (sameSpeaker(q.get("speaker").asString(), foundSpeakers.get(i))) {
                speakerRight++;
            } else {
                misses.add("speaker wrong: " + q.get("exact").asString() + " → " + foundSpeakers.get(i)
                        + " (labelled " + q.get("speaker").asString() + ")");
            }
        }
        for (int i = 0; i < used.length; i++) {
            if (!used[i]) {
                Span s = foundQuotes.get(i);
                misses.add("quote not labelled: " + s.article() + " " + texts.get(s.article()).substring(s.start(), s.end()));
            }
        }

        // Figures, and what each figure found counts, where the label says.
        int figureMatched = 0;
        int countedLabelled = 0;
        int countedRight = 0;
        used = new boolean[foundFigures.size()];
        int goldFigures = 0;
        for (JsonNode g : labels.get("figures")) {
            goldFigures++;
            Span gold = span(g, texts);
            int i = firstUnused(foundFigures, used, gold);
            if (i < 0) {
                misses.add("figure missed: " + g.get("article").asString() + " " + g.get("exact").asString());
                continue;
            }
            used[i] = true;
            figureMatched++;
            if (g.has("thing")) {
                countedLabelled++;
                if (sameThing(g.get("thing").asString(), g.has("event") ? g.get("event").asString() : null,
                        foundCounted.get(i))) {
                    countedRight++;
                } else {
                    misses.add("counted wrong: " + g.get("exact").asString() + " → " + foundCounted.get(i)
                            + " (labelled " + g.get("thing").asString()
                            + (g.has("event") ? " " + g.get("event").asString() : "") + ")");
                }
            }
        }
        for (int i = 0; i < used.length; i++) {
            if (!used[i]) {
                Span s = foundFigures.get(i);
                misses.add("figure not labelled: " + s.article() + " " + texts.get(s.article()).substring(s.start(), s.end()));
            }
        }

        // Contradictions.
        List<JsonNode> gold = new ArrayList<>();
        labels.get("contradictions").forEach(gold::add);
        boolean[] goldUsed = new boolean[gold.size()];
        int contradictionMatched = 0;
        Map<String, Integer> falsePerArticle = new HashMap<>();
        for (FoundContradiction c : found.contradictions()) {
            List<Span> spans = c.spans().stream().map(s -> new Span(keys.get(s.articleId()), s.start(), s.end())).toList();
            int hit = -1;
            for (int g = 0; g < gold.size() && hit < 0; g++) {
                if (!goldUsed[g] && gold.get(g).get("category").asString().equals(c.category().name())
                        && coversTwoArticles(gold.get(g), spans, texts)) {
                    hit = g;
                }
            }
            if (hit >= 0) {
                goldUsed[hit] = true;
                contradictionMatched++;
            } else {
                misses.add("contradiction not labelled: " + c.category() + " " + c.explanation());
                spans.stream().map(Span::article).distinct().forEach(a -> falsePerArticle.merge(a, 1, Integer::sum));
            }
        }
        for (int g = 0; g < gold.size(); g++) {
            if (!goldUsed[g]) {
                misses.add("contradiction missed: " + gold.get(g));
            }
        }
        int maxFalse = falsePerArticle.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        return new Result(set,
                new Counts(goldQuotes, foundQuotes.size(), quoteMatched, quoteMatched, speakerRight),
                new Counts(goldFigures, foundFigures.size(), figureMatched, countedLabelled, countedRight),
                new Counts(gold.size(), found.contradictions().size(), contradictionMatched, 0, 0),
                maxFalse, misses);
    }

    private static boolean coversTwoArticles(JsonNode gold, List<Span> spans, Map<String, String> texts) {
        Set<String> articles = new HashSet<>();
        for (JsonNode g : gold.get("spans")) {
            Span labelled = span(g, texts);
            if (spans.stream().anyMatch(s -> s.matches(labelled))) {
                articles.add(labelled.article());
            }
        }
        return articles.size() >= 2;
    }

    private static int firstUnused(List<Span> found, boolean[] used, Span gold) {
        for (int i = 0; i < found.size(); i++) {
            if (!used[i] && found.get(i).matches(gold)) {
                return i;
            }
        }
        return -1;
    }

    private static Span span(JsonNode label, Map<String, String> texts) {
        String article = label.get("article").asString();
        String exact = label.get("exact").asString();
        int occurrence = label.has("occurrence") ? label.get("occurrence").asInt() : 1;
        String text = texts.get(article);
        int at = -1;
        for (int n = 0; n < occurrence; n++) {
            at = text.indexOf(exact, at + 1);
            if (at < 0) {
                throw new IllegalStateException("label not in article " + article + ": " + exact);
            }
        }
        return new Span(article, at, at + exact.length());
    }

    /** Same person: the same surname, folded ("Stéphane Dujarric" is "Stephane Dujarric"), or one name holding the other. */
    static boolean sameSpeaker(String labelled, String found) {
        if (found == null) {
            return false;
        }
        String a = Words.fold(labelled);
        String b = Words.fold(found);
        return a.equals(b) || SpeakerNames.surname(labelled).equals(SpeakerNames.surname(found))
                || a.contains(b) || b.contains(a);
    }

    /** Right when what happened matches the label's event and at least half the label's words for the thing are there. */
    static boolean sameThing(String thing, String event, String found) {
        if (found == null) {
            return false;
        }
        List<String> foundStems = Words.stems(found);
        if (event != null) {
            String e = switch (event) {
                case "increase", "decrease" -> event;
                default -> Words.stem(event);
            };
            if (!foundStems.contains(e)) {
                return false;
            }
        }
        List<String> wanted = Words.stems(thing).stream()
                .filter(w -> !Set.of("of", "the", "and", "in", "a").contains(w)).toList();
        long present = wanted.stream().filter(foundStems::contains).count();
        return present * 2 >= wanted.size();
    }

    static String report(Result r) {
        return String.format(Locale.ROOT,
                "%s: quotes P %.2f R %.2f speaker %.2f (%d labelled, %d found) | figures P %.2f R %.2f counted %.2f "
                        + "(%d labelled, %d found) | contradictions R %.2f, %d of %d proposed right, at most %d false per article",
                r.set(), r.quotes().precision(), r.quotes().recall(), r.quotes().detail(), r.quotes().gold(),
                r.quotes().found(), r.figures().precision(), r.figures().recall(), r.figures().detail(), r.figures().gold(),
                r.figures().found(), r.contradictions().recall(), r.contradictions().matched(), r.contradictions().found(),
                r.maxFalsePerArticle());
    }
}
