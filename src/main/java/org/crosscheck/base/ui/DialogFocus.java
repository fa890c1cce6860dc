package org.crosscheck.base.ui;

import com.vaadin.flow.component.Component;

/**
 * Puts the keyboard in a dialog where the user will type. A dialog traps the focus on itself (or,
 * a confirm dialog, on its confirm button) only after its opening animation, a moment after any
 * focus() sent with it, so the focus is moved when the overlay says it is open: on the
 * {@code vaadin-overlay-open} event of the overlay holding the component.
 */
public final class DialogFocus {

    private DialogFocus() {
    }

    /** Focuses {@code component} once the dialog it is in has opened. */
    public static void whenOpen(Component component) {
        component.getElement().executeJs("""
                const target = this;
                const opened = (e) => {
                  const overlay = e.detail && e.detail.overlay;
                  const host = overlay && overlay.getRootNode() && overlay.getRootNode().host;
                  if (!overlay || !(overlay.contains(target) || (host && host.contains(target)))) {
                    return;
                  }
                  document.body.removeEventListener('vaadin-overlay-open', opened);
                  target.focus();
                };
                document.body.addEventListener('vaadin-overlay-open', opened);
                """);
    }

    /** Focuses the element matching {@code selector} inside {@code dialog} once it has opened. */
    public static void whenOpen(Component dialog, String selector) {
        dialog.getElement().executeJs("""
                const dialog = this;
                const opened = (e) => {
                  const overlay = e.detail && e.detail.overlay;
                  const host = overlay && overlay.getRootNode() && overlay.getRootNode().host;
                  if (!overlay || !(host === dialog || dialog.contains(overlay) || (host && dialog.contains(host)))) {
                    return;
                  }
                  document.body.removeEventListener('vaadin-overlay-open', opened);
                  const target = dialog.querySelector($0);
                  if (target) {
                    target.focus();
                  }
                };
                document.body.addEventListener('vaadin-overlay-open', opened);
                """, selector);
    }
}
