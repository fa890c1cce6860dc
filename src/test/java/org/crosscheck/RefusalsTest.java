package org.crosscheck;

import org.crosscheck.article.ArticleDetails;
import org.crosscheck.TestData.Team;
import org.crosscheck.annotation.AnnotationFields;
import org.crosscheck.annotation.AnnotationKind;
import org.crosscheck.annotation.AnnotationService;
import org.crosscheck.annotation.AnnotationDetails;
import org.crosscheck.annotation.CommentService;
import org.crosscheck.article.ArticleContent;
import org.crosscheck.article.ArticleService;
import org.crosscheck.review.ContradictionCategory;
import org.crosscheck.review.ContradictionService;
import org.crosscheck.review.ContradictionDetails;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crosscheck.TestData.as;
import static org.crosscheck.TestData.run;

/** Writes that need a role the caller lacks are refused, and change nothing. */
@DatabaseTest
class RefusalsTest {

    @Autowired TestData data;
    @Autowired ArticleService articles;
    @Autowired AnnotationService annotations;
    @Autowired CommentService comments;
    @Autowired ContradictionService contradictions;

    Team team;
    long arabNews;
    long unNews;

    @BeforeEach
    void setUp() {
        team = data.team();
        arabNews = data.fixtureArticle(team.projectId(), team.lead(), "000-arab-news.txt", "Arab News");
        unNews = data.fixtureArticle(team.projectId(), team.lead(), "001-un-news-scoop.txt", "UN News");
    }

    @Test
    void onlyLeadsEditAndDeleteArticles() {
        ArticleContent article = as(team.lead(), () -> articles.get(arabNews));
        for (String notLead : List.of(team.reviewer(), team.observer())) {
            assertThatThrownBy(() -> run(notLead, () -> articles.updateDetails(arabNews,
                    new ArticleDetails("Renamed", null, null, null, null, null), article.version()))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> run(notLead, () -> articles.delete(arabNews))).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(as(team.lead(), () -> articles.get(arabNews)).title()).isEqualTo("Arab News");
    }

    @Test
    void observersNeitherExtendContradictionsNorResolveThreads() {
        ContradictionDetails c = as(team.reviewer(), () -> contradictions.create(team.projectId(),
                ContradictionCategory.FIGURE_MISMATCH, null, List.of(data.span(team.lead(), arabNews, "More than 1,000 people"),
                        data.span(team.lead(), unNews, "almost 1,000 people"))));
        assertThatThrownBy(() -> run(team.observer(), () -> contradictions.addSpans(c.id(),
                List.of(data.span(team.lead(), arabNews, "12 police officers"))))).isInstanceOf(AccessDeniedException.class);
        assertThat(as(team.lead(), () -> contradictions.get(c.id())).spans()).hasSize(2);

        AnnotationDetails note = as(team.reviewer(), () -> annotations.create(arabNews, AnnotationKind.NOTE, 0, 5,
                AnnotationFields.note("n")));
        assertThatThrownBy(() -> run(team.observer(), () -> comments.setResolved(note.id(), true)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(team.lead(), () -> comments.thread(note.id())).resolved()).isFalse();
    }
}
