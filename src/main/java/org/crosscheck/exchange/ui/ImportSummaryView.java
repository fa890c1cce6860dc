package org.crosscheck.exchange.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.crosscheck.exchange.ImportSummary;
import org.crosscheck.exchange.ImportSummary.Orphan;

import java.util.ArrayList;
import java.util.List;

/** What an import did, told in sentences, with each annotation it could not place and why. */
class ImportSummaryView extends Div {

    private static final int ORPHANS_SHOWN = 50;

    /** "8 annotations, 1 contradiction": only the kinds that had some. */
    private static String alreadyThere(ImportSummary s) {
        List<String> parts = new ArrayList<>();
        if (s.annotationsAlreadyThere() > 0) {
            parts.add(count(s.annotationsAlreadyThere(), "annotation"));
        }
        if (s.commentsAlreadyThere() > 0) {
            parts.add(count(s.commentsAlreadyThere(), "comment"));
        }
        if (s.contradictionsAlreadyThere() > 0) {
            parts.add(count(s.contradictionsAlreadyThere(), "contradiction"));
        }
        return String.join(", ", parts);
    }

    ImportSummaryView(ImportSummary s) {
        addClassName("import-summary");
        setId("import-summary");
        add(new Paragraph("Imported " + count(s.articles(), "article") + ", " + count(s.annotations(), "annotation") + ", "
                + count(s.comments(), "comment") + " and " + count(s.contradictions(), "contradiction") + "."
                + (s.reanchored() > 0 ? " " + count(s.reanchored(), "annotation") + " had moved and "
                + (s.reanchored() == 1 ? "was" : "were") + " placed again by its quote." : "")));
        long there = s.annotationsAlreadyThere() + s.commentsAlreadyThere() + s.contradictionsAlreadyThere();
        if (there > 0) {
            Paragraph skipped = new Paragraph("Skipped as already there: " + alreadyThere(s) + ".");
            skipped.setId("import-already-there");
            add(skipped);
        }
        s.notes().forEach(n -> add(new Paragraph(n)));
        if (!s.orphans().isEmpty()) {
            Paragraph head = new Paragraph(count(s.orphans().size(), "annotation") + " could not be placed and "
                    + (s.orphans().size() == 1 ? "was" : "were") + " left out (never put on other words):");
            head.addClassName("import-orphans-head");
            UnorderedList list = new UnorderedList();
            list.setId("import-orphans");
            for (Orphan o : s.orphans().stream().limit(ORPHANS_SHOWN).toList()) {
                Span quote = new Span(o.exact() == null ? "(no quote)" : "“" + o.exact() + "”");
                quote.addClassName("orphan-quote");
                list.add(new ListItem(quote, new Span(" — " + o.reason())));
            }
            if (s.orphans().size() > ORPHANS_SHOWN) {
                list.add(new ListItem("… and " + (s.orphans().size() - ORPHANS_SHOWN) + " more."));
            }
            add(head, list);
        }
    }

    static String count(long n, String noun) {
        return String.format("%,d", n) + " " + noun + (n == 1 ? "" : "s");
    }
}
