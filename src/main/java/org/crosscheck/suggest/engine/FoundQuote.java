package org.crosscheck.suggest.engine;

/**
 * A quotation found in one article: {@code [start, end)} holds the words quoted (without the marks),
 * {@code speaker} who said them as the text names them (null when it does not), {@code confidence}
 * from 0 to 1.
 */
public record FoundQuote(int start, int end, String exact, String speaker, double confidence) {

    public FoundQuote withSpeaker(String name) {
        return new FoundQuote(start, end, exact, name, confidence);
    }
}
