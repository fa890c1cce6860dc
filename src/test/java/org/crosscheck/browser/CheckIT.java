package org.crosscheck.browser;

import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.SelenideDriver;
import org.crosscheck.TestData.Team;
import org.crosscheck.annotation.AnnotationDetails;
import org.crosscheck.annotation.AnnotationFields;
import org.crosscheck.annotation.AnnotationKind;
import org.crosscheck.annotation.AnnotationService;
import org.crosscheck.approval.ApprovalService;
import org.crosscheck.article.ArticleStatus;
import org.crosscheck.article.ArticleWorkflow;
import org.crosscheck.project.ProjectRole;
import org.crosscheck.review.SpanRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.File;
import java.nio.file.Files;

import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.TestData.as;
import static org.crosscheck.TestData.run;

/**
 * A checker goes through an article ready for review with the keyboard; its author sees, live, what
 * came back, fixes it, and it returns to the checker; the lead exports the approved work only.
 */
class CheckIT extends BrowserTest {

    @Autowired AnnotationService annotations;
    @Autowired ArticleWorkflow workflow;
    @Autowired ApprovalService approvals;

    Team team;
    String checker;
    long arabNews;
    AnnotationDetails quote;
    AnnotationDetails note;

    @BeforeEach
    void readyForReview() {
        team = data.team();
        checker = data.user("checker");
        data.member(team.projectId(), team.lead(), checker, ProjectRole.CHECKER);
        arabNews = data.fixtureArticle(team.projectId(), team.lead(), "000-arab-news.txt", "Arab News");
        SpanRef tokayev = data.span(team.reviewer(), arabNews, "Kassym-Jomart Tokayev");
        SpanRef almaty = data.span(team.reviewer(), arabNews, "Almaty");
        quote = as(team.reviewer(), () -> annotations.create(arabNews, AnnotationKind.QUOTE, tokayev.start(), tokayev.end(),
                AnnotationFields.quote("Kassym-Jomart Tokayev")));
        note = as(team.reviewer(), () -> annotations.create(arabNews, AnnotationKind.NOTE, almaty.start(), almaty.end(),
                AnnotationFields.note("The city")));
    }

    @Test
    void aCheckerApprovesAndSendsBackWithTheKeysTheAuthorSeesItLiveFixesItAndOnlyApprovedWorkIsExported() throws Exception {
        login(checker);
        CheckPage check = CheckPage.open(null, arabNews);
        check.notice().shouldHave(text("Checking starts when the article is Ready for review; it is To do."));
        check.approveButton().shouldNot(com.codeborne.selenide.Condition.exist);
        run(team.lead(), () -> workflow.changeStatus(arabNews, ArticleStatus.READY_FOR_REVIEW, null));

        // The author, in their own browser, reaches the Check screen from the reader.
        SelenideDriver authorsBrowser = secondBrowser();
        login(authorsBrowser, team.reviewer());
        authorsBrowser.open("/articles/" + arabNews);
        CheckPage author = CheckPage.fromReader(authorsBrowser);
        author.notice().shouldHave(text("the project's leads and checkers decide"));
        author.counts().shouldHave(text("2 to check"));

        check = CheckPage.open(null, arabNews);
        check.counts().shouldHave(text("2 to check · 0 approved"));
        check.shown().shouldHave(attribute("data-shown", "annotation:" + quote.id() + ":" + quote.version()));
        check.keys("a");
        check.counts().shouldHave(text("1 to check · 1 approved"));
        // After a decision the next thing to check is shown.
        check.shown().shouldHave(text("Almaty"));
        check.refusedWords("c").shouldHave(attribute("invalid")).shouldHave(text("Say what needs to change"));
        check.cancelDialog();
        check.keys("k").shown().shouldHave(text("Kassym-Jomart Tokayev"));
        check.keys("j").shown().shouldHave(text("Almaty"));
        check.decideWithWords("c", "Almaty is the city; name the district");
        check.counts().shouldHave(text("0 to check · 1 approved · 1 need change"));
        Selenide.screenshot("check-decided");

        author.counts().shouldHave(text("1 need change"));
        author.list().shouldHave(text("Needs change"));

        AnnotationDetails fixed = as(team.reviewer(), () -> annotations.update(note.id(),
                AnnotationFields.note("Medeu district, Almaty"), note.version()));
        check.counts().shouldHave(text("1 to check · 1 approved · 0 need change"));
        check.list().shouldHave(text("Changed since: needs change"));
        // The author's change redraws what the checker looks at (the note, just sent back) in its new version.
        check.shown().shouldHave(attribute("data-shown", "annotation:" + note.id() + ":" + fixed.version()))
                .shouldHave(text("Medeu district"));
        check.keys("a");
        check.counts().shouldHave(text("0 to check · 2 approved"));
        assertThat(as(team.lead(), () -> approvals.approved(team.projectId())).annotations())
                .containsExactlyInAnyOrder(quote.id(), note.id());

        // An annotation nobody checked stays out of an export of approved work.
        SpanRef un = data.span(team.reviewer(), arabNews, "Bachelet");
        run(team.reviewer(), () -> annotations.create(arabNews, AnnotationKind.NOTE, un.start(), un.end(),
                AnnotationFields.note("Unchecked remark")));
        login(team.lead());
        ExchangePage export = ExchangePage.open(team.projectId()).format("CSV").tables("Annotations only").approvedOnly();
        File csv = export.download();
        String written = Files.readString(csv.toPath());
        assertThat(written).contains("Kassym-Jomart Tokayev").contains("Medeu district, Almaty")
                .doesNotContain("Unchecked remark");
    }
}
