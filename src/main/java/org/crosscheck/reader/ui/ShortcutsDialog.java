package org.crosscheck.reader.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** What the keyboard does in the reader: opened with ?, closed with Escape. */
final class ShortcutsDialog extends Dialog {

    ShortcutsDialog(boolean canAnnotate) {
        setId("shortcuts");
        setHeaderTitle(getTranslation("reader.shortcuts.title"));
        setWidth("30rem");
        if (canAnnotate) {
            row("Q, F, N", "mark");
            row(getTranslation("reader.shortcuts.keys.shift-arrows"), "extend");
            row(getTranslation("reader.shortcuts.keys.ctrl-z"), "undo");
        }
        row(getTranslation("reader.shortcuts.keys.tab"), "next");
        row("Enter", "open");
        row(getTranslation("reader.shortcuts.keys.ctrl-enter"), "save-note");
        row("Escape", "close");
        row("C", "link");
        row("?", "help");
        Button close = new Button(getTranslation("base.action.close"), e -> close());
        close.setId("close-shortcuts");
        getFooter().add(close);
    }

    /** A row: the keys, and what they do (the key {@code reader.shortcuts.<what>}). */
    private void row(String keys, String what) {
        Span key = new Span(keys);
        key.addClassName("shortcut-keys");
        Div row = new Div(key, new Span(getTranslation("reader.shortcuts." + what)));
        row.addClassName("shortcut-row");
        add(row);
    }
}
