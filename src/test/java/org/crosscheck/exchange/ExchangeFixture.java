package org.crosscheck.exchange;

import org.crosscheck.TestData;
import org.crosscheck.annotation.AnnotationDetails;
import org.crosscheck.annotation.AnnotationFields;
import org.crosscheck.annotation.AnnotationKind;
import org.crosscheck.annotation.AnnotationService;
import org.crosscheck.annotation.CommentService;
import org.crosscheck.annotation.FigureQualifier;
import org.crosscheck.project.ProjectRole;
import org.crosscheck.review.ContradictionCategory;
import org.crosscheck.review.ContradictionDetails;
import org.crosscheck.review.ContradictionService;
import org.crosscheck.review.ContradictionStatus;
import org.crosscheck.review.SpanRef;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.List;

import static org.crosscheck.TestData.as;

/**
 * A small annotated project for the exchange tests, made through the services: three of the demo
 * articles (one with the flag emoji), a quote with a comment thread, a figure, a note after the
 * emoji, a note a spreadsheet would run as a formula, and a confirmed contradiction across two articles.
 */
@Component
public class ExchangeFixture {

    private final TestData data;
    private final AnnotationService annotations;
    private final CommentService comments;
    private final ContradictionService contradictions;

    ExchangeFixture(TestData data, AnnotationService annotations, CommentService comments,
                        ContradictionService contradictions) {
        this.data = data;
        this.annotations = annotations;
        this.comments = comments;
        this.contradictions = contradictions;
    }

    public record Made(TestData.Team team, long projectId, long arabNews, long unNews, long republic, AnnotationDetails quote,
                AnnotationDetails figure, AnnotationDetails afterFlag, AnnotationDetails formula,
                ContradictionDetails contradiction) {
    }

    public Made make() {
        TestData.Team team = data.team();
        long p = team.projectId();
        long arabNews = data.fixtureArticle(p, team.lead(), "000-arab-news.txt", "Arab News");
        long unNews = data.fixtureArticle(p, team.lead(), "001-un-news-scoop.txt", "UN News");
        long republic = data.fixtureArticle(p, team.lead(), "002-republic-world.txt", "Republic World");
        String reviewer = team.reviewer();
        AnnotationDetails quote = mark(reviewer, arabNews, "It’s important that there be a stop to the violence",
                AnnotationKind.QUOTE, AnnotationFields.quote("Stephane Dujarric"));
        AnnotationDetails figure = mark(reviewer, arabNews, "More than 1,000 people", AnnotationKind.FIGURE,
                new AnnotationFields(null, new BigDecimal("1000"), FigureQualifier.MORE_THAN, "people injured", null,
                        "Rounded in the article"));
        AnnotationDetails afterFlag = mark(reviewer, republic, "#Kazakhstan", AnnotationKind.NOTE,
                AnnotationFields.note("Hashtag right after the flag emoji"));
        AnnotationDetails formula = mark(reviewer, unNews, "dozens", AnnotationKind.NOTE,
                AnnotationFields.note("=HYPERLINK(\"http://evil.example\",\"click\")"));
        as(reviewer, () -> comments.add(quote.id(), "Check the UN transcript."));
        as(team.lead(), () -> comments.add(quote.id(), "Matches the transcript."));
        TestData.run(team.lead(), () -> comments.setResolved(quote.id(), true));
        ContradictionDetails contradiction = as(reviewer, () -> contradictions.create(p,
                ContradictionCategory.FIGURE_MISMATCH, "Injured: more than 1,000 vs dozens killed",
                List.of(new SpanRef(arabNews, figure.span().start(), figure.span().end(), figure.id()),
                        data.span(reviewer, unNews, "dozens"))));
        ContradictionDetails confirmed = as(team.lead(), () -> contradictions.changeStatus(contradiction.id(),
                ContradictionStatus.CONFIRMED, "Both figures checked", contradiction.version()));
        data.member(p, team.lead(), data.user("nobody"), ProjectRole.OBSERVER);
        return new Made(team, p, arabNews, unNews, republic, quote, figure, afterFlag, formula, confirmed);
    }

    private AnnotationDetails mark(String user, long articleId, String exact, AnnotationKind kind, AnnotationFields fields) {
        SpanRef at = data.span(user, articleId, exact);
        return as(user, () -> annotations.create(articleId, kind, at.start(), at.end(), fields));
    }
}
