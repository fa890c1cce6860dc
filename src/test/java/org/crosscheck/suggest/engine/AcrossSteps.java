package org.crosscheck.suggest.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * For benchmarks: the milliseconds of each step of {@link SuggestionEngine#across}, run the way it
 * runs them, to say where a large project's cross-article time goes. Test code only: the engine
 * itself stays as it is.
 */
public final class AcrossSteps {

    private AcrossSteps() {
    }

    public static Map<String, Long> time(List<EngineArticle> articles, List<ArticleFindings> each) {
        Map<String, Long> ms = new LinkedHashMap<>();
        long t = System.nanoTime();
        List<String> speakers = new ArrayList<>();
        each.forEach(f -> f.quotes().forEach(q -> speakers.add(q.speaker())));
        SpeakerNames names = new SpeakerNames(speakers, each.stream().flatMap(f -> f.digest().nicknames().stream()).toList());
        List<ArticleFindings> named = each.stream().map(f -> new ArticleFindings(f.articleId(),
                f.quotes().stream().map(q -> q.withSpeaker(names.canonical(q.speaker()))).toList(), f.figures(),
                f.digest())).toList();
        t = lap(ms, "speaker names (nicknames from the digests)", t);
        for (ContradictionDetector detector : Detectors.ACROSS_ARTICLES) {
            int found = detector.find(articles, named).size();
            t = lap(ms, detector.getClass().getSimpleName() + " (" + found + " found)", t);
        }
        int copies = NearDuplicates.find(named.stream().map(ArticleFindings::articleId).toList(),
                named.stream().map(ArticleFindings::digest).toList()).size();
        lap(ms, "near-duplicates (every pair of articles; " + copies + " found)", t);
        return ms;
    }

    private static long lap(Map<String, Long> ms, String step, long since) {
        long now = System.nanoTime();
        ms.put(step, (now - since) / 1_000_000);
        return now;
    }
}
