package org.crosscheck.browser;

import com.codeborne.selenide.ElementsCollection;
import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.SelenideElement;

import org.openqa.selenium.WebElement;

import java.io.File;
import java.util.List;

import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selectors.shadowCss;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;

/** A project's page, as a test drives it: the article list, importing, editing, members. */
class ProjectPage {

    static ProjectPage open(long projectId) {
        Selenide.open("/projects/" + projectId);
        $("#project-title").shouldBe(visible);
        return new ProjectPage();
    }

    /** The page the test's own browser shows now (reached by a link or going back), without waiting. */
    static ProjectPage here() {
        return new ProjectPage();
    }

    SelenideElement title() {
        return $("#project-title");
    }

    SelenideElement articles() {
        return $("#articles");
    }

    /** Opens the upload dialog and sends the files through the browser's own file input. */
    ProjectPage upload(File... files) {
        openUploadDialog();
        return sendFiles(files);
    }

    /** Sends the files through the browser's own file input of the upload dialog, open already. */
    ProjectPage sendFiles(File... files) {
        $(shadowCss("input[type=file]", "#article-upload")).uploadFile(files);
        return this;
    }

    /** Where the upload dialog sends its files: the address a forged request goes to. */
    String uploadTarget() {
        return Selenide.executeJavaScript(
                "return new URL(document.querySelector('#article-upload').target, document.baseURI).href");
    }

    /** The outlet the upload dialog gives the articles it imports. */
    ProjectPage uploadOutlet(String outlet) {
        $("#upload-outlet input").setValue(outlet);
        return this;
    }

    ProjectPage openUploadDialog() {
        $("#upload-articles").click();
        $("#article-upload").shouldBe(visible);
        return this;
    }

    /** The files of the upload dialog, each with its verdict. */
    ElementsCollection uploadRows() {
        return $$("#upload-files .upload-file");
    }

    SelenideElement uploadRow(String fileName) {
        return uploadRows().findBy(text(fileName));
    }

    /** The files of the upload dialog that will be imported. */
    ElementsCollection readyUploadRows() {
        return $$("#upload-files .upload-file.ready");
    }

    /** Opens the review of the body the importer found in the file: which lines it keeps. */
    BodyReview reviewBody(String fileName) {
        uploadRow(fileName).$(".review-body").click();
        return new BodyReview();
    }

    SelenideElement importButton() {
        return $("#import-files");
    }

    /** The details dialog of the {@code index}th article of the list (leads). */
    ProjectPage editArticle(int index) {
        $$("#articles .edit-article").get(index).click();
        return this;
    }

    ProjectPage members() {
        $$("vaadin-tab").findBy(text("Members")).click();
        return this;
    }

    SelenideElement memberGrid() {
        return $("#members");
    }

    ReaderPage openArticle(String title) {
        articleLink(title).click();
        return new ReaderPage().ready();
    }

    /** The link to the article whose title has {@code title}. */
    SelenideElement articleLink(String title) {
        return $$("#articles a.article-link").findBy(text(title));
    }

    /** Sorts the article list by the column {@code header} (a second call, the other way round). */
    ProjectPage sortArticlesBy(String header) {
        $$("#articles vaadin-grid-sorter").findBy(text(header)).click();
        return this;
    }

    /** The title in the article list's first row, as the browser shows it ('' while there is none). */
    String firstArticleTitle() {
        return Selenide.executeJavaScript("""
                const tr = document.querySelector('#articles').shadowRoot.querySelector('tbody tr');
                for (const slot of tr.querySelectorAll('td slot')) {
                  const link = slot.assignedElements()[0]?.querySelector('a.article-link');
                  if (link) return link.textContent.trim();
                }
                return '';""");
    }

    /**
     * The texts of the cells of the article list's row whose first cell is {@code title} (none, without
     * such a row); for a lead the row starts with the box that selects it, left out here.
     */
    @SuppressWarnings("unchecked")
    List<String> articleRow(String title) {
        return (List<String>) Selenide.executeJavaScript("""
                const grid = document.querySelector('#articles');
                for (const tr of grid.shadowRoot.querySelectorAll('tbody tr')) {
                  const texts = Array.from(tr.querySelectorAll('td')).map(td => {
                    const slot = td.querySelector('slot');
                    const el = slot && slot.assignedElements()[0];
                    return el ? el.textContent.trim() : '';
                  });
                  if (texts[0] === arguments[0]) return texts;
                  if (texts[1] === arguments[0] && texts[0] === '') return texts.slice(1);
                }
                return [];""", title);
    }

