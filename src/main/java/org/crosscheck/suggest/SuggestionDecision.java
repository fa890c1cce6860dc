package org.crosscheck.suggest;

import java.time.Instant;

/**
 * Who decided a suggestion and when, as a screen tells it ("Tom Okafor accepted this 2 s ago."):
 * {@code byMe} when the caller did, else {@code by} names who did (null: someone no longer known);
 * {@code at} may be null for a decision recorded without its time; {@code now} is the service's clock.
 */
public record SuggestionDecision(SuggestionStatus status, boolean byMe, String by, Instant at, Instant now) {
}
