package org.crosscheck.suggest.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Finds an article's quotations and who said each. */
final class QuoteFinder implements ArticleDetector {

    /** "Dune", “The Guardian”: a few capitalised words in marks name a work or a thing, no one's words. */
    private static final Pattern TITLE_LIKE = Pattern.compile("(?:\\p{Lu}[\\p{L}\\p{M}’'.-]*\\s*){1,4}");

    @Override
    public ArticleFindings find(EngineArticle article, Paragraphs paragraphs) {
        return new ArticleFindings(article.id(), find(article.text(), paragraphs), List.of());
    }

    static List<FoundQuote> find(String text, Paragraphs paragraphs) {
        List<QuoteMarks.Quoted> marks = QuoteMarks.find(text, paragraphs);
        Sentences sentences = Sentences.of(text, paragraphs, marks);
        Speakers speakers = new Speakers(text, sentences, paragraphs.people(text));
        List<FoundQuote> out = new ArrayList<>();
        String lastSpeaker = null;
        int lastParagraph = -2;
        for (int i = 0; i < marks.size(); i++) {
            QuoteMarks.Quoted q = marks.get(i);
            String exact = text.substring(q.start(), q.end());
            if (TITLE_LIKE.matcher(exact).matches() && exact.split("\\s+").length <= 3 && !endsSentence(exact)) {
                continue;
            }
            int outerEnd = q.outerEnd(text);
            int pe = paragraphEnd(paragraphs, q.paragraph(), outerEnd);
            int sentenceStart = sentences.startOf(q.open());
            int sentenceEnd = sentences.endOf(Math.max(q.open(), outerEnd - 1), pe);
            Speakers.Found found = speakers.find(q.open(), outerEnd, sentenceStart, sentenceEnd,
                    q.paragraph() - lastParagraph <= 1 ? lastSpeaker : null);
            if (found == null && (q.continuesPrevious() || q.paragraph() - lastParagraph <= 1) && lastSpeaker != null) {
                // A quote standing alone right after another goes on with the same voice.
                found = new Speakers.Found(lastSpeaker, 0.6);
            }
            if (found == null && q.close() < 0) {
                // Left open: the next part, in the next paragraph, may name the speaker.
                found = nextSpeaker(text, marks, i, paragraphs, sentences, speakers);
            }
            out.add(found == null ? new FoundQuote(q.start(), q.end(), exact, null, 0.5)
                    : new FoundQuote(q.start(), q.end(), exact, found.name(), found.confidence(),
                    found.mentionStart(), found.mentionEnd()));
            if (found != null) {
                lastSpeaker = found.name();
            }
            lastParagraph = q.paragraph();
        }
        return out;
    }

    /** The end of the paragraph the quote closes in: its own, or the next when a line broke inside it. */
    private static int paragraphEnd(Paragraphs paragraphs, int p, int outerEnd) {
        int k = p;
        while (k + 1 < paragraphs.count() && paragraphs.starts()[k + 1] < outerEnd) {
            k++;
        }
        return paragraphs.ends()[k];
    }

    private static boolean endsSentence(String exact) {
        return exact.endsWith("!") || exact.endsWith("?");
    }

    private static Speakers.Found nextSpeaker(String text, List<QuoteMarks.Quoted> marks, int i, Paragraphs paragraphs,
                                              Sentences sentences, Speakers speakers) {
        for (int k = i + 1; k < marks.size() && marks.get(k).continuesPrevious(); k++) {
            QuoteMarks.Quoted next = marks.get(k);
            int pe = paragraphs.ends()[next.paragraph()];
            int outerEnd = next.outerEnd(text);
            Speakers.Found found = speakers.find(next.open(), outerEnd, sentences.startOf(next.open()),
                    sentences.endOf(Math.max(next.open(), outerEnd - 1), pe), null);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
