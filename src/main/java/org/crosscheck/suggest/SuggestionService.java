package org.crosscheck.suggest;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.crosscheck.account.AccountService;
import org.crosscheck.annotation.AnnotationDetails;
import org.crosscheck.annotation.AnnotationEvents.AnnotationCreated;
import org.crosscheck.annotation.AnnotationFields;
import org.crosscheck.annotation.AnnotationKind;
import org.crosscheck.annotation.AnnotationService;
import org.crosscheck.annotation.FigureQualifier;
import org.crosscheck.annotation.TextSpan;
import org.crosscheck.article.ArticleContent;
import org.crosscheck.article.ArticleService;
import org.crosscheck.article.ArticleSummary;
import org.crosscheck.base.AlreadyDecidedException;
import org.crosscheck.base.ConcurrentEditException;
import org.crosscheck.base.DomainException;
import org.crosscheck.base.NotFoundException;
import org.crosscheck.base.Paging;
import org.crosscheck.base.Texts;
import org.crosscheck.project.ProjectAccess;
import org.crosscheck.review.ContradictionCategory;
import org.crosscheck.review.ContradictionDetails;
import org.crosscheck.review.ContradictionService;
import org.crosscheck.review.ReviewEvents.ContradictionCreated;
import org.crosscheck.review.ReviewEvents.ContradictionExtended;
import org.crosscheck.review.SpanRef;
import org.crosscheck.review.SpanValues;
import org.crosscheck.suggest.SuggestionEvents.SuggestionAccepted;
import org.crosscheck.suggest.SuggestionEvents.SuggestionRejected;
import org.crosscheck.suggest.SuggestionEvents.SuggestionTakenOver;
import org.crosscheck.suggest.SuggestionEvents.SuggestionsComputed;
import org.crosscheck.suggest.engine.ArticleFindings;
import org.crosscheck.suggest.engine.FoundContradiction;
import org.crosscheck.suggest.engine.FoundFigure;
import org.crosscheck.suggest.engine.FoundQuote;
import org.crosscheck.suggest.engine.NearDuplicate;
import org.crosscheck.suggest.engine.ProjectFindings;
import org.crosscheck.suggest.engine.SpanAt;
import org.crosscheck.suggest.engine.SuggestionEngine;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The project's suggestions: listed, accepted (an ordinary annotation or contradiction is made
 * through their services, so every check and event of a manual one holds) or rejected (its
 * fingerprint keeps it from coming back), and replaced by each run of the engine.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class SuggestionService {

    /** A run that has not finished in this long died with its node; a new one may start. */
    static final Duration STALE_RUN = Duration.ofMinutes(15);
    private static final int MAX_CLAIMS = 20_000;

    private final SuggestionRepository suggestions;
    private final SuggestionSpanRepository spans;
    private final SuggestionRunRepository runs;
    private final NearDuplicateRepository nearDuplicates;
    private final ArticleService articles;
    private final AnnotationService annotations;
    private final ContradictionService contradictions;
    private final ProjectAccess access;
    private final AccountService accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SuggestionService(SuggestionRepository suggestions, SuggestionSpanRepository spans, SuggestionRunRepository runs,
                      NearDuplicateRepository nearDuplicates, ArticleService articles, AnnotationService annotations, ContradictionService contradictions,
                      ProjectAccess access, AccountService accounts, ApplicationEventPublisher events, Clock clock) {
        this.suggestions = suggestions;
        this.spans = spans;
        this.runs = runs;
        this.nearDuplicates = nearDuplicates;
        this.articles = articles;
        this.annotations = annotations;
        this.contradictions = contradictions;
        this.access = access;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    // ---- reading ------------------------------------------------------------------------------

    @PreAuthorize("@projectAccess.canRead(#projectId)")
    public List<SuggestionDetails> page(long projectId, SuggestionFilter filter, Pageable page) {
        return views(suggestions.page(projectId, filter.kind(), filter.status(), filter.articleId(), Paging.capped(page)));
    }

    @PreAuthorize("@projectAccess.canRead(#projectId)")
    public long count(long projectId, SuggestionFilter filter) {
        return suggestions.count(projectId, filter.kind(), filter.status(), filter.articleId());
    }

    /** The pending suggestions on an article's text (quotes, figures, and contradictions with a side in it): a reader's layer. */
    public List<SuggestionDetails> pendingOn(long articleId) {
        long projectId = articles.projectIdOf(articleId);
        return views(suggestions.page(projectId, null, SuggestionStatus.PENDING, articleId, PageRequest.of(0, Paging.MAX_PAGE_SIZE)));
    }

    /** Where a suggestion is in the filtered list (from 0), for moving through it from the keyboard. */
    @PreAuthorize("@projectAccess.canRead(#projectId)")
    public long rank(long projectId, SuggestionFilter filter, long suggestionId) {
        return suggestions.rank(projectId, filter.kind(), filter.status(), filter.articleId(), suggestionId);
    }

    public SuggestionDetails get(long suggestionId) {
        Suggestion s = suggestions.findById(suggestionId).orElseThrow(() -> new NotFoundException("suggestion", suggestionId));
        access.requireVisible(s.getProjectId(), "suggestion", suggestionId);
        return views(List.of(s)).getFirst();
    }

    /** A run of the project's suggestions; another project's run is not found. */
    @PreAuthorize("@projectAccess.canRead(#projectId)")
    public SuggestionRunDetails run(long projectId, long runId) {
        return runs.findById(runId).filter(r -> r.getProjectId() == projectId).map(SuggestionRun::details)
                .orElseThrow(() -> new NotFoundException("suggestion run", runId));
    }

    @PreAuthorize("@projectAccess.canRead(#projectId)")
    public Optional<SuggestionRunDetails> latestRun(long projectId) {
        return runs.findFirstByProjectIdOrderByStartedAtDescIdDesc(projectId).map(SuggestionRun::details);
    }

    public boolean mayReview(long projectId) {
        return access.canAnnotate(projectId);
    }

    // ---- a reviewer's decision ---------------------------------------------------------------

    /**
     * Makes the suggestion an ordinary annotation (origin: suggested) or contradiction, with the
     * reviewer's edits; refused when someone decided on it first, or when the article's text no
     * longer holds its words. For a caller that has not shown the suggestion to anyone (the API);
     * a screen passes the version it showed.
     */
    @Transactional
    public AcceptedSuggestion accept(long suggestionId, SuggestionEdits edits) {
        return accept(loadForDecision(suggestionId, null), edits);
    }

    /**
     * As {@link #accept(long, SuggestionEdits)}, for the suggestion as shown at {@code shownVersion}:
     * decided since ({@link AlreadyDecidedException}, saying who and when) or changed since
     * ({@link ConcurrentEditException}), nothing is accepted.
     */
    @Transactional
    public AcceptedSuggestion accept(long suggestionId, long shownVersion, SuggestionEdits edits) {
        return accept(loadForDecision(suggestionId, shownVersion), edits);
    }

    private AcceptedSuggestion accept(Suggestion s, SuggestionEdits edits) {
        SuggestionEdits e = edits == null ? SuggestionEdits.none() : edits;
        SuggestionValues before = values(s, s.getStatus());
        long me = accounts.me().id();
        // Decided before the annotation or contradiction is made: otherwise making it would take this
        // very suggestion over (see onAnnotationCreated) as if it had been marked by hand.
        s.accept(me, clock.instant(), null, null);
        AnnotationDetails annotation = null;
        ContradictionDetails contradiction = null;
        switch (s.getKind()) {
            case QUOTE -> {
                TextSpan at = anchored(s.getArticleId(), s.getSpan());
                annotation = annotations.createAccepted(s.getArticleId(), AnnotationKind.QUOTE, at.start(), at.end(),
                        at.exact(), new AnnotationFields(pick(e.speaker(), s.getSpeaker()), null, null, null, null,
                                Texts.optional(e.note(), 4000, "The note")));
            }
            case FIGURE -> {
                TextSpan at = anchored(s.getArticleId(), s.getSpan());
                annotation = annotations.createAccepted(s.getArticleId(), AnnotationKind.FIGURE, at.start(), at.end(),
                        at.exact(), figureFields(s.figure(), e));
            }
            case CONTRADICTION -> {
                List<SpanRef> refs = new ArrayList<>();
                for (SuggestionSpan side : spans.findBySuggestionIdInOrderByIdAsc(List.of(s.getId()))) {
                    TextSpan at = anchored(side.getArticleId(), side.getSpan());
                    refs.add(new SpanRef(side.getArticleId(), at.start(), at.end(), null));
                }
                ContradictionCategory category = e.category() != null ? e.category() : s.getCategory();
                contradiction = contradictions.create(s.getProjectId(), category,
                        e.note() != null ? e.note() : s.getExplanation(), refs);
            }
        }
        s.madeInto(annotation == null ? null : annotation.id(), contradiction == null ? null : contradiction.id());
        suggestions.flush();
        SuggestionValues after = annotation != null ? valuesOf(annotation) : new SuggestionValues(SuggestionStatus.ACCEPTED,
                null, null, null, null, null, null, contradiction.category(), contradiction.note());
        SuggestionDetails view = views(List.of(s)).getFirst();
        events.publishEvent(new SuggestionAccepted(s.getProjectId(), s.getId(), s.getKind(), view.articleIds(), before,
                after, s.getAnnotationId(), s.getContradictionId(), me));
        return new AcceptedSuggestion(view, annotation, contradiction);
    }

    /** Rejected: not proposed again when the suggestions are computed anew. For the API, as {@link #accept(long, SuggestionEdits)}. */
    @Transactional
    public SuggestionDetails reject(long suggestionId) {
        return reject(loadForDecision(suggestionId, null));
    }

    /** As {@link #reject(long)}, for the suggestion as shown at {@code shownVersion} (see {@link #accept(long, long, SuggestionEdits)}). */
    @Transactional
    public SuggestionDetails reject(long suggestionId, long shownVersion) {
        return reject(loadForDecision(suggestionId, shownVersion));
    }

    private SuggestionDetails reject(Suggestion s) {
        SuggestionValues before = values(s, s.getStatus());
        long me = accounts.me().id();
        s.reject(me, clock.instant());
        suggestions.flush();
        SuggestionDetails view = views(List.of(s)).getFirst();
        events.publishEvent(new SuggestionRejected(s.getProjectId(), s.getId(), s.getKind(), view.articleIds(), before,
                values(s, SuggestionStatus.REJECTED), me));
        return view;
    }

    /** What an accepted suggestion became. */
    public record AcceptedSuggestion(SuggestionDetails suggestion, AnnotationDetails annotation,
                                     ContradictionDetails contradiction) {
    }

    /**
     * Locked, so that two reviewers deciding at once are served one after the other: the second is
     * told what the first did. {@code shownVersion} null: whatever version is stored now.
     */
    private Suggestion loadForDecision(long suggestionId, Long shownVersion) {
        Suggestion s = suggestions.findForUpdate(suggestionId)
                .orElseThrow(() -> new NotFoundException("suggestion", suggestionId));
        access.requireAnnotateVisible(s.getProjectId(), "suggestion", suggestionId);
        if (s.getStatus() != SuggestionStatus.PENDING) {
            throw alreadyDecided(s.getStatus(), s.getResolvedBy(), s.getResolvedAt());
        }
        if (shownVersion != null) {
            s.requireVersion(shownVersion, "suggest.error.changed-since-shown");
        }
        return s;
    }

    /**
     * Who decided the suggestion and how long ago, as a screen says it ("Tom Okafor accepted this
     * 2 s ago.", "You rejected this 3 min ago."); empty while it is pending.
     */
    public Optional<String> decision(SuggestionDetails s) {
        access.requireVisible(s.projectId(), "suggestion", s.id());
        return s.status() == SuggestionStatus.PENDING ? Optional.empty()
                : Optional.of(alreadyDecided(s.status(), s.resolvedBy(), s.resolvedAt()).told());
    }

    /**
     * Who decided the suggestion and when, for a screen to say in its own language; empty while it
     * is pending. {@link #decision} is the same in English.
     */
    public Optional<SuggestionDecision> decisionOf(SuggestionDetails s) {
        access.requireVisible(s.projectId(), "suggestion", s.id());
        if (s.status() == SuggestionStatus.PENDING) {
            return Optional.empty();
        }
        Long by = s.resolvedBy();
        boolean mine = by != null && by == accounts.me().id();
        String name = by == null || mine ? null : Optional.ofNullable(accounts.findByIds(Set.of(by)).get(by))
                .map(u -> Texts.isolate(u.displayName())).orElse(null);
        return Optional.of(new SuggestionDecision(s.status(), mine, name, s.resolvedAt(), clock.instant()));
    }

    private AlreadyDecidedException alreadyDecided(SuggestionStatus status, Long resolvedBy, Instant resolvedAt) {
        String who;
        if (resolvedBy == null) {
            who = "Someone";
        } else if (resolvedBy == accounts.me().id()) {
            who = "You";
        } else {
            who = Optional.ofNullable(accounts.findByIds(Set.of(resolvedBy)).get(resolvedBy))
                    .map(u -> Texts.isolate(u.displayName())).orElse("Someone");
        }
        String verb = status.name().toLowerCase(java.util.Locale.ROOT);
        return new AlreadyDecidedException(who + " already " + verb + " this suggestion.", who, verb, resolvedAt,
                clock.instant());
    }

    /** The span where it is in the article's text now: never drawn or saved on other words. */
    private TextSpan anchored(long articleId, TextSpan span) {
        ArticleContent article = articles.get(articleId);
        return span.anchorIn(article.text()).orElseThrow(() -> DomainException.of("suggest.error.words-gone",
                Texts.abbreviate(span.exact(), 60)));
    }

    static AnnotationFields figureFields(SuggestedFigure f, SuggestionEdits e) {
        BigDecimal value = e.value() != null ? e.value() : f.value();
        FigureQualifier qualifier = e.qualifier() != null ? e.qualifier()
                : f.valueMax() != null && (f.qualifier() == null || f.qualifier() == FigureQualifier.NONE)
                ? FigureQualifier.AT_LEAST : f.qualifier();
        String note = e.note() != null ? e.note() : f.valueMax() != null && e.value() == null
                ? "Proposed as a range: " + f.claim() + "." : null;
        return new AnnotationFields(null, value, qualifier, pick(e.counted(), f.counted()), pick(e.unit(), f.unit()),
                Texts.optional(note, 4000, "The note"));
    }

    private static String pick(String edited, String proposed) {
        return edited != null && !edited.isBlank() ? edited : proposed;
    }

    private static SuggestionValues values(Suggestion s, SuggestionStatus status) {
        SuggestedFigure f = s.figure();
        return new SuggestionValues(status, s.getSpeaker(), f == null ? null : f.value(), f == null ? null : f.valueMax(),
                f == null ? null : f.qualifier(), f == null ? null : f.unit(), f == null ? null : f.counted(),
                s.getCategory(), s.getExplanation());
    }

    private static SuggestionValues valuesOf(AnnotationDetails a) {
        return valuesOf(a.fields());
    }

    private static SuggestionValues valuesOf(AnnotationFields f) {
        return new SuggestionValues(SuggestionStatus.ACCEPTED, f.speaker(), f.figureValue(), null, f.figureQualifier(),
                f.figureUnit(), f.figureCounts(), null, f.note());
    }

    // ---- taken over by hand -------------------------------------------------------------------

    /**
     * The pending suggestion of the kind lying on a selection of the article, if any (of several,
     * the one sharing most of the selection): a new annotation on those words starts from its
     * fields, and saving it takes the suggestion over.
     */
    public Optional<SuggestionDetails> pendingUnder(long articleId, AnnotationKind kind, int start, int end) {
        articles.projectIdOf(articleId);
        SuggestionKind proposed = proposedAs(kind);
        if (proposed == null) {
            return Optional.empty();
        }
        return suggestions.pendingUnder(articleId, proposed, start, end).stream()
                .max(Comparator.comparingInt((Suggestion s) -> shared(s.getSpan(), start, end))
                        .thenComparingInt(Suggestion::getConfidence)
                        .thenComparing(Comparator.comparingLong(Suggestion::getId).reversed()))
                .map(s -> views(List.of(s)).getFirst());
    }

    /**
     * A quote or figure marked on (some of) the words of pending suggestions of its kind takes them
     * over: they are accepted, by whoever marked, as that annotation, in the same transaction (the
     * mark and the decision are kept or lost together), and are no longer drawn or listed as
     * pending. A suggestion being accepted is decided before its annotation is made, so it is not
     * taken over as well.
     */
    @EventListener
    @Transactional
    public void onAnnotationCreated(AnnotationCreated event) {
        SuggestionKind kind = proposedAs(event.kind());
        if (kind == null) {
            return;
        }
        List<Suggestion> under = suggestions.pendingUnderForUpdate(event.articleId(), kind, event.span().start(),
                event.span().end());
        if (!under.isEmpty()) {
            takeOver(under, event.annotationId(), null, valuesOf(event.fields()));
        }
    }

    /** A contradiction linked by hand takes over the proposed ones whose every side lies on its spans. */
    @EventListener
    @Transactional
    public void onContradictionCreated(ContradictionCreated event) {
        takeOverContradictions(event.contradictionId(), event.spans(), event.category(), event.note());
    }

    /** As {@link #onContradictionCreated}, for spans added to a contradiction: its spans now, all of them. */
    @EventListener
    @Transactional
    public void onContradictionExtended(ContradictionExtended event) {
        ContradictionDetails c = contradictions.get(event.contradictionId());
        takeOverContradictions(c.id(), c.spans().stream().map(side -> new SpanValues(side.spanId(), side.articleId(),
                side.span().start(), side.span().end(), side.span().exact(), side.annotationId())).toList(),
                c.category(), c.note());
    }

    private void takeOverContradictions(long contradictionId, List<SpanValues> linked, ContradictionCategory category,
                                        String note) {
        Set<Long> touching = new LinkedHashSet<>();
        for (SpanValues side : linked) {
            touching.addAll(suggestions.pendingContradictionsTouching(side.articleId(), side.start(), side.end()));
        }
        if (touching.isEmpty()) {
            return;
        }
        Map<Long, List<SpanAt>> sides = new HashMap<>();
        spans.findBySuggestionIdInOrderByIdAsc(touching).forEach(x -> sides.computeIfAbsent(x.getSuggestionId(),
                k -> new ArrayList<>()).add(new SpanAt(x.getArticleId(), x.getSpan().start(), x.getSpan().end(),
                x.getSpan().exact())));
        List<Suggestion> covered = new ArrayList<>();
        for (long id : touching) {
            if (linksAll(linked, sides.getOrDefault(id, List.of()))) {
                suggestions.findForUpdate(id).filter(s -> s.getStatus() == SuggestionStatus.PENDING)
                        .ifPresent(covered::add);
            }
        }
        if (!covered.isEmpty()) {
            takeOver(covered, null, contradictionId, new SuggestionValues(SuggestionStatus.ACCEPTED, null, null, null,
                    null, null, null, category, note));
        }
    }

    /** Whether the spans of one contradiction lie, at least partly, on every side of a proposed one. */
    private static boolean linksAll(List<SpanValues> linked, List<SpanAt> sides) {
        return !sides.isEmpty() && sides.stream().allMatch(side -> linked.stream().anyMatch(l ->
                l.articleId() == side.articleId() && Math.min(l.end(), side.end()) > Math.max(l.start(), side.start())));
    }

    /** Accepted by the caller as what they made by hand; the caller must be able to annotate in the project. */
    private void takeOver(List<Suggestion> resolved, Long annotationId, Long contradictionId, SuggestionValues after) {
        access.requireAnnotate(resolved.getFirst().getProjectId());
        long me = accounts.me().id();
        Instant now = clock.instant();
        List<SuggestionValues> before = resolved.stream().map(s -> values(s, s.getStatus())).toList();
        resolved.forEach(s -> s.accept(me, now, annotationId, contradictionId));
        suggestions.flush();
        List<SuggestionDetails> views = views(resolved);
        for (int i = 0; i < resolved.size(); i++) {
            Suggestion s = resolved.get(i);
            events.publishEvent(new SuggestionTakenOver(s.getProjectId(), s.getId(), s.getKind(),
                    views.get(i).articleIds(), before.get(i), after, annotationId, contradictionId, me));
        }
    }

    /** What the engine proposes of an annotation's kind: notes are never proposed. */
    private static SuggestionKind proposedAs(AnnotationKind kind) {
        return switch (kind) {
            case QUOTE -> SuggestionKind.QUOTE;
            case FIGURE -> SuggestionKind.FIGURE;
            case NOTE, CUSTOM -> null;
        };
    }

    /** How many characters a span shares with {@code [start, end)}. */
    private static int shared(TextSpan span, int start, int end) {
        return Math.max(0, Math.min(span.end(), end) - Math.max(span.start(), start));
    }

    // ---- runs ---------------------------------------------------------------------------------

    /**
     * A new run of the project's suggestions, or the one already running (and not stale): one run
     * per project at a time, on whichever node started it.
     */
    @PreAuthorize("@projectAccess.canAnnotate(#projectId)")
    @Transactional
    public StartedRun startRun(long projectId) {
        Optional<SuggestionRun> last = runs.findFirstByProjectIdOrderByStartedAtDescIdDesc(projectId);
        if (last.isPresent() && SuggestionRun.RUNNING.equals(last.get().getStatus())
                && last.get().getStartedAt().isAfter(clock.instant().minus(STALE_RUN))) {
            return new StartedRun(last.get().details(), false);
        }
        SuggestionRun run = runs.save(new SuggestionRun(projectId, (int) articles.count(projectId), accounts.me().id(),
                clock.instant()));
        return new StartedRun(run.details(), true);
    }

    /** {@code started} is false when the project's run was already going. */
    public record StartedRun(SuggestionRunDetails run, boolean started) {
    }

    /** How far a run got (the runner, as the user who started it, reports it). */
    @Transactional
    public void progress(long runId, int articlesDone) {
        runs.findById(runId).ifPresent(r -> {
            access.requireAnnotate(r.getProjectId());
            r.progress(articlesDone);
        });
    }

    @Transactional
    public void fail(long runId, String error) {
        runs.findById(runId).ifPresent(r -> {
            access.requireAnnotate(r.getProjectId());
            r.fail(error, clock.instant());
        });
    }

    /**
     * Replaces the project's pending suggestions with what the engine found, leaving out what was
     * decided before (by fingerprint), quotes and figures on words someone marked with that kind,
     * and contradictions whose every side an existing contradiction already links. One change, one
     * event.
     */
    @Transactional
    public int store(long runId, ProjectFindings findings, Map<Long, String> analysedHashes) {
        long projectId = runs.findById(runId).orElseThrow(() -> new NotFoundException("suggestion run", runId))
                .getProjectId();
        access.requireAnnotate(projectId);
        Set<Long> present = articles.list(projectId).stream().map(ArticleSummary::id).collect(Collectors.toSet());
        suggestions.deletePending(projectId);
        // Read after the bulk delete, which empties the persistence context.
        SuggestionRun run = runs.findById(runId).orElseThrow(() -> new NotFoundException("suggestion run", runId));
        Set<String> skip = new HashSet<>(suggestions.resolvedFingerprints(projectId));
        List<List<SpanValues>> linked = contradictions.linkedSpans(projectId);
        int quotes = 0;
        int figures = 0;
        int contradictionCount = 0;
        List<FoundContradiction> kept = new ArrayList<>();
        List<List<SpanAt>> sidesOf = new ArrayList<>();
        List<String> fingerprintOf = new ArrayList<>();
        for (FoundContradiction c : findings.contradictions()) {
            List<SpanAt> sides = c.spans().stream().filter(s -> present.contains(s.articleId())).toList();
            if (sides.size() < 2) {
                continue;
            }
            String fp = fingerprint(c.category(), sides);
            if (linked.stream().anyMatch(l -> linksAll(l, sides)) || !skip.add(fp)) {
                continue;
            }
            kept.add(c);
            sidesOf.add(sides);
            fingerprintOf.add(fp);
        }
        Map<Long, List<SpanAt>> sidesByArticle = sidesOf.stream().flatMap(List::stream)
                .collect(Collectors.groupingBy(SpanAt::articleId));
        Map<SpanAt, TextSpan> selected = new HashMap<>();
        List<Suggestion> batch = new ArrayList<>();
        // Each article's text is read once, for the words around its spans, and let go; all of it
        // before anything is saved (a query after thousands of saves would check them all for flushing).
        Set<Long> read = new HashSet<>();
        // Articles trimmed or deleted while the run went on: nothing is stored on them (the trim's own
        // run computes them again).
        Set<Long> changed = new HashSet<>();
        Map<Long, String> hashesNow = articles.contentHashes(projectId);
        for (ArticleFindings f : findings.articles()) {
            if (!present.contains(f.articleId()) || !read.add(f.articleId())) {
                continue;
            }
            String text = textAsAnalysed(f.articleId(), analysedHashes, hashesNow);
            if (text == null) {
                changed.add(f.articleId());
                continue;
            }
            sidesByArticle.getOrDefault(f.articleId(), List.of())
                    .forEach(side -> selected.put(side, TextSpan.select(text, side.start(), side.end())));
            List<AnnotationDetails> marked = annotations.forArticle(f.articleId());
            for (FoundQuote q : f.quotes()) {
                TextSpan span = TextSpan.select(text, q.start(), q.end());
                String fp = fingerprint("Q", f.articleId(), span);
                if (skip.add(fp) && !overlaps(marked, AnnotationKind.QUOTE, span)) {
                    SpeakerMention mention = q.speakerNamed() && q.speakerEnd() <= text.length()
                            ? new SpeakerMention(q.speakerStart(), q.speakerEnd(),
                            cut(text.substring(q.speakerStart(), q.speakerEnd()), 300)) : null;
                    batch.add(Suggestion.quote(projectId, f.articleId(), span, cut(q.speaker(), 300), mention,
                            percent(q.confidence()), fp, clock.instant()));
                    quotes++;
                }
            }
            for (FoundFigure g : f.figures()) {
                TextSpan span = TextSpan.select(text, g.start(), g.end());
                String fp = fingerprint("F", f.articleId(), span);
                if (skip.add(fp) && !overlaps(marked, AnnotationKind.FIGURE, span) && storable(g.value())
                        && (g.valueMax() == null || storable(g.valueMax()))) {
                    batch.add(Suggestion.figure(projectId, f.articleId(), span, new SuggestedFigure(g.value(),
                            g.valueMax(), g.qualifier(), g.unit(), cut(g.counted(), 300), cut(g.topic(), 300)),
                            percent(g.confidence()), fp, clock.instant()));
                    figures++;
                }
            }
        }
        // Sides in articles the engine had no findings for (none in a run; kept for callers that pass a part).
        sidesByArticle.forEach((articleId, at) -> {
            if (!read.contains(articleId)) {
                String text = textAsAnalysed(articleId, analysedHashes, hashesNow);
                if (text == null) {
                    changed.add(articleId);
                } else {
                    at.forEach(side -> selected.put(side, TextSpan.select(text, side.start(), side.end())));
                }
            }
        });
        suggestions.saveAll(batch);
        for (int i = 0; i < kept.size(); i++) {
            FoundContradiction c = kept.get(i);
            List<SpanAt> sides = sidesOf.get(i);
            if (sides.stream().anyMatch(side -> changed.contains(side.articleId()))) {
                continue;
            }
            Suggestion s = suggestions.save(Suggestion.contradiction(projectId, c.category(),
                    Texts.abbreviate(c.explanation(), 4000), percent(c.confidence()),
                    fingerprintOf.get(i), clock.instant()));
            spans.saveAll(sides.stream().map(side -> new SuggestionSpan(s.getId(), side.articleId(),
                    selected.get(side))).toList());
            contradictionCount++;
        }
        nearDuplicates.deleteByProject(projectId);
        List<NearDuplicateRow> copies = findings.nearDuplicates().stream()
                .filter(d -> present.contains(d.articleId()) && present.contains(d.ofArticleId()))
                .map(d -> new NearDuplicateRow(projectId, d)).toList();
        nearDuplicates.saveAll(copies);
        int proposed = quotes + figures + contradictionCount;
        run.finish(proposed, clock.instant());
        events.publishEvent(new SuggestionsComputed(projectId, runId, present.stream().sorted().toList(), quotes, figures,
                contradictionCount, copies.size(), accounts.me().id()));
        return proposed;
    }

    /**
     * The article's text if it is still the one the engine read ({@code analysedHashes} has its
     * hash; an article without one is taken as it is); null when it was trimmed or deleted since
     * ({@code hashesNow}: the project's articles as they are, read first, so that no lookup of a
     * deleted article fails the transaction).
     */
    private String textAsAnalysed(long articleId, Map<Long, String> analysedHashes, Map<Long, String> hashesNow) {
        String now = hashesNow.get(articleId);
        String analysed = analysedHashes.get(articleId);
        if (now == null || (analysed != null && !analysed.equals(now))) {
            return null;
        }
        ArticleContent article = articles.get(articleId);
        return analysed == null || analysed.equals(article.contentHash()) ? article.text() : null;
    }

    private static String cut(String s, int max) {
        return s == null ? null : Texts.abbreviate(s, max);
    }

    private static boolean storable(BigDecimal v) {
        return v.abs().compareTo(new BigDecimal("1E16")) < 0 && v.stripTrailingZeros().scale() <= 4;
    }

    private static boolean overlaps(List<AnnotationDetails> marked, AnnotationKind kind, TextSpan span) {
        for (AnnotationDetails a : marked) {
            int overlap = Math.min(a.span().end(), span.end()) - Math.max(a.span().start(), span.start());
            if (a.kind() == kind && overlap > 0) {
                return true;
            }
        }
        return false;
    }

    private static int percent(double confidence) {
        return (int) Math.round(Math.max(0, Math.min(1, confidence)) * 100);
    }

    /** Names a quote or figure by its article and words in their context, so a rejection survives a new run. */
    private static String fingerprint(String kind, long articleId, TextSpan span) {
        String prefix = span.prefix().substring(Math.max(0, span.prefix().length() - 16));
        String suffix = span.suffix().substring(0, Math.min(16, span.suffix().length()));
        return sha256(kind + "\u0000" + articleId + "\u0000" + prefix + "\u0000" + span.exact() + "\u0000" + suffix);
    }

    private static String fingerprint(ContradictionCategory category, List<SpanAt> sides) {
        return sha256("C\u0000" + category + "\u0000" + sides.stream().map(s -> s.articleId() + ":" + s.exact())
                .sorted().collect(Collectors.joining("\u0000")));
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- near-duplicates ----------------------------------------------------------------------

    /** The project's articles that are copies of others, as the last run found them. */
    @PreAuthorize("@projectAccess.canRead(#projectId)")
    public List<NearDuplicate> nearDuplicates(long projectId) {
        return nearDuplicates.findByProjectIdOrderByArticleId(projectId).stream().map(NearDuplicateRow::toNearDuplicate)
                .toList();
    }

    /** The near-duplicates an article is part of, as the copy or as the original. */
    public List<NearDuplicate> nearDuplicatesOf(long articleId) {
        articles.projectIdOf(articleId);
        return nearDuplicates.involving(articleId).stream().map(NearDuplicateRow::toNearDuplicate).toList();
    }

    // ---- claims matrix ------------------------------------------------------------------------

    /**
     * The claims matrix of the project's figures: its figure annotations (by hand, or accepted) and the
     * pending figure suggestions not on their words; rejected suggestions are left out.
     */
    @PreAuthorize("@projectAccess.canRead(#projectId)")
    public ClaimsMatrix claims(long projectId) {
        ProjectFigures collected = figures(projectId);
        List<FoundFigure> figures = collected.figures();
        List<Long> articleOf = collected.articleOf();
        List<Boolean> marked = collected.marked();
        Map<Long, ArticleSummary> byId = new LinkedHashMap<>();
        articles.list(projectId).forEach(a -> byId.put(a.id(), a));
        Set<Long> withFigures = new HashSet<>(articleOf);
        List<ClaimsMatrix.Column> columns = byId.values().stream().filter(a -> withFigures.contains(a.id()))
                .map(a -> new ClaimsMatrix.Column(a.id(), a.outlet() == null || a.outlet().isBlank() ? a.title() : a.outlet(),
                        a.title())).toList();
        Map<String, List<Integer>> byTopic = new LinkedHashMap<>();
        for (int i = 0; i < figures.size(); i++) {
            byTopic.computeIfAbsent(figures.get(i).topic(), k -> new ArrayList<>()).add(i);
        }
        List<ClaimsMatrix.Row> rows = new ArrayList<>();
        byTopic.forEach((topic, indexes) -> {
            List<List<ClaimsMatrix.Claim>> cells = new ArrayList<>();
            for (ClaimsMatrix.Column column : columns) {
                cells.add(indexes.stream().filter(i -> articleOf.get(i) == column.articleId()).map(i -> {
                    FoundFigure f = figures.get(i);
                    return new ClaimsMatrix.Claim(column.articleId(), f.start(), f.end(), f.exact(), f.claim(),
                            f.counted(), marked.get(i));
                }).toList());
            }
            boolean conflicting = false;
            for (int x = 0; x < indexes.size() && !conflicting; x++) {
                for (int y = x + 1; y < indexes.size() && !conflicting; y++) {
                    int a = indexes.get(x);
                    int b = indexes.get(y);
                    conflicting = !articleOf.get(a).equals(articleOf.get(b))
                            && SuggestionEngine.conflict(figures.get(a), figures.get(b));
                }
            }
            rows.add(new ClaimsMatrix.Row(topic, cells, conflicting));
        });
        rows.sort(Comparator.comparingLong((ClaimsMatrix.Row r) -> -r.cells().stream().filter(c -> !c.isEmpty()).count())
                .thenComparing(ClaimsMatrix.Row::topic));
        return new ClaimsMatrix(projectId, columns, rows);
    }

    /** The figures of the project's articles, each with its article and whether it is an annotation. */
    private record ProjectFigures(List<FoundFigure> figures, List<Long> articleOf, List<Boolean> marked) {
    }

    private ProjectFigures figures(long projectId) {
        List<FoundFigure> figures = new ArrayList<>();
        List<Long> articleOf = new ArrayList<>();
        List<Boolean> marked = new ArrayList<>();
        List<AnnotationDetails> annotated = annotations.figures(projectId, MAX_CLAIMS);
        for (AnnotationDetails a : annotated) {
            AnnotationFields f = a.fields();
            String topic = SuggestionEngine.topicOf(f.figureCounts());
            if (topic != null && f.figureValue() != null) {
                figures.add(new FoundFigure(a.span().start(), a.span().end(), a.span().exact(), f.figureValue(), null,
                        f.figureQualifier() == null ? FigureQualifier.NONE : f.figureQualifier(), f.figureUnit(),
                        f.figureCounts(), topic, false, 1));
                articleOf.add(a.articleId());
                marked.add(true);
            }
        }
        for (Suggestion s : suggestions.pendingClaims(projectId, PageRequest.of(0, MAX_CLAIMS))) {
            if (!overlaps(annotated, AnnotationKind.FIGURE, s.getSpan())) {
                figures.add(found(s));
                articleOf.add(s.getArticleId());
                marked.add(false);
            }
        }
        return new ProjectFigures(figures, articleOf, marked);
    }

    /**
     * The claims timeline: for each thing counted, the values each outlet gave, placed at the
     * article's publication time (figures as in {@link #claims}).
     */
    @PreAuthorize("@projectAccess.canRead(#projectId)")
    public ClaimsTimeline timeline(long projectId) {
        ProjectFigures collected = figures(projectId);
        Map<Long, ArticleSummary> byId = new LinkedHashMap<>();
        articles.list(projectId).forEach(a -> byId.put(a.id(), a));
        List<ClaimsTimeline.Reported> reported = new ArrayList<>();
        for (int i = 0; i < collected.figures().size(); i++) {
            ArticleSummary article = byId.get(collected.articleOf().get(i));
            if (article != null) {
                reported.add(new ClaimsTimeline.Reported(collected.figures().get(i), article, collected.marked().get(i)));
            }
        }
        return ClaimsTimeline.of(projectId, reported);
    }

    private static FoundFigure found(Suggestion s) {
        SuggestedFigure f = s.figure();
        return new FoundFigure(s.getSpan().start(), s.getSpan().end(), s.getSpan().exact(), f.value(), f.valueMax(),
                f.qualifier() == null ? FigureQualifier.NONE : f.qualifier(), f.unit(), f.counted(), f.topic(), false, 1);
    }

    /** The claims matrix as CSV (RFC 4180, UTF-8 with a BOM for spreadsheets; cells a spreadsheet would run as formulas neutralised). */
    @PreAuthorize("@projectAccess.canRead(#projectId)")
    public String claimsCsv(long projectId) {
        ClaimsMatrix m = claims(projectId);
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            List<String> header = new ArrayList<>(List.of("counted", "conflicting"));
            m.columns().forEach(c -> header.add(Texts.spreadsheetCell(c.outlet())));
            csv.printRecord(header);
            for (ClaimsMatrix.Row row : m.rows()) {
                List<String> record = new ArrayList<>(List.of(Texts.spreadsheetCell(row.topic()), row.conflicting() ? "yes" : "no"));
                row.cells().forEach(cell -> record.add(Texts.spreadsheetCell(cell.stream()
                        .map(c -> c.exact() + " (" + c.claim() + (c.counted() == null ? "" : " " + c.counted())
                                + (c.marked() ? "" : ", suggested") + ")")
                        .collect(Collectors.joining("; ")))));
                csv.printRecord(record);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    // ---- views --------------------------------------------------------------------------------

    private List<SuggestionDetails> views(List<Suggestion> list) {
        List<Long> contradictionIds = list.stream().filter(s -> s.getKind() == SuggestionKind.CONTRADICTION)
                .map(Suggestion::getId).toList();
        Map<Long, List<SuggestionDetails.Side>> sides = new HashMap<>();
        if (!contradictionIds.isEmpty()) {
            spans.findBySuggestionIdInOrderByIdAsc(contradictionIds).forEach(x -> sides.computeIfAbsent(x.getSuggestionId(),
                    k -> new ArrayList<>()).add(new SuggestionDetails.Side(x.getArticleId(), x.getSpan())));
        }
        return list.stream().map(s -> new SuggestionDetails(s.getId(), s.getProjectId(), s.getKind(), s.getStatus(),
                s.getArticleId(), s.getSpan(), s.getSpeaker(), s.speakerMention(), s.figure(), s.getCategory(), s.getExplanation(),
                sides.getOrDefault(s.getId(), List.of()), s.getConfidence(), s.getCreatedAt(), s.getResolvedBy(),
                s.getResolvedAt(), s.getAnnotationId(), s.getContradictionId(), s.getVersion())).toList();
    }
}
