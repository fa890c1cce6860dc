package org.crosscheck.demo;

import org.crosscheck.account.AccountService;
import org.crosscheck.account.GlobalRole;
import org.crosscheck.annotation.AnnotationFields;
import org.crosscheck.annotation.AnnotationKind;
import org.crosscheck.annotation.AnnotationService;
import org.crosscheck.annotation.FigureQualifier;
import org.crosscheck.article.ArticleContent;
import org.crosscheck.article.ArticleDraft;
import org.crosscheck.article.ArticleFormat;
import org.crosscheck.article.ArticleService;
import org.crosscheck.article.ArticleService.ImportRequest;
import org.crosscheck.article.ArticleSummary;
import org.crosscheck.project.ProjectRole;
import org.crosscheck.project.ProjectService;
import org.crosscheck.project.ProjectSummary;
import org.crosscheck.review.ContradictionCategory;
import org.crosscheck.review.ContradictionService;
import org.crosscheck.review.SpanRef;
import org.crosscheck.security.RunAs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Demo mode: on first start, creates the demo reviewers and the Kazakhstan project from
 * fixtures/, through the same services (and permission checks) a user goes through, each step as
 * the demo user who would do it.
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "crosscheck.demo", havingValue = "true")
class DemoDataLoader implements ApplicationRunner {

    static final String PASSWORD = "demo-password";
    private static final String FIXTURE = "fixtures/kazakhstan-2022/";
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final AccountService accounts;
    private final ProjectService projects;
    private final ArticleService articles;
    private final AnnotationService annotations;
    private final ContradictionService contradictions;

    DemoDataLoader(AccountService accounts, ProjectService projects, ArticleService articles,
                   AnnotationService annotations, ContradictionService contradictions) {
        this.contradictions = contradictions;
        this.accounts = accounts;
        this.projects = projects;
        this.articles = articles;
        this.annotations = annotations;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        DemoProject demo = JsonMapper.builder().findAndAddModules().build()
                .readValue(read("project.json"), DemoProject.class);
        String lead = demo.members().stream().filter(m -> "LEAD".equals(m.role())).findFirst().orElseThrow().username();
        if (as("admin", true, () -> accounts.findByUsername(lead)).isPresent()) {
            return; // loaded on an earlier start
        }
        as("admin", true, () -> {
            demo.members().forEach(m -> accounts.createUser(m.username(), m.name(), PASSWORD, GlobalRole.USER));
            return null;
        });
        ProjectSummary project = as(lead, false, () -> projects.create(demo.name(), demo.description()));
        as(lead, false, () -> {
            demo.members().stream().filter(m -> m.role() != null && !m.username().equals(lead))
                    .forEach(m -> projects.setMember(project.id(), m.username(), ProjectRole.valueOf(m.role())));
            return null;
        });
        Map<String, Long> articleIds = new HashMap<>();
        for (DemoProject.Article a : demo.articles()) {
            String text = read(a.file());
            ArticleDraft draft = new ArticleDraft(a.title(), a.outlet(), a.url(), a.published(), a.file(),
                    ArticleFormat.TEXT, text, a.byline());
            List<ArticleSummary> imported = as(lead, false,
                    () -> articles.importArticles(project.id(), List.of(new ImportRequest(draft, text))));
            articleIds.put(a.file(), imported.getFirst().id());
        }
        for (DemoProject.Annotation a : demo.annotations()) {
            long articleId = articleIds.get(a.article());
            as(a.author(), false, () -> {
                int start = find(articles.get(articleId), a.exact(), a.article());
                AnnotationFields fields = new AnnotationFields(a.speaker(), a.value(),
                        a.qualifier() == null ? null : FigureQualifier.valueOf(a.qualifier()), a.counts(), null, a.note());
                return annotations.create(articleId, AnnotationKind.valueOf(a.kind()), start, start + a.exact().length(),
                        fields);
            });
        }
        for (DemoProject.Contradiction c : demo.contradictions()) {
            as(c.author(), false, () -> {
                List<SpanRef> spans = c.spans().stream().map(s -> {
                    long articleId = articleIds.get(s.article());
                    int start = find(articles.get(articleId), s.exact(), s.article());
                    return SpanRef.of(articleId, start, start + s.exact().length());
                }).toList();
                return contradictions.create(project.id(), ContradictionCategory.valueOf(c.category()), c.note(), spans);
            });
        }
        log.info("Demo mode: created project '{}' with {} articles and the demo accounts {} (password '{}')",
                demo.name(), demo.articles().size(),
                demo.members().stream().map(DemoProject.Member::username).toList(), PASSWORD);
    }

    private static int find(ArticleContent article, String exact, String file) {
        int start = article.text().indexOf(exact);
        if (start < 0) {
            throw new IllegalStateException("Demo span not found in " + file + ": " + exact);
        }
        return start;
    }

    private static String read(String file) throws IOException {
        try (InputStream in = new ClassPathResource(FIXTURE + file).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static <T> T as(String username, boolean admin, Supplier<T> step) {
        return admin ? RunAs.admin(username, step) : RunAs.user(username, step);
    }
}
