package org.crosscheck.browser;

import com.codeborne.selenide.SelenideDriver;
import com.codeborne.selenide.WebDriverRunner;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.crosscheck.TestData.Team;
import org.crosscheck.account.AccountService;
import org.crosscheck.account.UserAdminService;
import org.crosscheck.annotation.AnnotationFields;
import org.crosscheck.annotation.AnnotationKind;
import org.crosscheck.annotation.AnnotationService;
import org.crosscheck.review.SpanRef;
import org.crosscheck.security.RunAs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.ServerSocket;

import static com.codeborne.selenide.Condition.exactText;
import static com.codeborne.selenide.Condition.hidden;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.TestData.as;

/**
 * An @mention in a comment reaches the member named: the bell on their open page counts it, live,
 * and an e-mail arrives in a real SMTP server (GreenMail) started by the test, with a link and
 * without the comment's words.
 */
class NotificationsIT extends BrowserTest {

    private static final int SMTP_PORT = freePort();

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("crosscheck.notifications.mail-from", () -> "crosscheck@example.org");
    }

    @Autowired AnnotationService annotations;
    @Autowired UserAdminService users;
    @Autowired AccountService accounts;

    Team team;
    long arabNews;

    @BeforeEach
    void quote() {
        team = data.team();
        arabNews = data.fixtureArticle(team.projectId(), team.lead(), "000-arab-news.txt", "Arab News");
        SpanRef tokayev = data.span(team.reviewer(), arabNews, "Kassym-Jomart Tokayev");
        as(team.reviewer(), () -> annotations.create(arabNews, AnnotationKind.QUOTE, tokayev.start(), tokayev.end(),
                AnnotationFields.quote("Kassym-Jomart Tokayev")));
        long leadId = as(team.lead(), () -> accounts.me()).id();
        RunAs.admin("admin", () -> users.update(leadId, "Lena Lead", "lena@example.org"));
    }

    @Test
    void aMentionRingsTheBellOnTheOpenPageAndSendsAnEmailWithALinkButNotTheComment() throws Exception {
        login(team.lead());
        ProjectListPage.open();
        NotificationsPage leadsBell = new NotificationsPage(null);
        leadsBell.bell().shouldBe(visible);
        leadsBell.count().shouldBe(hidden);

        SelenideDriver reviewersBrowser = secondBrowser();
        login(reviewersBrowser, team.reviewer());
        ReaderPage reader = ReaderPage.open(reviewersBrowser, arabNews);
        reader.markContaining("Kassym-Jomart Tokayev").click();
        reader.panel().comment("@" + team.lead() + " is this the same man as in the UN text?");

        // Live, on the page the lead already had open: no reload.
        leadsBell.count().shouldHave(exactText("1"));

        assertThat(MAIL.waitForIncomingEmail(15_000, 1)).as("an e-mail arrived").isTrue();
        MimeMessage mail = MAIL.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("lena@example.org");
        assertThat(mail.getSubject()).isEqualTo("Crosscheck: reviewer Tester mentioned you in a comment on a quote in “Arab News”");
        String body = GreenMailUtil.getBody(mail);
        assertThat(body).contains("/notifications/").doesNotContain("same man as in the UN text");

        // The bell opens the list; the notification leads to the annotation and counts as read.
        NotificationsPage page = leadsBell.open();
        page.items().first().shouldHave(text("reviewer Tester mentioned you in a comment on a quote in “Arab News”"));
        page.items().first().click();
        com.codeborne.selenide.Selenide.Wait().until(d -> d.getCurrentUrl().contains("/articles/" + arabNews));
        assertThat(WebDriverRunner.url()).contains("annotation=");
        leadsBell.count().shouldBe(hidden);

        // The project's activity says who did what, and filters by kind of thing.
        ActivityPage activity = ActivityPage.fromProject(team.projectId());
        activity.rows().first().shouldHave(text("reviewer Tester commented"));
        activity.only("Annotations").rows().first().shouldHave(text("reviewer Tester added an annotation"));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
