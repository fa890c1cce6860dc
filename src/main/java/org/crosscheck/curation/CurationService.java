package org.crosscheck.curation;

import org.crosscheck.account.AccountService;
import org.crosscheck.account.UserSummary;
import org.crosscheck.annotation.AnnotationDetails;
import org.crosscheck.annotation.AnnotationService;
import org.crosscheck.approval.ApprovalService;
import org.crosscheck.approval.CheckState;
import org.crosscheck.approval.Outcome;
import org.crosscheck.article.ArticleContent;
import org.crosscheck.article.ArticleService;
import org.crosscheck.article.ArticleStatus;
import org.crosscheck.article.ArticleSummary;
import org.crosscheck.article.ArticleWorkflow;
import org.crosscheck.base.DomainException;
import org.crosscheck.base.Texts;
import org.crosscheck.curation.Agreement.Mark;
import org.crosscheck.curation.Agreement.Place;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Bringing independent marks together: how far an article's assignees agree, the places where they
 * marked, and the lead's choice at each place, written as the checkers' decisions (taken: approved;
 * left out: rejected), so that the approved work is the final set. Leads only: they alone see every
 * assignee's marks before all submitted.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class CurationService {

    private final AnnotationService annotations;
    private final ArticleService articles;
    private final ArticleWorkflow workflow;
    private final ApprovalService approvals;
    private final AccountService accounts;

    private final org.crosscheck.project.ProjectAccess access;

    CurationService(AnnotationService annotations, ArticleService articles, ArticleWorkflow workflow,
                    ApprovalService approvals, AccountService accounts, org.crosscheck.project.ProjectAccess access) {
        this.access = access;
        this.annotations = annotations;
        this.articles = articles;
        this.workflow = workflow;
        this.approvals = approvals;
        this.accounts = accounts;
    }

    /** One who marked the article: an assignee (submitted or not), or another author of marks in it. */
    public record Annotator(UserSummary user, boolean assigned, boolean submitted) {
    }

    /** Where a place stands: agreed and not yet accepted, to decide, or decided (taken marks, or none). */
    public enum PlaceState {
        AGREED("Agreed"), TO_DECIDE("To decide"), TAKEN("Taken"), LEFT_OUT("Left out");

        private final String label;

        PlaceState(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A place with each annotator's marks there, and the lead's choice so far. */
    public record CuratedPlace(int index, Place place, String text, Map<Long, List<AnnotationDetails>> byAnnotator,
                               PlaceState state, Set<Long> taken) {

        /** "kind:start:end:ids": what the screen showed, which a choice names. */
        public String key() {
            StringBuilder sb = new StringBuilder(place.kind()).append(':').append(place.start()).append(':').append(place.end());
            place.marks().forEach(m -> sb.append(':').append(m.id()));
            byAnnotator.values().forEach(list -> list.forEach(a -> sb.append('.').append(a.version())));
            return sb.toString();
        }

        public String kindName() {
            return byAnnotator.values().stream().flatMap(List::stream).findFirst().map(AnnotationDetails::kindName).orElse(place.kind());
        }

        public String kindCss() {
            return byAnnotator.values().stream().flatMap(List::stream).findFirst().map(a -> a.description().cssClass())
                    .orElse("");
        }
    }

    /** An article's curation: who marked it, how far they agree, and every place in text order. */
    public record Curation(long articleId, long projectId, String title, ArticleStatus status, List<Annotator> annotators,
                           Agreement.Result agreement, List<CuratedPlace> places) {

        public long count(PlaceState state) {
            return places.stream().filter(p -> p.state() == state).count();
        }

        /** Whether choices may be made now (every assignee submitted: the article is ready for review). */
        public boolean open() {
            return status == ArticleStatus.READY_FOR_REVIEW;
        }
    }

    /** The article's agreement figures only (also in the API). */
    public Curation agreement(long articleId) {
        return of(articleId, false);
    }

    /** The whole curation of the article: agreement and places with the lead's choices. */
    public Curation of(long articleId) {
        return of(articleId, true);
    }

    private Curation of(long articleId, boolean withPlaces) {
        List<AnnotationDetails> all = annotations.allOfArticle(articleId); // a lead's read: refused to anyone else
        ArticleContent article = articles.get(articleId);
        List<Annotator> annotators = annotators(articleId, all);
        List<Long> ids = annotators.stream().map(a -> a.user().id()).toList();
        List<Mark> marks = new ArrayList<>(all.size());
        Map<Long, AnnotationDetails> byId = new HashMap<>();
        for (AnnotationDetails a : all) {
            if (a.author() != null) {
                marks.add(new Mark(a.id(), a.author().id(), a.description().id(), a.span().start(), a.span().end(), a.summary()));
                byId.put(a.id(), a);
            }
        }
        Agreement.Result result = Agreement.of(article.text().length(), ids, marks);
        List<CuratedPlace> places = new ArrayList<>();
        if (withPlaces) {
            Map<Long, CheckState> states = approvals.annotationStates(articleId, List.copyOf(byId.keySet()));
            int index = 0;
            for (Place place : Agreement.places(ids, marks)) {
                Map<Long, List<AnnotationDetails>> byAnnotator = new LinkedHashMap<>();
                ids.forEach(id -> byAnnotator.put(id, new ArrayList<>()));
                place.marks().forEach(m -> byAnnotator.get(m.annotator()).add(byId.get(m.id())));
                Set<Long> taken = new LinkedHashSet<>();
                boolean allDecided = true;
                for (Mark m : place.marks()) {
                    CheckState s = states.get(m.id());
                    if (s != null && s.approved()) {
                        taken.add(m.id());
                    }
                    if (s == null || !s.current()) {
                        allDecided = false;
                    }
                }
                PlaceState state = !taken.isEmpty() ? PlaceState.TAKEN : allDecided ? PlaceState.LEFT_OUT
                        : place.agreed() ? PlaceState.AGREED : PlaceState.TO_DECIDE;
                String text = article.text().substring(Math.max(0, place.start()), Math.min(article.text().length(), place.end()));
                places.add(new CuratedPlace(index++, place, text, byAnnotator, state, Set.copyOf(taken)));
            }
        }
        return new Curation(articleId, article.projectId(), article.title(), workflow.stateOf(articleId).status(),
                annotators, result, List.copyOf(places));
    }

    /**
     * The lead's choice at one place, as the screen showed it ({@code shownKey}): the marks of
     * {@code annotatorIds} go into the final set, the others of the place are left out. An empty
     * choice leaves the whole place out.
     */
    @Transactional
    public void choose(long articleId, String shownKey, Set<Long> annotatorIds) {
        Curation now = of(articleId);
        CuratedPlace place = now.places().stream().filter(p -> p.key().equals(shownKey)).findFirst()
                .orElseThrow(() -> new org.crosscheck.base.ConcurrentEditException(0, "curation.error.place-changed"));
        Map<Long, Outcome> outcomes = new LinkedHashMap<>();
        place.byAnnotator().forEach((annotator, list) -> list.forEach(a ->
                outcomes.put(a.id(), annotatorIds.contains(annotator) ? Outcome.APPROVED : Outcome.REJECTED)));
        String who = now.annotators().stream().filter(a -> annotatorIds.contains(a.user().id()))
                .map(a -> a.user().displayName() + "'s").reduce((x, y) -> x + " and " + y).orElse(null);
        approvals.curate(articleId, outcomes, who == null ? "Left out in curation." : "Not taken in curation: "
                + Texts.abbreviate(who, 200) + " taken instead.");
    }

    /** Accepts every agreed place not decided yet: the first annotator's mark is kept, the same marks of the others left out. */
    @Transactional
    public int acceptAgreements(long articleId) {
        Curation now = of(articleId);
        if (!now.open()) {
            throw DomainException.of("curation.error.not-open");
        }
        Map<Long, Outcome> outcomes = new LinkedHashMap<>();
        int accepted = 0;
        for (CuratedPlace place : now.places()) {
            if (place.state() != PlaceState.AGREED) {
                continue;
            }
            boolean first = true;
            for (List<AnnotationDetails> list : place.byAnnotator().values()) {
                for (AnnotationDetails a : list) {
                    outcomes.put(a.id(), first ? Outcome.APPROVED : Outcome.REJECTED);
                    first = false;
                }
            }
            accepted++;
        }
        approvals.curate(articleId, outcomes, "The same as another assignee's mark, kept once.");
        return accepted;
    }

    /** Agreement of every article of the project whose assignees all submitted, for the project's Agreement page. */
    public List<ArticleAgreement> ofProject(long projectId) {
        access.requireVisible(projectId, "project", projectId);
        access.requireLead(projectId);
        List<ArticleAgreement> out = new ArrayList<>();
        for (ArticleSummary a : articles.list(projectId)) {
            Map<Long, Boolean> submitted = workflow.submissions(a.id());
            if (submitted.size() >= 2) {
                Curation c = agreement(a.id());
                out.add(new ArticleAgreement(a, submitted.values().stream().filter(Boolean::booleanValue).count(),
                        submitted.size(), c.agreement()));
            }
        }
        return out;
    }

    /** One article's figures on the project's Agreement page. */
    public record ArticleAgreement(ArticleSummary article, long submitted, int assignees, Agreement.Result agreement) {
    }

    private List<Annotator> annotators(long articleId, List<AnnotationDetails> all) {
        Map<Long, Boolean> submissions = workflow.submissions(articleId);
        Set<Long> ids = new LinkedHashSet<>(submissions.keySet());
        if (ids.size() < 2) {
            all.stream().filter(a -> a.author() != null).forEach(a -> ids.add(a.author().id()));
        }
        Map<Long, UserSummary> users = accounts.findByIds(ids);
        List<Annotator> out = new ArrayList<>();
        for (long id : ids) {
            UserSummary u = users.get(id);
            if (u != null) {
                out.add(new Annotator(u, submissions.containsKey(id), Boolean.TRUE.equals(submissions.get(id))));
            }
        }
        // By name, the same on every database and every opening: the keys 1, 2… stay with the same person.
        out.sort(java.util.Comparator.comparing((Annotator a) -> a.user().displayName(), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(a -> a.user().id()));
        return out;
    }
}
