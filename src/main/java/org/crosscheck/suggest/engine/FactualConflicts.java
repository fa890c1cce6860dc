package org.crosscheck.suggest.engine;

import org.crosscheck.review.ContradictionCategory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A first detector of factual conflicts (statements that are not numbers and cannot both be true):
 * two articles say the same thing about the same two-word subject, one of them denying it ("no
 * rubber bullets were used" against "the police fired rubber bullets"; "tap water tested negative"
 * against "bacteria found in the tap water"). A pair is as likely as the sentences share more than
 * the subject. Not registered in {@link Detectors} yet: at no threshold was it right two times in
 * three on the development data (docs/performance.md, "Suggestion quality"); the evaluation measures it at each.
 * It still reads the articles' texts, which a project's run does not hand over: before it is
 * registered, the statements it reads go into {@link ArticleDigest}.
 */
final class FactualConflicts implements ContradictionDetector {

    /** Shared content words (the subject included) from which a pair is proposed. */
    static final int THRESHOLD = 2;

    private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+(?:[.!?]+[\"”’»]?|$)");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’]*");
    private static final Set<String> NEGATION = Set.of("no", "not", "never", "none", "nor", "neither", "without",
            "denied", "deny", "denies", "negative", "nobody", "nothing", "ruled");
    private static final Set<String> FUNCTION = Set.of("the", "a", "an", "of", "to", "and", "in", "is", "be", "that",
            "it", "for", "on", "are", "they", "we", "this", "with", "as", "but", "or", "at", "by", "all", "was", "were",
            "has", "have", "had", "he", "she", "his", "her", "their", "its", "from", "said", "say", "says", "also",
            "will", "would", "been", "who", "which", "after", "more", "than", "into", "over", "about", "there", "other",
            "new", "any", "some", "one", "two", "them", "our", "us", "you", "your", "i", "my", "me", "him", "what",
            "when", "where", "while", "could", "should", "may", "might", "can", "did", "do", "does", "being", "so",
            "if", "then", "only", "before", "first", "last", "late", "early", "told", "added", "according");

    private final int threshold;

    FactualConflicts() {
        this(THRESHOLD);
    }

    /** With another threshold: how the evaluation measures the precision at each. */
    FactualConflicts(int threshold) {
        this.threshold = threshold;
    }

    private record Statement(long articleId, int start, int end, String text, boolean denied, Set<String> words) {
    }

    @Override
    public List<FoundContradiction> find(List<EngineArticle> articles, List<ArticleFindings> findings) {
        Map<String, List<Statement>> bySubject = new LinkedHashMap<>();
        for (EngineArticle article : articles) {
            for (Statement s : statements(article)) {
                subjects(s.text()).forEach((subject, denied) -> bySubject.computeIfAbsent(subject, k -> new ArrayList<>())
                        .add(new Statement(s.articleId(), s.start(), s.end(), s.text(), denied, s.words())));
            }
        }
        Map<String, FoundContradiction> out = new LinkedHashMap<>();
        bySubject.forEach((subject, list) -> {
            if (list.stream().map(Statement::articleId).distinct().count() > 6) {
                return;   // said everywhere: the event itself, not a disputed detail
            }
            for (int i = 0; i < list.size(); i++) {
                for (int j = i + 1; j < list.size(); j++) {
                    Statement a = list.get(i);
                    Statement b = list.get(j);
                    if (a.articleId() == b.articleId() || a.denied() == b.denied()) {
                        continue;
                    }
                    Set<String> shared = new HashSet<>(a.words());
                    shared.retainAll(b.words());
                    if (shared.size() < threshold) {
                        continue;
                    }
                    Statement denied = a.denied() ? a : b;
                    Statement affirmed = a.denied() ? b : a;
                    String key = affirmed.articleId() + ":" + affirmed.start() + "|" + denied.articleId() + ":" + denied.start();
                    out.putIfAbsent(key, new FoundContradiction(ContradictionCategory.FACTUAL_CONFLICT,
                            List.of(span(a), span(b)), "One article says " + quoted(affirmed.text())
                                    + "; another denies it: " + quoted(denied.text()),
                            Math.min(0.9, 0.4 + 0.05 * shared.size())));
                }
            }
        });
        return List.copyOf(out.values());
    }

    private static SpanAt span(Statement s) {
        return new SpanAt(s.articleId(), s.start(), s.end(), s.text());
    }

    private static String quoted(String s) {
        return "“" + (s.length() > 140 ? s.substring(0, 139) + "…" : s) + "”";
    }

    private static List<Statement> statements(EngineArticle article) {
        List<Statement> out = new ArrayList<>();
        Matcher m = SENTENCE.matcher(article.text());
        while (m.find()) {
            String raw = m.group();
            int lead = raw.length() - raw.stripLeading().length();
            String text = raw.strip();
            if (text.length() < 20 || text.length() > 400) {
                continue;
            }
            List<String> stems = Words.stems(text);
            boolean denied = stems.stream().anyMatch(NEGATION::contains);
            Set<String> words = new HashSet<>();
            for (String w : stems) {
                if (w.length() > 2 && !FUNCTION.contains(w) && !NEGATION.contains(w) && !w.chars().allMatch(Character::isDigit)) {
                    words.add(w);
                }
            }
            out.add(new Statement(article.id(), m.start() + lead, m.start() + lead + text.length(), text, denied, words));
        }
        return out;
    }

    /**
     * Adjacent common words ("rubber bullets", "tap water"; not names, which are who or where, not
     * what): what a statement is about, each with whether the sentence denies it: a negation up to
     * five words before it ("no rubber bullets or firearms were used") or a verdict up to seven
     * words after ("tap water in the estate came back negative").
     */
    private static Map<String, Boolean> subjects(String sentence) {
        List<String> words = new ArrayList<>();
        List<Boolean> lower = new ArrayList<>();
        Matcher m = WORD.matcher(sentence);
        while (m.find()) {
            words.add(Words.fold(m.group()));
            lower.add(Character.isLowerCase(m.group().charAt(0)));
        }
        Map<String, Boolean> out = new LinkedHashMap<>();
        for (int i = 0; i + 1 < words.size(); i++) {
            String a = Words.stem(words.get(i));
            String b = Words.stem(words.get(i + 1));
            if (!lower.get(i) || !lower.get(i + 1) || !content(a) || !content(b)) {
                continue;
            }
            boolean denied = false;
            for (int k = Math.max(0, i - 5); k < i && !denied; k++) {
                denied = negation(words.get(k)) && !words.get(k).equals("negative");
            }
            for (int k = i + 2; k < Math.min(words.size(), i + 9) && !denied; k++) {
                denied = words.get(k).equals("negative");
            }
            out.merge(a + " " + b, denied, Boolean::logicalOr);
        }
        return out;
    }

    private static boolean negation(String word) {
        return NEGATION.contains(word) || word.endsWith("n't") || word.endsWith("n’t");
    }

    private static boolean content(String w) {
        return w.length() > 2 && !FUNCTION.contains(w) && !NEGATION.contains(w) && !w.chars().allMatch(Character::isDigit);
    }

    /** For the evaluation: the number of shared words a proposal was made with, read back from its confidence. */
    static int sharedWords(FoundContradiction c) {
        return (int) Math.round((c.confidence() - 0.4) / 0.05);
    }
}
