package org.crosscheck.audit;

import org.crosscheck.DatabaseTest;
import org.crosscheck.TestData;
import org.crosscheck.TestData.Team;
import org.crosscheck.annotation.AnnotationDetails;
import org.crosscheck.annotation.AnnotationFields;
import org.crosscheck.annotation.AnnotationKind;
import org.crosscheck.annotation.AnnotationService;
import org.crosscheck.annotation.CommentService;
import org.crosscheck.base.NotFoundException;
import org.crosscheck.review.SpanRef;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crosscheck.TestData.as;
import static org.crosscheck.TestData.run;

/** The project's activity: every member reads who did what, filtered; nobody outside reads anything; no addresses. */
@DatabaseTest
class ActivityTest {

    @Autowired TestData data;
    @Autowired AuditService audit;
    @Autowired AnnotationService annotations;
    @Autowired CommentService comments;

    @Test
    void membersReadTheProjectsActivityNewestFirstByPersonAndKindOfThing() {
        Team team = data.team();
        long article = data.fixtureArticle(team.projectId(), team.lead(), "000-arab-news.txt", "Arab News");
        SpanRef span = data.span(team.reviewer(), article, "Almaty");
        AnnotationDetails note = as(team.reviewer(), () -> annotations.create(article, AnnotationKind.NOTE, span.start(),
                span.end(), AnnotationFields.note("The city")));
        run(team.lead(), () -> comments.add(note.id(), "Which district?"));

        List<AuditEntry> all = as(team.observer(), () -> audit.activity(team.projectId(), null, null, null, 50));
        assertThat(all).extracting(ActivitySentence::of).startsWith("commented", "added an annotation");
        assertThat(all).allSatisfy(e -> assertThat(e.clientAddress()).isNull());
        assertThat(as(team.observer(), () -> audit.activity(team.projectId(), team.reviewer(), null, null, 50)))
                .extracting(AuditEntry::actor).containsOnly(team.reviewer());
        assertThat(as(team.observer(), () -> audit.activity(team.projectId(), null, "comment", null, 50)))
                .singleElement().extracting(AuditEntry::action).isEqualTo("comment.added");
        long newest = all.getFirst().seq();
        assertThat(as(team.observer(), () -> audit.activity(team.projectId(), null, null, newest, 50)))
                .as("older than the newest").doesNotContain(all.getFirst()).hasSize(all.size() - 1);

        String outsider = data.user("outsider");
        assertThatThrownBy(() -> run(outsider, () -> audit.activity(team.projectId(), null, null, null, 50)))
                .isInstanceOf(NotFoundException.class);
    }
}
