package org.crosscheck.suggest.engine;

/**
 * A quotation found in one article: {@code [start, end)} holds the words quoted (without the marks),
 * {@code speaker} who said them as the text names them (null when it does not), {@code confidence}
 * from 0 to 1; {@code [speakerStart, speakerEnd)} the words that named the speaker for this quote
 * ("he", "the minister"), -1 when none did (the quote goes on with the voice before it).
 */
public record FoundQuote(int start, int end, String exact, String speaker, double confidence,
                         int speakerStart, int speakerEnd) {

    public FoundQuote(int start, int end, String exact, String speaker, double confidence) {
        this(start, end, exact, speaker, confidence, -1, -1);
    }

    public FoundQuote withSpeaker(String name) {
        return new FoundQuote(start, end, exact, name, confidence, speakerStart, speakerEnd);
    }

    /** Whether the text named the speaker for this quote, at {@code [speakerStart, speakerEnd)}. */
    public boolean speakerNamed() {
        return speakerStart >= 0 && speakerEnd > speakerStart;
    }
}
