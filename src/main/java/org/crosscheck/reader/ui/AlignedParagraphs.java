package org.crosscheck.reader.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.crosscheck.suggest.engine.NearDuplicate;
import org.crosscheck.suggest.engine.WordDiff;

import java.util.List;

/**
 * A copy beside its original, paragraph by paragraph in the order of the copy: each aligned pair on
 * one row with the words that differ marked on both sides; a paragraph of the copy with no
 * counterpart stands alone. The texts are set as text, never as HTML.
 */
class AlignedParagraphs extends Composite<Div> {

    AlignedParagraphs(NearDuplicate d, String copyText, String originalText, boolean copyOnLeft, String copyName,
                      String originalName) {
        Div root = getContent();
        root.setId("aligned-paragraphs");
        root.addClassName("aligned-paragraphs");
        Div head = row(new Div(new Text(copyOnLeft ? copyName : originalName)),
                new Div(new Text(copyOnLeft ? originalName : copyName)));
        head.addClassName("aligned-head");
        Span summary = new Span(getTranslation("reader.aligned.summary", Math.round(d.similarity() * 100)));
        summary.addClassName("muted");
        root.add(summary, head);
        int next = 0;
        for (NearDuplicate.AlignedParagraphs pair : d.pairs()) {
            // Paragraphs of the copy before this pair have no counterpart.
            next = unmatchedUntil(root, copyText, next, pair.start(), copyOnLeft);
            WordDiff.Sides sides = WordDiff.of(copyText.substring(pair.start(), pair.end()),
                    originalText.substring(pair.ofStart(), pair.ofEnd()));
            root.add(copyOnLeft ? row(marked(sides.left()), marked(sides.right()))
                    : row(marked(sides.right()), marked(sides.left())));
            next = pair.end();
        }
        unmatchedUntil(root, copyText, next, copyText.length(), copyOnLeft);
    }

    private static int unmatchedUntil(Div root, String text, int from, int to, boolean copyOnLeft) {
        for (String paragraph : text.substring(Math.min(from, to), to).split("\n")) {
            if (!paragraph.isBlank()) {
                Div alone = new Div(new Text(paragraph.strip()));
                alone.addClassName("aligned-alone");
                Div none = new Div();
                none.addClassName("aligned-none");
                root.add(copyOnLeft ? row(alone, none) : row(none, alone));
            }
        }
        return to;
    }

    private static Div marked(List<WordDiff.Piece> pieces) {
        Div cell = new Div();
        for (WordDiff.Piece piece : pieces) {
            if (piece.changed()) {
                Span changed = new Span(piece.text());
                changed.addClassName("diff-changed");
                cell.add(changed);
            } else {
                cell.add(new Text(piece.text()));
            }
        }
        return cell;
    }

    private static Div row(Div left, Div right) {
        left.addClassName("aligned-cell");
        right.addClassName("aligned-cell");
        Div row = new Div(left, right);
        row.addClassName("aligned-row");
        return row;
    }
}