    /** The details dialog of an article, opened with {@link #editArticle}. */
    ArticleDetailsDialog articleDetails() {
        return new ArticleDetailsDialog();
    }

    /** Renames the project and describes it anew (leads only). */
    ProjectPage editDetails(String name, String description) {
        $("#edit-project").click();
        $("#edit-project-name input").setValue(name);
        $("#edit-project-description textarea").setValue(description);
        $("#save-project-details").click();
        return this;
    }

    /** The page's content: the description is there, among the rest. */
    SelenideElement content() {
        return $(".page");
    }

    /** Asks to delete the project: the dialog that wants its name typed (no wait). */
    DeleteDialog delete() {
        $("#delete-project").click();
        return new DeleteDialog();
    }

    /** The field of the members tab that finds a user to add by their username. */
    SelenideElement memberPicker() {
        return $("#member-user input");
    }

    /** The users the member picker offers. */
    ElementsCollection memberOptions() {
        return $$("vaadin-combo-box-item");
    }

    /** Adds the user picked. */
    ProjectPage addMember() {
        $("#add-member").click();
        return this;
    }

    /** The member grid's cell showing {@code words}. */
    SelenideElement memberCell(String words) {
        return $$("#members vaadin-grid-cell-content").findBy(text(words));
    }

    /** Gives the member {@code name} the role {@code role}, in their row. */
    ProjectPage changeRole(String name, String role) {
        memberGridCell(name, 2).$(".member-role-select").click();
        // The items of the select that is open (the page has others, whose closed lists hold the same roles). The
        // list opens over the grid's bottom edge, where WebDriver's visibility check sees it clipped by the grid
        // (the browser draws it above everything), so the item is clicked as the browser dispatches it.
        com.codeborne.selenide.Selenide.executeJavaScript("arguments[0].click()",
                $$("vaadin-select[opened] vaadin-select-item").findBy(text(role)).should(com.codeborne.selenide.Condition.exist));
        return this;
    }

    /** Asks to remove the member {@code name}, in their row: the question follows (no wait). */
    ProjectPage askToRemoveMember(String name) {
        memberGridCell(name, 3).$(".remove-member").click();
        return this;
    }

    /** The question before a member is removed, naming them. */
    SelenideElement removeMemberQuestion() {
        return $("#confirm-remove-member");
    }

    ProjectPage cancelRemoval() {
        $("#confirm-remove-member [slot='cancel-button']").click();
        return this;
    }

    ProjectPage confirmRemoval() {
        $("#confirm-remove-member [slot='confirm-button']").click();
        return this;
    }

    /** The cell of the members grid in the row of {@code name}, in column {@code column} (0-based). */
    private static SelenideElement memberGridCell(String name, int column) {
        WebElement cell = Selenide.executeJavaScript("""
                const grid = document.querySelector('#members');
                for (const tr of grid.shadowRoot.querySelectorAll('tbody tr')) {
                  const cells = Array.from(tr.querySelectorAll('td slot')).map(s => s.assignedElements()[0]);
                  if (cells[0] && cells[0].textContent.trim() === arguments[0]) return cells[arguments[1]];
                }
                return null;""", name, column);
        if (cell == null) {
            throw new AssertionError("No row of " + name + " in the members grid");
        }
        return Selenide.$(cell);
    }

    SelenideElement uploadButton() {
        return $("#upload-articles");
    }

    /** Opens the dialog for an article pasted as text. */
    PasteDialog pasteArticle() {
        $("#paste-article").click();
        return new PasteDialog();
    }

    /** The first article's button that trims it to its body (leads only). */
    SelenideElement trimButton() {
        return $(".trim-article");
    }

    /** Opens the trim dialog of the first article. */
    TrimDialog trimArticle() {
        trimButton().click();
        return new TrimDialog();
    }

    /** Searches the project: the search page, once Enter is pressed. */
    SearchPage search(String words) {
        $("#project-search input").setValue(words).pressEnter();
        return new SearchPage();
    }

    SuggestionsPage openSuggestions() {
        $("#open-suggestions").click();
        return SuggestionsPage.here();
    }

    TimelinePage openTimeline() {
        $("#open-timeline").click();
        return new TimelinePage();
    }

    /** The link to the export and import page: only for those who may export. */
    SelenideElement exchangeLink() {
        return $("#open-exchange");
    }

    ExchangePage openExchange() {
        exchangeLink().click();
        return new ExchangePage();
    }

    /** The review of the lines of a scraped page: which are the article's body (the importer may change it). */
    static class BodyReview {

        /** The line showing {@code words}, with the reason it is kept or left out. */
        SelenideElement line(String words) {
            return $$("#body-review .body-line").findBy(text(words));
        }

