package org.crosscheck.base.ui;

import org.crosscheck.base.i18n.I18n;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.page.History;
import com.vaadin.flow.dom.DomListenerRegistration;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;

/**
 * Keeps what the user typed in a dialog from being dropped without a question. A reload or closing
 * the tab: the browser asks (beforeunload). Leaving inside the app (browser Back or Forward, a link): the
 * dialog's {@code BeforeLeaveObserver} hands the event to {@link #beforeLeave}, which holds the
 * navigation and asks "Discard the unsaved text?", Keep editing being the safe default.
 */
public final class TypedTextGuard {

    private final Dialog dialog;
    private boolean typed;
    /** The last question asked: a second Back while it is shown replaces it (only the latest navigation can go on). */
    private ConfirmDialog asking;

    /** Guards {@code dialog} from the moment it is created; "typed" means any input in one of its fields. */
    public TypedTextGuard(Dialog dialog) {
        this.dialog = dialog;
        // The server hears the first input only (fields send their value on change, not while typing):
        // it arrives before a navigation the user starts afterwards, as the client sends in order.
        DomListenerRegistration[] firstInput = new DomListenerRegistration[1];
        firstInput[0] = dialog.getElement().addEventListener("input", e -> {
            typed = true;
            firstInput[0].remove();
        });
        // The unload guard checks the dialog is still open and attached, so a saved or cancelled
        // dialog never asks.
        dialog.getElement().executeJs("""
                const dialog = this;
                let typed = false;
                dialog.addEventListener('input', () => { typed = true; });
                const guard = (e) => {
                  if (!dialog.isConnected || !dialog.opened) {
                    window.removeEventListener('beforeunload', guard);
                    return;
                  }
                  if (typed) {
                    e.preventDefault();
                    e.returnValue = '';
                  }
                };
                window.addEventListener('beforeunload', guard);
                """);
    }

    /**
     * Leaving while the open dialog holds typed text waits for the user: Discard closes the dialog and
     * goes on to where they were going, Keep editing (or Escape) stays with the dialog. With nothing
     * typed, the dialog goes with the page it belongs to (a dialog opened on the UI would stay open
     * over the next page).
     */
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!dialog.isOpened()) {
            return;
        }
        if (!typed) {
            dialog.close();
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction leave = event.postpone();
        if (asking != null) {
            asking.close();
        }
        ConfirmDialog ask = new ConfirmDialog();
        asking = ask;
        ask.setId("confirm-discard");
        ask.setHeader(I18n.t("base.discard.title"));
        ask.setText(I18n.t("base.discard.text"));
        ask.setCancelable(true);
        ask.setCancelText(I18n.t("base.action.keep-editing"));
        ask.setConfirmText(I18n.t("base.action.discard"));
        ask.setConfirmButtonTheme("error primary");
        ask.addConfirmListener(e -> {
            dialog.close();
            leave.proceed();
        });
        ask.addCancelListener(e -> stay(event, leave));
        // A confirm dialog focuses its confirm button: Enter must keep the text, not drop it.
        DialogFocus.whenOpen(ask, "[slot='cancel-button']");
        ask.open();
    }

    /**
     * Stays on the page. After Back the browser is already on the entry before it: cancelling writes
     * this page's address over that entry, so the entry is written back and this page's pushed after
     * it, and Back goes there again. (After Forward, the page's own entry stays behind it too.)
     */
    private static void stay(BeforeLeaveEvent event, BeforeLeaveEvent.ContinueNavigationAction leave) {
        Location here = event.getUI().getInternals().getActiveViewLocation();
        leave.cancel();
        if (event.getTrigger() == NavigationTrigger.HISTORY && here != null) {
            History history = event.getUI().getPage().getHistory();
            history.replaceState(null, event.getLocation());
            history.pushState(null, here);
        }
    }
}
