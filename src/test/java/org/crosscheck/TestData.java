package org.crosscheck;

import org.crosscheck.account.AccountService;
import org.crosscheck.account.GlobalRole;
import org.crosscheck.article.ArticleDraft;
import org.crosscheck.article.ArticleFormat;
import org.crosscheck.article.ArticleService;
import org.crosscheck.article.ArticleService.ImportRequest;
import org.crosscheck.project.ProjectRole;
import org.crosscheck.project.ProjectService;
import org.crosscheck.review.SpanRef;
import org.crosscheck.security.RunAs;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Creates what a test needs through the real services. Names are unique per call, so tests can
 * share one database (PostgreSQL keeps data between test classes) without seeing each other.
 */
@Component
public class TestData {

    public static final String PASSWORD = "test-password";

    private final AccountService accounts;
    private final ProjectService projects;
    private final ArticleService articles;

    TestData(AccountService accounts, ProjectService projects, ArticleService articles) {
        this.accounts = accounts;
        this.projects = projects;
        this.articles = articles;
    }

    /** A new user; returns the username. */
    public String user(String name) {
        String username = name.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        RunAs.admin("admin", () -> accounts.createUser(username, name + " Tester", PASSWORD, GlobalRole.USER));
        return username;
    }

    /** The usual cast: a project with a lead, a reviewer and an observer, each a new user. */
    public record Team(long projectId, String lead, String reviewer, String observer) {
    }

    public Team team() {
        String lead = user("lead");
        String reviewer = user("reviewer");
        String observer = user("observer");
        long projectId = project(lead);
        member(projectId, lead, reviewer, ProjectRole.REVIEWER);
        member(projectId, lead, observer, ProjectRole.OBSERVER);
        return new Team(projectId, lead, reviewer, observer);
    }

    /** A new project led by {@code lead}; returns its id. */
    public long project(String lead) {
        return as(lead, () -> projects.create("Project " + UUID.randomUUID(), null).id());
    }

    public void member(long projectId, String lead, String username, ProjectRole role) {
        as(lead, () -> projects.setMember(projectId, username, role));
    }

    /** Imports one of the demo fixture articles (fixtures/kazakhstan-2022/) into the project; returns its id. */
    public long fixtureArticle(long projectId, String lead, String file, String title) {
        String text = fixture(file);
        return article(projectId, lead, title, text);
    }

    public long article(long projectId, String lead, String title, String text) {
        ArticleDraft draft = new ArticleDraft(title, title + " Outlet", null, LocalDate.of(2022, 1, 7), "test",
                ArticleFormat.TEXT, text);
        return as(lead, () -> articles.importArticles(projectId, List.of(new ImportRequest(draft, text)))).getFirst().id();
    }

    /** The article's text, as the caller in the security context reads it. */
    public String text(long articleId) {
        return articles.get(articleId).text();
    }

    /** The hash of the article's text, as the caller in the security context reads it. */
    public String contentHash(long articleId) {
        return articles.get(articleId).contentHash();
    }

    /** The first occurrence of {@code exact} in the article's text, as a span to link into a contradiction. */
    public SpanRef span(String user, long articleId, String exact) {
        String text = as(user, () -> articles.get(articleId)).text();
        int start = text.indexOf(exact);
        if (start < 0) {
            throw new AssertionError("Not in article " + articleId + ": " + exact);
        }
        return SpanRef.of(articleId, start, start + exact.length());
    }

    public static String fixture(String file) {
        try (InputStream in = new ClassPathResource("fixtures/kazakhstan-2022/" + file).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static <T> T as(String username, Supplier<T> work) {
        return RunAs.user(username, work);
    }

    public static void run(String username, Runnable work) {
        RunAs.user(username, () -> {
            work.run();
            return null;
        });
    }
}
