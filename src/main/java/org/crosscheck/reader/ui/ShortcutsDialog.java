package org.crosscheck.reader.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** What the keyboard does in the reader: opened with ?, closed with Escape. */
final class ShortcutsDialog extends Dialog {

    ShortcutsDialog(boolean canAnnotate) {
        setId("shortcuts");
        setHeaderTitle("Keyboard shortcuts");
        setWidth("30rem");
        if (canAnnotate) {
            row("Q, F, N", "Mark the selected words as a quote, a figure or a note");
            row("Shift + arrows", "Extend or shrink a selection made with the mouse");
            row("Ctrl + Z", "Undo your last change here (add, edit or delete of an annotation)");
        }
        row("Tab, Shift + Tab", "Go from highlight to highlight");
        row("Enter", "Open the highlight that has the focus; save a dialog");
        row("Ctrl + Enter", "Save a note");
        row("Escape", "Close a dialog without saving");
        row("C", "In the compare view: link the picked spans as a contradiction");
        row("?", "Show this list");
        Button close = new Button("Close", e -> close());
        close.setId("close-shortcuts");
        getFooter().add(close);
    }

    private void row(String keys, String what) {
        Span key = new Span(keys);
        key.addClassName("shortcut-keys");
        Div row = new Div(key, new Span(what));
        row.addClassName("shortcut-row");
        add(row);
    }
}
