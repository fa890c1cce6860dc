package org.crosscheck.notify;

import org.crosscheck.DatabaseTest;
import org.crosscheck.TestData;
import org.crosscheck.TestData.Team;
import org.crosscheck.account.AccountService;
import org.crosscheck.annotation.AnnotationDetails;
import org.crosscheck.annotation.AnnotationFields;
import org.crosscheck.annotation.AnnotationKind;
import org.crosscheck.annotation.AnnotationService;
import org.crosscheck.annotation.CommentService;
import org.crosscheck.article.ArticleWorkflow;
import org.crosscheck.base.NotFoundException;
import org.crosscheck.notify.NotificationEvents.NotificationRaised;
import org.crosscheck.project.ProjectService;
import org.crosscheck.review.SpanRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crosscheck.TestData.as;
import static org.crosscheck.TestData.run;

/** Who is told what: mentioned members, the thread's writers, new assignees; never outsiders, never the one who acted. */
@DatabaseTest
@RecordApplicationEvents
class NotificationServiceTest {

    @Autowired TestData data;
    @Autowired NotificationService notifications;
    @Autowired AnnotationService annotations;
    @Autowired CommentService comments;
    @Autowired ArticleWorkflow workflow;
    @Autowired ProjectService projects;
    @Autowired AccountService accounts;
    @Autowired ApplicationEvents events;

    Team team;
    long arabNews;
    AnnotationDetails quote;

    @BeforeEach
    void setUp() {
        team = data.team();
        arabNews = data.fixtureArticle(team.projectId(), team.lead(), "000-arab-news.txt", "Arab News");
        SpanRef tokayev = data.span(team.reviewer(), arabNews, "Kassym-Jomart Tokayev");
        quote = as(team.reviewer(), () -> annotations.create(arabNews, AnnotationKind.QUOTE, tokayev.start(), tokayev.end(),
                AnnotationFields.quote("Kassym-Jomart Tokayev")));
    }

    @Test
    void aMentionTellsTheMemberNamedAndTheAuthorHearsOfTheReplyButNobodyOutsideTheProject() {
        String outsider = data.user("outsider");
        run(team.lead(), () -> comments.add(quote.id(), "@" + team.observer() + " and @" + outsider
                + ", is this the same speaker? (mail me at lead@example.org)"));
        List<NotificationDetails> observers = as(team.observer(), () -> notifications.mine());
        assertThat(observers).singleElement().satisfies(n -> {
            assertThat(n.reason()).isEqualTo(NotificationReason.MENTION);
            assertThat(n.message()).startsWith("lead Tester mentioned you in a comment on a quote in “Arab News”");
            assertThat(n.annotationId()).isEqualTo(quote.id());
            assertThat(n.read()).isFalse();
        });
        assertThat(as(outsider, () -> notifications.mine())).as("not a member: told nothing").isEmpty();
        assertThat(as(team.reviewer(), () -> notifications.mine())).singleElement()
                .extracting(NotificationDetails::message).asString()
                .startsWith("lead Tester replied in the thread of your quote");
        assertThat(as(team.lead(), () -> notifications.unread())).as("not told of their own comment").isZero();
        assertThat(events.stream(NotificationRaised.class)).hasSize(2);

        // The reviewer answers: the lead, now a writer in the thread, hears of it.
        run(team.reviewer(), () -> comments.add(quote.id(), "Yes, the same."));
        assertThat(as(team.lead(), () -> notifications.mine())).singleElement().extracting(NotificationDetails::message)
                .asString().startsWith("reviewer Tester replied in the thread of a quote");
    }

    @Test
    void readingIsTheRecipientsOwnAndAMemberWhoLeavesLosesTheirs() {
        run(team.lead(), () -> comments.add(quote.id(), "@" + team.observer() + " look"));
        NotificationDetails told = as(team.observer(), () -> notifications.mine()).getFirst();
        assertThatThrownBy(() -> run(team.reviewer(), () -> notifications.open(told.id())))
                .as("someone else's notification, as if it did not exist").isInstanceOf(NotFoundException.class);
        assertThat(as(team.observer(), () -> notifications.open(told.id())).read()).isTrue();
        assertThat(as(team.observer(), () -> notifications.unread())).isZero();

        run(team.lead(), () -> comments.add(quote.id(), "@" + team.observer() + " again"));
        assertThat(as(team.observer(), () -> notifications.unread())).isEqualTo(1);
        long observerId = as(team.observer(), () -> accounts.me()).id();
        run(team.lead(), () -> projects.removeMember(team.projectId(), observerId));
        assertThat(as(team.observer(), () -> notifications.mine())).isEmpty();
    }

    @Test
    void anAssignmentTellsTheNewAssigneesOnly() {
        long reviewerId = as(team.reviewer(), () -> accounts.me()).id();
        run(team.lead(), () -> workflow.setAssignees(arabNews, List.of(reviewerId)));
        run(team.lead(), () -> workflow.setAssignees(arabNews, List.of(reviewerId)));
        assertThat(as(team.reviewer(), () -> notifications.mine())).singleElement().satisfies(n -> {
            assertThat(n.reason()).isEqualTo(NotificationReason.ASSIGNED);
            assertThat(n.message()).isEqualTo("lead Tester assigned “Arab News” to you");
        });
        assertThat(as(team.reviewer(), () -> notifications.chooseMail(MailChoice.DAILY))).isEqualTo(MailChoice.DAILY);
        assertThat(as(team.reviewer(), () -> notifications.mailChoice())).isEqualTo(MailChoice.DAILY);
        assertThat(as(team.lead(), () -> notifications.mailChoice())).isEqualTo(MailChoice.EACH);
    }

    @Test
    void mentionsAreUsernamesNotMailAddresses() {
        assertThat(Mentions.in("@lena, ask @ravi.k. Not a@b.org nor @x; (@olga)")).containsExactly("lena", "ravi.k", "olga");
    }
}
