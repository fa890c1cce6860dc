package org.crosscheck.browser;

import org.crosscheck.TestNodes;
import com.codeborne.selenide.SelenideDriver;
import org.crosscheck.TestData;
import org.crosscheck.project.ProjectRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import java.time.Duration;

import static com.codeborne.selenide.CollectionCondition.size;
import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.cssClass;
import static com.codeborne.selenide.Condition.text;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Two app nodes on two ports against one PostgreSQL database: a change saved through node A
 * reaches a browser connected to node B, and each node shows who reads on the other, relayed by
 * LISTEN/NOTIFY.
 */
class TwoNodesIT {

    private static ConfigurableApplicationContext nodeA;
    /** The jar in a JVM of its own, as a second node runs: two Spring contexts in one JVM share its security holder. */
    private static org.crosscheck.JarNode nodeB;
    private static SelenideDriver browserOnA;
    private static SelenideDriver browserOnB;
    /** Each node installs its own JVM-wide security context strategy; the other tests' must come back. */
    private static SecurityContextHolderStrategy strategyBefore;
    private static String reviewer;
    private static String lead;
    private static long articleId;

    @BeforeAll
    static void startTwoNodes() throws Exception {
        String url = System.getProperty("test.pg.url");
        assumeThat(url).as("PostgreSQL for the two-node test (-Dtest.pg.url)").isNotBlank();
        assumeThat(Boolean.getBoolean("test.pg.skip")).as("-Dskip.postgres").isFalse();
        strategyBefore = SecurityContextHolder.getContextHolderStrategy();
        nodeA = start(url);
        TestData data = nodeA.getBean(TestData.class);
        lead = data.user("lead");
        reviewer = data.user("reviewer");
        long projectId = data.project(lead);
        data.member(projectId, lead, reviewer, ProjectRole.REVIEWER);
        articleId = data.fixtureArticle(projectId, lead, "000-arab-news.txt", "Arab News");
        nodeB = org.crosscheck.JarNode.start(url, "--crosscheck.presence.disconnect-grace=2s",
                "--crosscheck.presence.check-interval=1s", "--crosscheck.presence.relay-expiry=6s");
        BrowserTest.configureBrowser();
    }

    private static ConfigurableApplicationContext start(String url) {
        return TestNodes.inThisJvm(url);
    }

    private static int port(ConfigurableApplicationContext node) {
        return TestNodes.port(node);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (browserOnB != null) {
            browserOnB.close();
        }
        if (browserOnA != null) {
            browserOnA.close();
        }
        if (nodeB != null) {
            nodeB.close();
        }
        if (nodeA != null) {
            nodeA.close();
        }
        if (strategyBefore != null) {
            SecurityContextHolder.setContextHolderStrategy(strategyBefore);
        }
    }

    @Test
    void aChangeSavedOnNodeAReachesABrowserOnNodeB() {
        browserOnB = BrowserTest.newBrowser("http://localhost:" + nodeB.port());
        BrowserTest.login(browserOnB, reviewer);
        browserOnB.open("/articles/" + articleId);
        browserOnB.$("cc-article-text").shouldHave(attribute("data-ready"), Duration.ofSeconds(30));

        browserOnA = BrowserTest.newBrowser("http://localhost:" + port(nodeA));
        BrowserTest.login(browserOnA, lead);
        browserOnA.open("/articles/" + articleId);
        browserOnA.$("cc-article-text").shouldHave(attribute("data-ready"), Duration.ofSeconds(30));
        browserOnA.executeJavaScript("""
                const body = document.querySelector('cc-article-text .cc-body');
                const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
                while (walker.nextNode()) {
                  const i = walker.currentNode.data.indexOf('12 police officers');
                  if (i >= 0) {
                    const r = document.createRange();
                    r.setStart(walker.currentNode, i); r.setEnd(walker.currentNode, i + 18);
                    const s = window.getSelection(); s.removeAllRanges(); s.addRange(r);
                    body.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));
                    break;
                  }
                }""");
        browserOnA.$("cc-article-text .cc-toolbar button[data-kind='note']").click();
        browserOnA.$("#field-note textarea").setValue("saved on node A");
        browserOnA.$("#save-annotation").click();
        browserOnA.$$("cc-article-text mark.hl").findBy(text("12 police officers")).shouldHave(cssClass("k-note"));

        browserOnB.$$("cc-article-text mark.hl").findBy(text("12 police officers")).shouldHave(cssClass("k-note"));
        browserOnB.$("#annotation-list").shouldHave(text("saved on node A"));

        // Presence crosses nodes too: each sees the reader connected to the other node ...
        browserOnB.$$("#presence vaadin-avatar").shouldHave(size(2));
        browserOnA.$$("#presence vaadin-avatar").shouldHave(size(2));
        // ... and sees them leave.
        browserOnA.open("/");
        browserOnB.$$("#presence vaadin-avatar").shouldHave(size(1));
        browserOnB.$("#presence vaadin-avatar").shouldHave(attribute("name", "reviewer Tester"));
    }
}
