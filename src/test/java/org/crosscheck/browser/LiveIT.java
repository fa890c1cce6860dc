package org.crosscheck.browser;

import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.SelenideDriver;
import org.crosscheck.annotation.AnnotationFields;
import org.crosscheck.annotation.AnnotationKind;
import org.crosscheck.annotation.AnnotationService;
import org.crosscheck.annotation.AnnotationDetails;
import org.crosscheck.article.ArticleService;
import org.crosscheck.project.ProjectRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;

import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.cssClass;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.value;
import static com.codeborne.selenide.Condition.visible;
import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.TestData.as;

/** Two reviewers in two browsers on the same article. */
class LiveIT extends BrowserTest {

    @Autowired AnnotationService annotations;
    @Autowired ArticleService articles;

    String lead;
    String alice;
    String bob;
    long projectId;
    long articleId;

    @BeforeEach
    void project() {
        lead = data.user("lead");
        alice = data.user("alice");
        bob = data.user("bob");
        projectId = data.project(lead);
        data.member(projectId, lead, alice, ProjectRole.REVIEWER);
        data.member(projectId, lead, bob, ProjectRole.REVIEWER);
        articleId = data.fixtureArticle(projectId, lead, "000-arab-news.txt", "Arab News");
    }

    @Test
    void aQuoteMarkedByOneReviewerAppearsForTheOtherWithoutReloadAndPresenceFollowsWhoIsThere() {
        SelenideDriver bobsBrowser = secondBrowser();
        login(bobsBrowser, bob);
        ReaderPage bobsReader = ReaderPage.open(bobsBrowser, articleId);

        login(alice);
        ReaderPage reader = ReaderPage.open(articleId);
        Selenide.Wait().withTimeout(Duration.ofSeconds(10)).until(d -> bobsReader.readerNames().size() == 2);
        assertThat(bobsReader.readerNames()).containsExactly("alice Tester", "bob Tester");

        reader.dragSelect("Stephane Dujarric");
        reader.press("q");
        reader.field("field-speaker").setValue("Stephane Dujarric");
        reader.save();

        bobsReader.markContaining("Stephane Dujarric").shouldHave(cssClass("k-quote"));
        bobsReader.list().shouldHave(text("Stephane Dujarric"));
        // The notice says who, what and where, not only that something changed.
        Notifications.shown(bobsBrowser, "added a quote in").shouldHave(text("alice Tester"),
                text("Arab News"));

        // Bob comments on Alice's quote; Alice sees the comment arrive.
        bobsReader.markContaining("Stephane Dujarric").click();
        reader.markContaining("Stephane Dujarric").click();
        reader.panel().comments().shouldBe(visible);
        bobsReader.panel().comment("Is he quoted the same elsewhere?");
        reader.panel().comments().shouldHave(text("Is he quoted the same elsewhere?"), text("bob Tester"));

        // Alice leaves: Bob's presence list drops her.
        ProjectListPage.open();
        Selenide.Wait().withTimeout(Duration.ofSeconds(10)).until(d -> bobsReader.readerNames().size() == 1);
        assertThat(bobsReader.readerNames()).containsExactly("bob Tester");
    }

    @Test
    void aReaderWhoseConnectionDropsCatchesUpAfterReconnecting() {
        SelenideDriver bobsBrowser = secondBrowser();
        login(bobsBrowser, bob);
        ReaderPage bobsReader = ReaderPage.open(bobsBrowser, articleId);
        ChromeDriver chrome = (ChromeDriver) bobsBrowser.getWebDriver();
        chrome.setNetworkConditions(offline());
        // The push connection drops with the network, and Vaadin's indicator says so.
        bobsReader.connectionIndicator().shouldHave(attribute("reconnecting"), Duration.ofSeconds(20));
        int start = as(alice, () -> articles.get(articleId)).text().indexOf("dozens reportedly have been killed");
        as(alice, () -> annotations.create(articleId, AnnotationKind.NOTE, start, start + 34,
                AnnotationFields.note("made while Bob was offline")));
        chrome.setNetworkConditions(online());

        bobsReader.markContaining("dozens reportedly").shouldHave(cssClass("k-note"),
                Duration.ofSeconds(30));
        bobsReader.list().shouldHave(text("made while Bob was offline"));
    }

    private static ChromiumNetworkConditions offline() {
        ChromiumNetworkConditions conditions = new ChromiumNetworkConditions();
        conditions.setOffline(true);
        return conditions;
    }

    private static ChromiumNetworkConditions online() {
        ChromiumNetworkConditions conditions = new ChromiumNetworkConditions();
        conditions.setOffline(false);
        return conditions;
    }

    @Test
    void aBurstOfAHundredChangesArrivesCompleteAndThePageStaysUsable() {
        SelenideDriver bobsBrowser = secondBrowser();
        login(bobsBrowser, bob);
        ReaderPage bobsReader = ReaderPage.open(bobsBrowser, articleId);
        String text = as(alice, () -> articles.get(articleId)).text();
        int step = text.length() / 101;
        for (int i = 0; i < 100; i++) {
            int start = i * step;
            as(alice, () -> annotations.create(articleId, AnnotationKind.NOTE, start, start + 3, AnnotationFields.note("n")));
        }
        bobsReader.panel().count().shouldHave(text("100 annotations"), Duration.ofSeconds(20));
        bobsReader.marks().shouldHave(com.codeborne.selenide.CollectionCondition.sizeGreaterThanOrEqual(100));
        // Still responsive: a click on a highlight shows its details.
        bobsReader.marks().first().click();
        bobsReader.panel().summary().shouldHave(text("n"));
    }

    @Test
    void theSecondOfTwoConcurrentEditsGetsTheOtherVersionAndCanReapplyItsOwn() {
        int start = as(alice, () -> articles.get(articleId)).text().indexOf("12 police officers");
        AnnotationDetails note = as(alice, () -> annotations.create(articleId, AnnotationKind.NOTE, start, start + 18,
                AnnotationFields.note("original")));
        // Bob may edit Alice's note as a lead.
        data.member(projectId, lead, bob, ProjectRole.LEAD);

        SelenideDriver bobsBrowser = secondBrowser();
        login(bobsBrowser, bob);
        ReaderPage bobsReader = ReaderPage.open(bobsBrowser, articleId);
        bobsReader.markContaining("12 police officers").click();
        bobsReader.panel().edit();
        bobsReader.fieldTextArea("field-note").setValue("bob's version");

        login(alice);
        ReaderPage reader = ReaderPage.open(articleId);
        reader.markContaining("12 police officers").click();
        reader.panel().edit();
        reader.field("field-note").setValue("alice's version");
        reader.save();

        bobsReader.clickSave();
        // In sentences: who changed it, their version, yours, and what Save does now.
        Notifications.shown(bobsBrowser, "changed this note while you were editing")
                .shouldBe(visible).shouldHave(text("alice Tester"), text("version: alice's version."),
                        text("Yours: bob's version."), text("Save again to replace theirs with yours."));
        bobsReader.fieldTextArea("field-note").shouldHave(value("bob's version"));
        assertThat(as(alice, () -> annotations.get(note.id())).fields().note()).isEqualTo("alice's version");

        bobsReader.clickSave();
        bobsReader.panel().summary().shouldHave(text("bob's version"));
        assertThat(as(alice, () -> annotations.get(note.id())).fields().note()).isEqualTo("bob's version");
        // Alice sees Bob's version arrive.
        reader.markContaining("12 police officers").shouldHave(attribute("title", "Note: bob's version (\u2068alice Tester\u2069)"));
    }
}
