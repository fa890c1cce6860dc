package org.crosscheck.curation.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import org.crosscheck.curation.Agreement;
import org.crosscheck.curation.CurationService.Annotator;

import org.crosscheck.base.i18n.I18n;

import java.text.NumberFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Agreement figures as a table: per kind the marks of each annotator, the mean pairwise F1 and alpha; then each pair. */
final class AgreementTable {

    private AgreementTable() {
    }

    static String number(Double value) {
        return value == null ? "—" : String.format(I18n.locale(), "%.2f", value);
    }

    static Div of(Agreement.Result result, List<Annotator> annotators, Function<String, String> kindName) {
        Map<Long, String> names = annotators.stream().collect(Collectors.toMap(a -> a.user().id(), a -> a.user().displayName()));
        NativeTable table = new NativeTable();
        table.setId("agreement");
        table.addClassName("agreement-table");
        NativeTableRow head = new NativeTableRow();
        head.add(new NativeTableHeaderCell(I18n.t("curation.table.kind")));
        result.annotators().forEach(id -> head.add(new NativeTableHeaderCell(I18n.t("curation.table.marks",
                names.getOrDefault(id, "?")))));
        head.add(new NativeTableHeaderCell(I18n.t("curation.table.f1-overlap")),
                new NativeTableHeaderCell(I18n.t("curation.table.alpha-name")));
        NativeTableHeader thead = new NativeTableHeader();
        thead.add(head);
        NativeTableBody body = new NativeTableBody();
        for (Agreement.KindScore k : result.kinds()) {
            body.add(row(kindName.apply(k.kind()), k, result.annotators()));
        }
        NativeTableRow all = row(I18n.t("curation.table.all-kinds"), result.overall(), result.annotators());
        all.addClassName("agreement-all");
        body.add(all);
        table.add(thead, body);
        Div box = new Div(table);
        box.addClassName("agreement-box");
        if (result.annotators().size() > 2) {
            NativeTable pairs = new NativeTable();
            pairs.addClassName("agreement-table");
            NativeTableRow ph = new NativeTableRow(new NativeTableHeaderCell(I18n.t("curation.table.pair")),
                    new NativeTableHeaderCell(I18n.t("curation.table.f1")), new NativeTableHeaderCell(I18n.t("curation.table.alpha")));
            NativeTableHeader phead = new NativeTableHeader();
            phead.add(ph);
            NativeTableBody pbody = new NativeTableBody();
            result.pairs().stream().filter(p -> p.kind().equals("*")).forEach(p -> pbody.add(new NativeTableRow(
                    new NativeTableCell(names.get(p.a()) + " · " + names.get(p.b())), new NativeTableCell(number(p.f1())),
                    new NativeTableCell(number(p.alpha())))));
            pairs.add(phead, pbody);
            box.add(pairs);
        }
        return box;
    }

    private static NativeTableRow row(String label, Agreement.KindScore k, List<Long> annotators) {
        NativeTableRow row = new NativeTableRow();
        row.add(new NativeTableCell(label));
        annotators.forEach(id -> row.add(new NativeTableCell(NumberFormat.getIntegerInstance(I18n.locale())
                .format(k.marks().getOrDefault(id, 0)))));
        row.add(new NativeTableCell(number(k.f1())), new NativeTableCell(number(k.alpha())));
        return row;
    }
}
