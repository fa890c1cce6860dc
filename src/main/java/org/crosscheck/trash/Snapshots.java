package org.crosscheck.trash;

import org.crosscheck.annotation.AnnotationRecord;
import org.crosscheck.article.ArticleRecord;
import org.crosscheck.review.ContradictionRecord;
import org.crosscheck.review.SpanValues;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

/**
 * What the trash keeps of each thing, made of the records an export writes and an import reads
 * (so a snapshot holds exactly what a bundle would), written as JSON.
 */
final class Snapshots {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Snapshots() {
    }

    /** An annotation with its thread, and the hash of the text it was anchored in. */
    record OfAnnotation(AnnotationRecord annotation, String contentHash) {
    }

    /** A side taken out of a contradiction. */
    record OfSpan(long contradictionId, SpanValues span) {
    }

    /**
     * An article with its original and text, whether its text was frozen, its annotations with
     * their threads, and the contradictions that had a side in it (with all their sides).
     */
    record OfArticle(ArticleRecord article, boolean textFrozen, List<AnnotationRecord> annotations,
                     List<ContradictionRecord> contradictions) {
    }

    static String write(Object snapshot) {
        return JSON.writeValueAsString(snapshot);
    }

    static <T> T read(String json, Class<T> type) {
        return JSON.readValue(json, type);
    }
}
