package org.crosscheck.browser;

import com.codeborne.selenide.ElementsCollection;
import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.SelenideElement;
import com.codeborne.selenide.WebDriverRunner;
import org.openqa.selenium.interactions.Actions;

import java.util.Map;

import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;

/** A project's claims timeline: a topic's values against their publication times, as a chart and a table. */
class TimelinePage {

    /** Opens the page without waiting. */
    static TimelinePage open(long projectId) {
        Selenide.open("/projects/" + projectId + "/timeline");
        return new TimelinePage();
    }

    /** The topic shown, its outlets and whether they conflict. */
    SelenideElement topic() {
        return $("#timeline-topic");
    }

    /** The table's cells that show {@code words}. */
    ElementsCollection valueCells(String words) {
        return $$("#timeline-values vaadin-grid-cell-content").filterBy(text(words));
    }

    /** The table's cell that shows {@code words}. */
    SelenideElement valueCell(String words) {
        return $$("#timeline-values vaadin-grid-cell-content").findBy(text(words));
    }

    SelenideElement summary() {
        return $("#timeline-summary");
    }

    /** The chart's canvas: there once the chart is drawn. */
    SelenideElement chart() {
        return $("#timeline-chart canvas");
    }

    /**
     * Where the chart drew the {@code index}th point of {@code series} (x, y, width, height in the
     * canvas's pixels), or null when it did not.
     */
    @SuppressWarnings("unchecked")
    Map<String, Object> pointPosition(String series, int index) {
        return (Map<String, Object>) Selenide.executeJavaScript(
                "return arguments[0].pointPosition(arguments[1], arguments[2])", $("#timeline-chart"), series, index);
    }

    /** A real click on the chart, {@code x} and {@code y} from the canvas's centre. */
    void clickChart(int x, int y) {
        new Actions(WebDriverRunner.getWebDriver()).moveToElement(chart(), x, y).click().perform();
    }

    SelenideElement csvLink() {
        return $("#timeline-csv");
    }

    /**
     * The PNG is made in the browser and saved through a link it clicks: from now on such clicks
     * are caught, each as [file name, address], as a download would receive them.
     */
    TimelinePage catchDownloads() {
        Selenide.executeJavaScript("""
                window.__downloads = [];
                HTMLAnchorElement.prototype.click = function () { window.__downloads.push([this.download, this.href]); };""");
        return this;
    }

    TimelinePage downloadPng() {
        $("#timeline-png").click();
        return this;
    }

    /** How many downloads were caught, as the browser answers. */
    Object caughtDownloads() {
        return Selenide.executeJavaScript("return window.__downloads.length");
    }

    String caughtDownloadName(int index) {
        return Selenide.executeJavaScript("return window.__downloads[arguments[0]][0]", index);
    }

    String caughtDownloadAddress(int index) {
        return Selenide.executeJavaScript("return window.__downloads[arguments[0]][1]", index);
    }
}
