package org.crosscheck.api;

import org.crosscheck.account.AccountService;
import org.crosscheck.account.UserSummary;
import org.crosscheck.article.ArticleWorkflow;
import org.crosscheck.curation.Agreement;
import org.crosscheck.curation.CurationService;
import org.crosscheck.project.ProjectService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Independent double annotation: the project's mode, an assignee's submission, and the agreement
 * figures of an article or a project (leads).
 */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "Independent marking and agreement")
@RequestMapping("/api/v1")
class CurationApi {

    private final ProjectService projects;
    private final ArticleWorkflow workflow;
    private final CurationService curation;
    private final AccountService accounts;

    CurationApi(ProjectService projects, ArticleWorkflow workflow, CurationService curation, AccountService accounts) {
        this.projects = projects;
        this.workflow = workflow;
        this.curation = curation;
        this.accounts = accounts;
    }

    record Mode(Boolean independent) {
    }

    @GetMapping("/projects/{id}/independent")
    Mode mode(@PathVariable long id) {
        return new Mode(projects.isIndependent(id));
    }

    /** {@code {"independent": true}}: leads. */
    @PutMapping("/projects/{id}/independent")
    Mode setMode(@PathVariable long id, @RequestBody Mode mode) {
        projects.isIndependent(id);
        if (mode == null || mode.independent() == null) {
            throw ApiException.invalid("independent", "Send {\"independent\": true} or false.");
        }
        projects.setIndependent(id, mode.independent());
        return new Mode(projects.isIndependent(id));
    }

    record Submission(long articleId, String status, Map<String, Boolean> submitted) {
    }

    /** The caller, an assignee, submits their marks of the article; when all did, it is ready for review. */
    @PostMapping("/articles/{id}/submit")
    Submission submit(@PathVariable long id) {
        ArticleWorkflow.WorkState state = workflow.submit(id);
        return submission(id, state.status().name());
    }

    @GetMapping("/articles/{id}/submissions")
    Submission submissions(@PathVariable long id) {
        return submission(id, workflow.stateOf(id).status().name());
    }

    private Submission submission(long articleId, String status) {
        Map<Long, Boolean> byId = workflow.submissions(articleId);
        Map<Long, UserSummary> users = accounts.findByIds(byId.keySet());
        Map<String, Boolean> out = new LinkedHashMap<>();
        byId.forEach((id, done) -> out.put(users.get(id) == null ? String.valueOf(id) : users.get(id).username(), done));
        return new Submission(articleId, status, out);
    }

    record Score(String kind, Map<String, Integer> marks, Double f1, Double alpha) {
    }

    record PairJson(String a, String b, String kind, int marksA, int marksB, int matched, Double f1, Double alpha) {
    }

    record AgreementJson(long articleId, String title, List<String> annotators, Score overall, List<Score> kinds,
                         List<PairJson> pairs) {
    }

    /** The agreement of the article's assignees: per kind and over all kinds, mean pairwise F1 and α; and each pair. Leads. */
    @GetMapping("/articles/{id}/agreement")
    AgreementJson agreement(@PathVariable long id) {
        CurationService.Curation c = curation.agreement(id);
        return json(c.articleId(), c.title(), c.agreement());
    }

    /** Every article of the project with two or more assignees. Leads. */
    @GetMapping("/projects/{id}/agreement")
    List<AgreementJson> projectAgreement(@PathVariable long id) {
        projects.isIndependent(id);
        List<AgreementJson> out = new ArrayList<>();
        curation.ofProject(id).forEach(a -> out.add(json(a.article().id(), a.article().title(), a.agreement())));
        return out;
    }

    private AgreementJson json(long articleId, String title, Agreement.Result r) {
        Map<Long, UserSummary> users = accounts.findByIds(r.annotators());
        java.util.function.LongFunction<String> name = id -> users.get(id) == null ? String.valueOf(id) : users.get(id).username();
        java.util.function.Function<Agreement.KindScore, Score> score = k -> {
            Map<String, Integer> marks = new LinkedHashMap<>();
            k.marks().forEach((id, n) -> marks.put(name.apply(id), n));
            return new Score(k.kind(), marks, k.f1(), k.alpha());
        };
        return new AgreementJson(articleId, title, r.annotators().stream().map(name::apply).toList(), score.apply(r.overall()),
                r.kinds().stream().map(score).toList(), r.pairs().stream().map(p -> new PairJson(name.apply(p.a()),
                        name.apply(p.b()), p.kind(), p.marksA(), p.marksB(), p.matched(), p.f1(), p.alpha())).toList());
    }
}
