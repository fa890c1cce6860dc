package org.crosscheck.exchange.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.crosscheck.base.i18n.I18n;
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
            parts.add(count(s.annotationsAlreadyThere(), "annotations"));
        }
        if (s.commentsAlreadyThere() > 0) {
            parts.add(count(s.commentsAlreadyThere(), "comments"));
        }
        if (s.contradictionsAlreadyThere() > 0) {
            parts.add(count(s.contradictionsAlreadyThere(), "contradictions"));
        }
        return String.join(", ", parts);
    }

    ImportSummaryView(ImportSummary s) {
        addClassName("import-summary");
        setId("import-summary");
        add(new Paragraph(getTranslation("exchange.summary.imported", count(s.articles(), "articles"),
                count(s.annotations(), "annotations"), count(s.comments(), "comments"),
                count(s.contradictions(), "contradictions"))
                + (s.reanchored() > 0 ? " " + getTranslation("exchange.summary.reanchored", s.reanchored()) : "")));
        long there = s.annotationsAlreadyThere() + s.commentsAlreadyThere() + s.contradictionsAlreadyThere();
        if (there > 0) {
            Paragraph skipped = new Paragraph(getTranslation("exchange.summary.skipped", alreadyThere(s)));
            skipped.setId("import-already-there");
            add(skipped);
        }
        s.notes(I18n.locale()).forEach(n -> add(new Paragraph(n)));
        if (!s.orphans().isEmpty()) {
            Paragraph head = new Paragraph(getTranslation("exchange.summary.orphans", s.orphans().size()));
            head.addClassName("import-orphans-head");
            UnorderedList list = new UnorderedList();
            list.setId("import-orphans");
            for (Orphan o : s.orphans().stream().limit(ORPHANS_SHOWN).toList()) {
                Span quote = new Span(o.exact() == null ? getTranslation("exchange.summary.no-quote") : "“" + o.exact() + "”");
                quote.addClassName("orphan-quote");
                list.add(new ListItem(quote, new Span(" — " + o.reason(I18n.locale()))));
            }
            if (s.orphans().size() > ORPHANS_SHOWN) {
                list.add(new ListItem(getTranslation("exchange.summary.more", s.orphans().size() - ORPHANS_SHOWN)));
            }
            add(head, list);
        }
    }

    /** "1 article", "1,234 articles": {@code things} names the key {@code exchange.count.<things>}. */
    static String count(long n, String things) {
        return I18n.t("exchange.count." + things, n);
    }
}
