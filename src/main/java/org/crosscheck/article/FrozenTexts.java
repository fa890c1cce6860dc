package org.crosscheck.article;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.function.LongFunction;

/**
 * Frozen article texts, kept in memory: once anything points into a text it never changes, so every
 * node may keep its copy and the database need not send a long text again for each annotation saved
 * or each reader opened. Bounded by the characters held; only ever asked after the caller's access
 * to the article was checked against the database.
 */
@Component
class FrozenTexts {

    private final Cache<Key, String> texts;

    private record Key(long articleId, String contentHash) {
    }

    FrozenTexts(@Value("${crosscheck.text-cache.max-chars:20000000}") long maxChars) {
        this.texts = Caffeine.newBuilder()
                .maximumWeight(maxChars)
                .weigher((Key key, String text) -> Math.max(1, text.length()))
                .expireAfterAccess(Duration.ofHours(1))
                .build();
    }

    /** The frozen text of the article with this hash, from memory or (the first time) from {@code load}. */
    String get(long articleId, String contentHash, LongFunction<String> load) {
        return texts.get(new Key(articleId, contentHash), key -> load.apply(key.articleId()));
    }

    void forget(long articleId) {
        texts.asMap().keySet().removeIf(key -> key.articleId() == articleId);
    }
}