        /** Keeps a line left out, or leaves out a line kept. */
        BodyReview toggle(String words) {
            line(words).$("vaadin-checkbox").click();
            return this;
        }

        void apply() {
            $("#apply-body").click();
        }
    }

    /** The dialog that imports an article pasted as text. */
    static class PasteDialog {

        SelenideElement titleField() {
            return $("#article-title input");
        }

        SelenideElement textField() {
            return $("#article-text textarea");
        }

        SelenideElement bylineField() {
            return $("#article-byline input");
        }

        SelenideElement outletField() {
            return $("#article-outlet input");
        }

        SelenideElement publishedField() {
            return $("#article-published input");
        }

        PasteDialog title(String title) {
            titleField().setValue(title);
            return this;
        }

        /** Types the text at once (no clipboard, no key events). */
        PasteDialog typeText(String text) {
            textField().setValue(text);
            return this;
        }

        /** The time of day of the publication, beside its date. */
        SelenideElement publishedTimeField() {
            return $("#article-published-time input");
        }

        PasteDialog outlet(String outlet) {
            outletField().setValue(outlet);
            return this;
        }

        PasteDialog url(String url) {
            $("#article-url input").setValue(url);
            return this;
        }

        /** Asks the importer to find the article's body in the text: the review of its lines. */
        BodyReview detectBody() {
            $("#detect-pasted-body").click();
            return new BodyReview();
        }

        void importArticle() {
            $("#import-pasted").click();
        }

        /** The dialog warning that the project has the same text already. */
        SelenideElement duplicateWarning() {
            return $("#duplicate-warning");
        }

        /** Cancels the warning: back to the paste dialog. */
        PasteDialog cancelDuplicateWarning() {
            $("#duplicate-warning [slot='cancel-button']").click();
            return this;
        }

        /** A dialog shown (the paste dialog, once the warning is gone). */
        SelenideElement anyDialog() {
            return $("vaadin-dialog-overlay, vaadin-dialog");
        }

        void cancel() {
            $$("vaadin-button").findBy(text("Cancel")).click();
        }
    }

    /** The dialog that trims an article to a range of its paragraphs (a scrape to its body). */
    static class TrimDialog {

        TrimDialog firstParagraph(String words) {
            pick("trim-first", words);
            return this;
        }

        TrimDialog lastParagraph(String words) {
            pick("trim-last", words);
            return this;
        }

        /** What the trim would keep. */
        SelenideElement preview() {
            return $("#trim-preview");
        }

        void save() {
            $("#trim-save").click();
        }

        /** Types into a combo box to filter it and clicks the matching item. */
        private static void pick(String comboId, String filter) {
            $("#" + comboId + " input").setValue(filter);
            $$("vaadin-combo-box-item").findBy(text(filter)).click();
            $("#" + comboId + " input").shouldHave(com.codeborne.selenide.Condition.value(filter));
        }
    }

    /** The dialog that asks for the project's name before deleting it. */
    static class DeleteDialog {

        SelenideElement element() {
            return $("#delete-project-dialog");
        }

        DeleteDialog typeName(String name) {
            $("#delete-project-name input").setValue(name);
            return this;
        }

        /** Disabled until the name typed is the project's. */
        SelenideElement confirmButton() {
            return $("#confirm-delete-project");
        }
    }

    /** An article's details dialog (title, address, publication): each field checked on save. */
    static class ArticleDetailsDialog {

        SelenideElement titleField() {
            return $("#article-title");
        }

        SelenideElement urlField() {
            return $("#article-url");
        }

        SelenideElement publishedTimeField() {
            return $("#article-published-time");
        }

        ArticleDetailsDialog typeTitle(String title) {
            $("#article-title input").setValue(title);
            return this;
        }

        ArticleDetailsDialog typeUrl(String url) {
            $("#article-url input").setValue(url);
            return this;
        }

        /** Types the date of publication and leaves the field with Tab, as a user does. */
        ArticleDetailsDialog typePublishedDate(String date) {
            $("#article-published input").setValue(date);
            $("#article-published input").pressTab();
            return this;
        }

        /** Types the time of publication and leaves the field with Tab, as a user does. */
        ArticleDetailsDialog typePublishedTime(String time) {
            $("#article-published-time input").setValue(time);
            $("#article-published-time input").pressTab();
            return this;
        }

        /** Clicks Save, without waiting: a refusal keeps the dialog open. */
        ArticleDetailsDialog save() {
            $("#save-article-details").click();
            return this;
        }
    }
}
