package org.crosscheck.collab.ui;

import org.crosscheck.annotation.AnnotationEvents.AnnotationCreated;
import org.crosscheck.annotation.AnnotationEvents.AnnotationDeleted;
import org.crosscheck.annotation.AnnotationEvents.AnnotationUpdated;
import org.crosscheck.annotation.AnnotationFields;
import org.crosscheck.annotation.AnnotationKind;
import org.crosscheck.annotation.FigureQualifier;
import org.crosscheck.annotation.TextSpan;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What a reader is told when others change the article: who, what, where. */
class LiveNoticeTest {

    private static final String UN = "\u2068UN News\u2069";

    @Test
    void oneChangeSaysWhatWasDoneAndWhere() {
        assertThat(LiveNotice.text(List.of("Tom Okafor"), Map.of("added a quote", 1), "UN News"))
                .isEqualTo("Tom Okafor added a quote in " + UN + ".");
    }

    @Test
    void severalChangesAreCountedByWhatWasDone() {
        Map<String, Integer> done = new LinkedHashMap<>();
        done.put("added a quote", 3);
        done.put("edited a figure", 1);
        assertThat(LiveNotice.text(List.of("Tom Okafor", "Ana Ruiz"), done, "UN News"))
                .isEqualTo("Tom Okafor and Ana Ruiz added a quote (3 times) and edited a figure in " + UN + ".");
        done.put("", 2);
        assertThat(LiveNotice.text(List.of("Tom Okafor"), done, "UN News"))
                .isEqualTo("Tom Okafor added a quote (3 times) and edited a figure and made 2 more changes in " + UN + ".");
        assertThat(LiveNotice.text(List.of("Tom Okafor"), Map.of("", 1), "UN News"))
                .isEqualTo("Tom Okafor made a change in " + UN + ".");
    }

    @Test
    void annotationEventsSayWhatWasDoneToWhichKind() {
        TextSpan span = new TextSpan(0, 3, "abc", "", "");
        AnnotationFields figure = AnnotationFields.figure(BigDecimal.TEN, FigureQualifier.NONE, "people");
        assertThat(new AnnotationCreated(1, 2, 3, AnnotationKind.QUOTE, span, AnnotationFields.quote("Tom"), 4).done())
                .isEqualTo("added a quote");
        assertThat(new AnnotationUpdated(1, 2, 3, figure, figure, 2, 4).done()).isEqualTo("edited a figure");
        assertThat(new AnnotationDeleted(1, 2, 3, AnnotationKind.NOTE, span, AnnotationFields.note("n"), 4, 4).done())
                .isEqualTo("deleted a note");
    }
}
