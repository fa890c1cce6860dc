package org.crosscheck.annotation;

import org.crosscheck.DatabaseTest;
import org.crosscheck.TestData;
import org.crosscheck.base.NotFoundException;
import org.crosscheck.annotation.CommentEvents.CommentAdded;
import org.crosscheck.base.ConcurrentEditException;
import org.crosscheck.base.DomainException;
import org.crosscheck.project.ProjectRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crosscheck.TestData.as;
import static org.crosscheck.TestData.run;

@DatabaseTest
@RecordApplicationEvents
class CommentServiceTest {

    @Autowired TestData data;
    @Autowired CommentService comments;
    @Autowired AnnotationService annotations;
    @Autowired ApplicationEvents events;

    String lead;
    String reviewer;
    String observer;
    long annotationId;

    @BeforeEach
    void setUp() {
        lead = data.user("lead");
        reviewer = data.user("reviewer");
        observer = data.user("observer");
        long projectId = data.project(lead);
        data.member(projectId, lead, reviewer, ProjectRole.REVIEWER);
        data.member(projectId, lead, observer, ProjectRole.OBSERVER);
        long articleId = data.article(projectId, lead, "Article", "Twelve officers died, the ministry said.");
        annotationId = as(reviewer, () -> annotations.create(articleId, AnnotationKind.NOTE, 0, 6,
                AnnotationFields.note("check the number"))).id();
    }

    @Test
    void replyEditOwnAndResolve() {
        CommentDetails first = as(reviewer, () -> comments.add(annotationId, "  Source? "));
        as(lead, () -> comments.add(annotationId, "Interior ministry, per AFP."));
        CommentDetails.Thread thread = as(observer, () -> comments.thread(annotationId));
        assertThat(thread.comments()).extracting(CommentDetails::body).containsExactly("Source?", "Interior ministry, per AFP.");
        assertThat(thread.resolved()).isFalse();
        assertThat(events.stream(CommentAdded.class)).hasSize(2);

        assertThatThrownBy(() -> run(lead, () -> comments.edit(first.id(), "hijacked", first.version())))
                .isInstanceOf(AccessDeniedException.class);
        CommentDetails edited = as(reviewer, () -> comments.edit(first.id(), "Source, please?", first.version()));
        assertThat(edited.body()).isEqualTo("Source, please?");
        assertThatThrownBy(() -> run(reviewer, () -> comments.edit(first.id(), "stale", first.version())))
                .isInstanceOf(ConcurrentEditException.class).hasMessageContaining("Source, please?");

        run(lead, () -> comments.setResolved(annotationId, true));
        assertThat(as(observer, () -> comments.thread(annotationId)).resolved()).isTrue();
        run(reviewer, () -> comments.setResolved(annotationId, false));
        assertThat(as(observer, () -> comments.thread(annotationId)).resolved()).isFalse();
    }

    @Test
    void observersOutsidersAndEmptyCommentsAreRefused() {
        assertThatThrownBy(() -> run(observer, () -> comments.add(annotationId, "hi"))).isInstanceOf(AccessDeniedException.class);
        String outsider = data.user("outsider");
        assertThatThrownBy(() -> run(outsider, () -> comments.thread(annotationId))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> run(reviewer, () -> comments.add(annotationId, "   ")))
                .isInstanceOf(DomainException.class).hasMessageContaining("empty");
        assertThat(as(reviewer, () -> comments.thread(annotationId)).comments()).isEmpty();
    }
}
