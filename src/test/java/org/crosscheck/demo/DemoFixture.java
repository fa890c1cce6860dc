package org.crosscheck.demo;

import org.crosscheck.account.AccountService;
import org.crosscheck.annotation.AnnotationService;
import org.crosscheck.article.ArticleService;
import org.crosscheck.project.ProjectService;
import org.crosscheck.project.ProjectSummary;
import org.crosscheck.review.ContradictionService;
import org.crosscheck.security.RunAs;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;

/** The demo project exactly as demo mode loads it on a first start, for tests that need what users see first. */
@Component
public class DemoFixture {

    public static final String LEAD = "lena";

    private final DemoDataLoader loader;
    private final ProjectService projects;

    DemoFixture(AccountService accounts, ProjectService projects, ArticleService articles, AnnotationService annotations,
                ContradictionService contradictions) {
        this.loader = new DemoDataLoader(accounts, projects, articles, annotations, contradictions);
        this.projects = projects;
    }

    /** The demo project's id, loading it first if this database has not got it yet. */
    public synchronized long projectId() {
        try {
            loader.run(new DefaultApplicationArguments());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return RunAs.user(LEAD, () -> projects.myProjects(PageRequest.of(0, 50)).stream()
                .filter(p -> p.name().startsWith("Kazakhstan unrest")).map(ProjectSummary::id).findFirst().orElseThrow());
    }
}
