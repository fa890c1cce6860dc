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
        ReaderPage readerOnB = ReaderPage.open(browserOnB, articleId);

        browserOnA = BrowserTest.newBrowser("http://localhost:" + port(nodeA));
        BrowserTest.login(browserOnA, lead);
        ReaderPage readerOnA = ReaderPage.open(browserOnA, articleId);
        readerOnA.select("12 police officers").addNote("saved on node A");
        readerOnA.markContaining("12 police officers").shouldHave(cssClass("k-note"));

        readerOnB.markContaining("12 police officers").shouldHave(cssClass("k-note"));
        readerOnB.list().shouldHave(text("saved on node A"));

        // A notification raised on node A reaches the bell of the reviewer connected to node B.
        NotificationsPage bellOnB = new NotificationsPage(browserOnB);
        bellOnB.count().shouldBe(com.codeborne.selenide.Condition.hidden);
        readerOnA.markContaining("12 police officers").click();
        readerOnA.panel().comment("@" + reviewer + " does the UN give the same number?");
        bellOnB.count().shouldHave(com.codeborne.selenide.Condition.exactText("1"));

        // Presence crosses nodes too: each sees the reader connected to the other node ...
        readerOnB.readers().shouldHave(size(2));
        readerOnA.readers().shouldHave(size(2));
        // ... and sees them leave.
        browserOnA.open("/");
        readerOnB.readers().shouldHave(size(1));
        readerOnB.firstReader().shouldHave(attribute("name", "reviewer Tester"));
    }
}
