package org.crosscheck.suggest.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds what reviewers would mark: each article's quotes and figures, and across a project's
 * articles the quotes that drifted, the figures that conflict and the quotes given to different
 * people. Stateless and thread-safe; plain Java.
 */
public final class SuggestionEngine {

    /** Whether two figures about the same thing cannot both be true (as the claims matrix flags a row). */
    public static boolean conflict(FoundFigure a, FoundFigure b) {
        return FigureConflicts.conflict(a, b);
    }

    /**
     * The topic a figure's "what it counts" is matched on, as the engine would have read it
     * ("police officers killed" is "deaths (police)"); null when it names nothing that happened.
     */
    public static String topicOf(String counted) {
        return counted == null || counted.isBlank() ? null : Counted.of("", " " + counted, false, null, null).topic();
    }

    private final List<ArticleDetector> inArticles;
    private final List<ContradictionDetector> acrossArticles;

    /** The engine with every registered detector ({@link Detectors}). */
    public SuggestionEngine() {
        this(Detectors.IN_ARTICLES, Detectors.ACROSS_ARTICLES);
    }

    SuggestionEngine(List<ArticleDetector> inArticles, List<ContradictionDetector> acrossArticles) {
        this.inArticles = List.copyOf(inArticles);
        this.acrossArticles = List.copyOf(acrossArticles);
    }

    /** Quotes (speakers as the article names them) and figures of one article. */
    public ArticleFindings analyse(EngineArticle article) {
        Paragraphs paragraphs = Paragraphs.of(article.text());
        List<FoundQuote> quotes = new ArrayList<>();
        List<FoundFigure> figures = new ArrayList<>();
        for (ArticleDetector detector : inArticles) {
            ArticleFindings found = detector.find(article, paragraphs);
            quotes.addAll(found.quotes());
            figures.addAll(found.figures());
        }
        return new ArticleFindings(article.id(), quotes, figures, ArticleDigest.of(article.text(), paragraphs));
    }

    /** Every article's findings, with one name per speaker across the project, and the contradictions between articles. */
    public ProjectFindings analyseProject(List<EngineArticle> articles) {
        List<ArticleFindings> each = new ArrayList<>(articles.size());
        for (EngineArticle a : articles) {
            each.add(analyse(a));
        }
        return across(articles, each);
    }

    /**
     * The cross-article part, for findings already made article by article (by {@link #analyse}):
     * it reads the findings and their digests, not the texts, so {@code articles} may come without
     * their text ({@link EngineArticle#withoutText()}).
     */
    public ProjectFindings across(List<EngineArticle> articles, List<ArticleFindings> each) {
        List<ArticleFindings> digested = new ArrayList<>(each.size());
        for (int i = 0; i < each.size(); i++) {
            ArticleFindings f = each.get(i);
            digested.add(f.digest() != null ? f : new ArticleFindings(f.articleId(), f.quotes(), f.figures(),
                    ArticleDigest.of(articles.get(i).text())));
        }
        List<String> speakers = new ArrayList<>();
        digested.forEach(f -> f.quotes().forEach(q -> speakers.add(q.speaker())));
        SpeakerNames names = new SpeakerNames(speakers,
                digested.stream().flatMap(f -> f.digest().nicknames().stream()).toList());
        List<ArticleFindings> named = digested.stream().map(f -> new ArticleFindings(f.articleId(),
                f.quotes().stream().map(q -> q.withSpeaker(names.canonical(q.speaker()))).toList(), f.figures(),
                f.digest())).toList();
        List<FoundContradiction> contradictions = new ArrayList<>();
        for (ContradictionDetector detector : acrossArticles) {
            contradictions.addAll(detector.find(articles, named));
        }
        return new ProjectFindings(named, contradictions, NearDuplicates.find(
                named.stream().map(ArticleFindings::articleId).toList(), named.stream().map(ArticleFindings::digest).toList()));
    }
}
