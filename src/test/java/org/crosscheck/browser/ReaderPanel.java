package org.crosscheck.browser;

import com.codeborne.selenide.SelenideDriver;
import com.codeborne.selenide.SelenideElement;

import static com.codeborne.selenide.Condition.text;

/**
 * The reader's side panel, for what {@link ReaderPage} does not reach: the words picked for a new
 * annotation, the details of the one chosen and what can be done to it, the filters, the keyboard
 * focus in the annotation list. In whichever browser ({@link ReaderPage#panel()}).
 */
class ReaderPanel extends PageInBrowser {

    /** The panel in the test's own browser. */
    ReaderPanel() {
        this(null);
    }

    ReaderPanel(SelenideDriver browser) {
        super(browser);
    }

    /** The words the panel shows as picked for a new annotation. */
    SelenideElement selectedWords() {
        return el("#selected-text");
    }

    /** The summary of the annotation chosen. */
    SelenideElement summary() {
        return el("#details-summary");
    }

    /** The details of the mark chosen (for a contradiction, its other sides). */
    SelenideElement details() {
        return el("#annotation-details");
    }

    /** The line of the details saying by whom the annotation is. */
    SelenideElement authorLine() {
        return all("#annotation-details .muted").findBy(text("by "));
    }

    /** The message that the annotation chosen was deleted (by someone else, while shown). */
    SelenideElement deletedNotice() {
        return el("#details-deleted");
    }

    SelenideElement editButton() {
        return el("#edit-annotation");
    }

    /** Edits the annotation chosen: its dialog opens ({@link ReaderPage#field}, {@link ReaderPage#save}). */
    ReaderPanel edit() {
        editButton().click();
        return this;
    }

    SelenideElement deleteButton() {
        return el("#delete-annotation");
    }

    /** Asks to delete the annotation chosen: the question that follows (no wait). */
    DeleteQuestion delete() {
        deleteButton().click();
        return new DeleteQuestion();
    }

    /** Opens the history of the annotation chosen: its dialog, every version newest first. */
    SelenideElement history() {
        el("#annotation-history").click();
        return el("#history-dialog");
    }

    /** The versions the history dialog lists, newest first. */
    com.codeborne.selenide.ElementsCollection historyVersions() {
        return all("#history-dialog .history-version");
    }

    /** The comments on the annotation chosen. */
    SelenideElement comments() {
        return el("#comments");
    }

    /** The reply form under the comments: there only while something can be replied to. */
    SelenideElement reply() {
        return el("#comment-reply");
    }

    /** The reply being typed. */
    SelenideElement replyField() {
        return el("#comment-reply textarea");
    }

    /** Types a reply and sends it. */
    ReaderPanel comment(String words) {
        replyField().setValue(words);
        el("#comment-send").click();
        return this;
    }

    /** How many annotations there are, and how many of them the filters show. */
    SelenideElement count() {
        return el("#annotation-count");
    }

    /** Shows or hides the annotations of the kind labelled {@code label}. */
    ReaderPanel toggleKind(String label) {
        all("#filter-kinds vaadin-checkbox").findBy(text(label)).click();
        return this;
    }

    /** Puts the keyboard focus on the first cell of the annotation list. */
    ReaderPanel focusFirstListRow() {
        js("document.querySelector('#annotation-list').shadowRoot.querySelector('tbody tr td').focus()");
        return this;
    }

    /** The text of the annotation list's row that has the keyboard focus, as the browser shows it. */
    String focusedListRow() {
        Object row = js("""
                const f = document.querySelector('#annotation-list').shadowRoot.activeElement;
                const cell = f && (f.localName === 'tr' ? f.querySelector('td') : f);
                const slot = cell && cell.querySelector('slot');
                const content = slot && slot.assignedElements()[0];
                return content ? content.textContent : '';""");
        return String.valueOf(row);
    }

    /** The question before an annotation is deleted; for one in a contradiction, whether to keep it there. */
    final class DeleteQuestion {

        SelenideElement element() {
            return el("#confirm-delete");
        }

        SelenideElement confirmButton() {
            return el("#confirm-delete [slot='confirm-button']");
        }

        SelenideElement cancelButton() {
            return el("#confirm-delete [slot='cancel-button']");
        }

        /** The first confirm button of any confirm dialog shown: this question's, when it is the only one. */
        SelenideElement anyConfirmButton() {
            return el("[slot='confirm-button']");
        }

        /** The first reject button of any confirm dialog shown ("keep in contradiction", for this question). */
        SelenideElement anyRejectButton() {
            return el("[slot='reject-button']");
        }
    }
}
