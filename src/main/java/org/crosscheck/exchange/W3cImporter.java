package org.crosscheck.exchange;

import org.crosscheck.annotation.AnnotationDetails;
import org.crosscheck.annotation.AnnotationFields;
import org.crosscheck.annotation.AnnotationKind;
import org.crosscheck.annotation.KindDescription;
import org.crosscheck.annotation.KindField;
import org.crosscheck.annotation.KindService;
import org.crosscheck.annotation.AnnotationService;
import org.crosscheck.annotation.CommentService;
import org.crosscheck.annotation.FigureQualifier;
import org.crosscheck.annotation.NewAnnotation;
import org.crosscheck.annotation.TextSpan;
import org.crosscheck.article.ArticleContent;
import org.crosscheck.article.ArticleService;
import org.crosscheck.article.ArticleSummary;
import org.crosscheck.base.DomainException;
import org.crosscheck.base.Texts;
import org.crosscheck.exchange.ImportSummary.Orphan;
import org.crosscheck.review.ContradictionCategory;
import org.crosscheck.review.ContradictionDetails;
import org.crosscheck.review.ContradictionService;
import org.crosscheck.review.ContradictionStatus;
import org.crosscheck.review.SpanRef;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Puts W3C Web Annotations (ours, or Hypothesis-style ones with the same selectors) onto a project's
 * articles, through the ordinary services: each is a change like a reviewer's, live to open readers.
 * An annotation goes where its position selector says when the text there is its quote; otherwise
 * where its quote with its prefix and suffix is found; otherwise it is reported as an orphan, never
 * placed on other words. Linking annotations become contradictions and replies become comments
 * when what they point at was placed.
 */
@Component
class W3cImporter {

    private final ArticleService articles;
    private final AnnotationService annotations;
    private final CommentService comments;
    private final ContradictionService contradictions;
    private final EntityManager entityManager;
    private final KindService kinds;

    W3cImporter(KindService kinds, ArticleService articles, AnnotationService annotations, CommentService comments,
                ContradictionService contradictions, EntityManager entityManager) {
        this.entityManager = entityManager;
        this.kinds = kinds;
        this.articles = articles;
        this.annotations = annotations;
        this.comments = comments;
        this.contradictions = contradictions;
    }

    /** A placed target: the article, the UTF-16 span, whether it had to be found by its quote. */
    private record Placed(long articleId, int start, int end, boolean reanchored) {
    }

    /** Annotations saved per article in batches of this many, then let go of: a file may hold 100,000. */
    static final int BATCH = 500;
    /** Orphans listed one by one in the summary; beyond these only their number. */
    static final int ORPHANS_LISTED = 1000;

    /**
     * Reads the file three times from disk, one annotation at a time: the annotations first, then
     * the links between them, then the replies on them. An annotation, contradiction or reply that is
     * already there (the same words, kind and fields; the same category and spans; the same text on
     * the same annotation) is skipped and counted: importing a file twice changes nothing.
     */
    ImportSummary importInto(long projectId, Path file, String baseUrl) {
        Articles known = new Articles(projectId, baseUrl);
        Orphans orphans = new Orphans();
        Pass pass = new Pass(projectId, known, orphans);
        long total = W3cItems.forEach(file, item -> {
            String motivation = text(item, "motivation");
            if (!"linking".equals(motivation) && !"replying".equals(motivation)) {
                pass.annotation(item);
            }
        });
        if (total == 0) {
            throw DomainException.of("exchange.import.no-annotations");
        }
        pass.saveAll();
        W3cItems.forEach(file, item -> {
            if ("linking".equals(text(item, "motivation"))) {
                pass.link(item);
            }
        });
        W3cItems.forEach(file, item -> {
            if ("replying".equals(text(item, "motivation"))) {
                pass.reply(item);
            }
        });
        List<ImportNote> notes = new ArrayList<>();
        if (orphans.unlisted > 0) {
            notes.add(ImportNote.of("exchange.import.note.unlisted", orphans.unlisted, ORPHANS_LISTED));
        }
        return new ImportSummary(projectId, "w3c", 0, pass.created, pass.replied, pass.linked, pass.reanchored,
                orphans.listed, notes, pass.annotationsThere, pass.commentsThere, pass.contradictionsThere);
    }

    /** What is not placed: the first ones listed, the rest counted. */
    private static final class Orphans {
        final List<Orphan> listed = new ArrayList<>();
        long unlisted;

        void add(Orphan orphan) {
            if (listed.size() < ORPHANS_LISTED) {
                listed.add(orphan);
            } else {
                unlisted++;
            }
        }
    }

    /** The same words and kind: where an annotation that is already there would be. */
    private record Place(long articleId, int start, int end, String kind) {
    }

    /**
     * An annotation known to be there, by the digest of its fields: saved before, or waiting in this
     * import's batch (then {@code saved} is null). Digests, not fields: a file may hold 60 MB of notes.
     */
    private record Known(String fingerprint, Saved saved, String idInFile) {
    }

    /** An annotation in the database: what links and replies need of it. */
    private record Saved(long id, long articleId) {
        static Saved of(AnnotationDetails a) {
            return new Saved(a.id(), a.articleId());
        }
    }

    /** One import's state across its three readings of the file. */
    private final class Pass {
        private final long projectId;
        private final Articles known;
        private final Orphans orphans;
        private final Map<Long, Map<Place, List<Known>>> there = new HashMap<>();
        private final Map<Long, List<NewAnnotation>> pending = new LinkedHashMap<>();
        private final Map<Long, List<String>> pendingIds = new HashMap<>();
        /** The file's annotation ids and what they became (made now, or found already there). */
        private final Map<String, Saved> made = new HashMap<>();
        /** A later copy in the file of an annotation still waiting in its batch: its id, and the first one's. */
        private final Map<String, String> sameAs = new HashMap<>();
        private final Map<Long, Set<List<Object>>> contradictionKeys = new HashMap<>();
        long created;
        long annotationsThere;
        long replied;
        long commentsThere;
        int linked;
        int contradictionsThere;
        int reanchored;

        /** The project's own kinds by name (lower case): a file names a kind by name, its fields by label. */
        private final Map<String, KindDescription> projectKinds = new HashMap<>();

        Pass(long projectId, Articles known, Orphans orphans) {
            this.projectId = projectId;
            kinds.projectKinds(projectId).forEach(k -> projectKinds.put(k.name().toLowerCase(java.util.Locale.ROOT), k));
            this.known = known;
            this.orphans = orphans;
        }

        void annotation(JsonNode item) {
            String id = text(item, "id");
            JsonNode target = firstTarget(item.get("target"));
            Optional<Placed> placed = target == null ? Optional.empty() : place(target, known, orphans::add, id);
            if (placed.isEmpty()) {
                return;
            }
            JsonNode body = firstOf(item.get("body"));
            String kindName = text(body, "kindName");
            KindDescription kind;
            AnnotationFields fields;
            if (KindDescription.projectKindId(text(body, "kind")).isPresent() || "Labelled".equals(text(body, "type"))) {
                kind = kindName == null ? null : projectKinds.get(kindName.toLowerCase(java.util.Locale.ROOT));
                if (kind == null) {
                    orphans.add(kindName == null ? Orphan.of(id, exactOf(target), "exchange.import.orphan.no-kind-named")
                            : Orphan.of(id, exactOf(target), "exchange.import.orphan.no-kind", Texts.abbreviate(kindName, 60)));
                    return;
                }
                fields = AnnotationFields.ofValues(byKey(kind, body.get("fields")));
            } else {
                AnnotationKind builtIn = kindOf(body);
                kind = KindDescription.of(builtIn);
                AnnotationFields own = fieldsOf(builtIn, body, item);
                fields = new AnnotationFields(own.speaker(), own.figureValue(), own.figureQualifier(), own.figureCounts(),
                        own.figureUnit(), own.note(), byKey(kind, body.get("fields")));
            }
            Optional<String> problem = fields.problemFor(kind);
            if (problem.isPresent()) {
                orphans.add(Orphan.of(id, exactOf(target), "exchange.import.orphan.fields", problem.get()));
                return;
            }
            long articleId = placed.get().articleId();
            Place place = new Place(articleId, placed.get().start(), placed.get().end(), kind.id());
            String fingerprint = fields.fingerprint(kind).orElseThrow();
            List<Known> here = annotationsOf(articleId).computeIfAbsent(place, p -> new ArrayList<>());
            for (Known k : here) {
                if (k.fingerprint().equals(fingerprint)) {
                    annotationsThere++;
                    if (id != null && k.saved() != null) {
                        made.put(id, k.saved());
                    } else if (id != null && k.idInFile() != null) {
                        sameAs.put(id, k.idInFile());
                    }
                    return;
                }
            }
            here.add(new Known(fingerprint, null, id));
            if (placed.get().reanchored()) {
                reanchored++;
            }
            pending.computeIfAbsent(articleId, k -> new ArrayList<>())
                    .add(new NewAnnotation(kind.id(), place.start(), place.end(), fields));
            pendingIds.computeIfAbsent(articleId, k -> new ArrayList<>()).add(id);
            if (pending.get(articleId).size() >= BATCH) {
                save(articleId);
            }
        }

        /** The article's annotations as they are before this import, by place, read once. */
        private Map<Place, List<Known>> annotationsOf(long articleId) {
            return there.computeIfAbsent(articleId, id -> {
                Map<Place, List<Known>> byPlace = new HashMap<>();
                for (AnnotationDetails a : annotations.forArticle(id)) {
                    byPlace.computeIfAbsent(new Place(id, a.span().start(), a.span().end(), a.description().id()),
                            p -> new ArrayList<>()).add(new Known(a.fields().fingerprint(a.description()).orElse(""),
                            Saved.of(a), null));
                }
                return byPlace;
            });
        }

        void saveAll() {
            for (Long articleId : List.copyOf(pending.keySet())) {
                save(articleId);
            }
            sameAs.forEach((copy, first) -> {
                Saved saved = made.get(first);
                if (saved != null) {
                    made.put(copy, saved);
                }
            });
        }

        private void save(long articleId) {
            List<NewAnnotation> batch = pending.remove(articleId);
            List<String> ids = pendingIds.remove(articleId);
            if (batch == null || batch.isEmpty()) {
                return;
            }
            List<AnnotationDetails> saved = annotations.createAll(articleId, batch);
            created += saved.size();
            for (int i = 0; i < saved.size(); i++) {
                if (ids.get(i) != null) {
                    made.put(ids.get(i), Saved.of(saved.get(i)));
                }
            }
            // The saved rows are in the database now; the session need not keep them until the commit.
            entityManager.flush();
            entityManager.clear();
        }

        void link(JsonNode item) {
            if (W3cImporter.this.link(projectId, item, known, made, orphans, this)) {
                linked++;
            }
        }

        /** Whether a contradiction of this category on exactly these spans is there already; remembers it if not. */
        boolean contradictionThere(ContradictionCategory category, List<SpanRef> refs) {
            List<Object> key = contradictionKey(category, refs.stream()
                    .map(r -> List.<Object>of(r.articleId(), r.start(), r.end())).toList());
            Set<List<Object>> keys = contradictionKeys.computeIfAbsent(refs.getFirst().articleId(), articleId -> {
                Set<List<Object>> existing = new HashSet<>();
                for (ContradictionDetails c : contradictions.forArticle(articleId)) {
                    existing.add(contradictionKey(c.category(), c.spans().stream()
                            .map(s -> List.<Object>of(s.articleId(), s.span().start(), s.span().end())).toList()));
                }
                return existing;
            });
            if (!keys.add(key)) {
                contradictionsThere++;
                return true;
            }
            // Known from the other sides' articles too, should a later link name them in another order.
            for (SpanRef r : refs) {
                Set<List<Object>> other = contradictionKeys.get(r.articleId());
                if (other != null) {
                    other.add(key);
                }
            }
            return false;
        }

        void reply(JsonNode reply) {
            Saved on = made.get(text(reply, "target"));
            String body = bodyText(firstOf(reply.get("body")), reply);
            if (on == null) {
                orphans.add(Orphan.of(text(reply, "id"), null, "exchange.import.orphan.reply-to-missing"));
            } else if (body == null || body.length() > 4000) {
                orphans.add(Orphan.of(text(reply, "id"), null, "exchange.import.orphan.reply-text"));
            } else if (comments.thread(on.id()).comments().stream().anyMatch(c -> c.body().equals(body.strip())
                    || c.body().equals(body))) {
                commentsThere++;
            } else {
                comments.add(on.id(), body);
                replied++;
            }
        }
    }

    /** Category and spans in a fixed order: one contradiction, whichever order its sides were listed in. */
    private static List<Object> contradictionKey(ContradictionCategory category, List<List<Object>> spans) {
        List<Object> key = new ArrayList<>();
        key.add(category);
        spans.stream().map(Object::toString).sorted().forEach(key::add);
        return key;
    }

    private boolean link(long projectId, JsonNode item, Articles known, Map<String, Saved> made,
                         Orphans orphans, Pass pass) {
        String id = text(item, "id");
        JsonNode body = firstOf(item.get("body"));
        ContradictionCategory category = enumOf(ContradictionCategory.class, text(body, "category"))
                .orElse(ContradictionCategory.OTHER);
        List<SpanRef> refs = new ArrayList<>();
        List<Orphan> missing = new ArrayList<>();
        for (JsonNode target : targets(item.get("target"))) {
            Optional<Placed> placed = place(target, known, missing::add, id);
            if (placed.isEmpty()) {
                // The side's own reason, in the same language as the rest.
                Object why = missing.isEmpty() ? "" : missing.getLast().why() != null ? missing.getLast().why()
                        : missing.getLast().reason();
                orphans.add(Orphan.of(id, exactOf(target), "exchange.import.orphan.side", why));
                return false;
            }
            Saved from = made.get(text(target, "fromAnnotation"));
            refs.add(new SpanRef(placed.get().articleId(), placed.get().start(), placed.get().end(),
                    from != null && from.articleId() == placed.get().articleId() ? from.id() : null));
        }
        if (refs.size() < 2) {
            orphans.add(Orphan.of(id, null, "exchange.import.orphan.few-targets"));
            return false;
        }
        if (pass.contradictionThere(category, refs)) {
            return false;
        }
        String note = text(body, "note");
        ContradictionDetails c = contradictions.create(projectId, category, note != null && note.length() > 4000
                ? note.substring(0, 4000) : note, refs);
        Optional<ContradictionStatus> status = enumOf(ContradictionStatus.class, text(body, "status"));
        if (status.isPresent() && status.get() != c.status()) {
            String reason = text(body, "statusReason");
            contradictions.changeStatus(c.id(), status.get(), reason == null || reason.isBlank()
                    ? "Imported as " + status.get().label().toLowerCase() + "." : Texts.abbreviate(reason, 2000), c.version());
        }
        return true;
    }

    /** Where a target's selectors put it in one of the project's articles, or why not (added to {@code orphans}). */
    private Optional<Placed> place(JsonNode target, Articles known, Consumer<Orphan> orphans, String id) {
        Optional<ArticleContent> article = known.match(target);
        String exact = exactOf(target);
        if (article.isEmpty()) {
            orphans.accept(Orphan.of(id, exact, "exchange.import.orphan.no-article"));
            return Optional.empty();
        }
        if (exact == null || exact.isBlank()) {
            orphans.accept(Orphan.of(id, exact, "exchange.import.orphan.no-quote-selector"));
            return Optional.empty();
        }
        String text = article.get().text();
        JsonNode position = selector(target, "TextPositionSelector");
        int hint = -1;
        if (position != null && position.has("start")) {
            hint = new CodePoints(text).toUtf16(position.get("start").asInt(-1));
            if (hint >= 0 && text.startsWith(exact, hint)) {
                return checked(article.get(), hint, hint + exact.length(), false, orphans, id, exact);
            }
        }
        JsonNode quote = selector(target, "TextQuoteSelector");
        String prefix = quote == null ? null : text(quote, "prefix");
        String suffix = quote == null ? null : text(quote, "suffix");
        // Placed where the quote with its context is found, the nearest to where it was on a tie; a
        // stated place that no longer holds it is never taken as it is (the hint only breaks ties).
        int near = Math.max(0, hint);
        Optional<TextSpan> found = new TextSpan(near, near + exact.length(), exact, prefix == null ? "" : prefix,
                suffix == null ? "" : suffix).anchorIn(text);
        if (found.isEmpty()) {
            orphans.accept(Orphan.of(id, exact, "exchange.import.orphan.quote-gone"));
            return Optional.empty();
        }
        return checked(article.get(), found.get().start(), found.get().end(), true, orphans, id, exact);
    }

    private static Optional<Placed> checked(ArticleContent article, int start, int end, boolean reanchored,
                                            Consumer<Orphan> orphans, String id, String exact) {
        TextSpan span = TextSpan.select(article.text(), start, end);
        if (!span.exact().equals(exact.strip())) {
            orphans.accept(Orphan.of(id, exact, "exchange.import.orphan.inside-character"));
            return Optional.empty();
        }
        return Optional.of(new Placed(article.id(), span.start(), span.end(), reanchored));
    }

    /** The values of a body's "fields" (by label) under the kind's keys; labels the kind lacks are left for the check to refuse. */
    private static Map<String, String> byKey(KindDescription kind, JsonNode fields) {
        Map<String, String> out = new HashMap<>();
        if (fields == null || !fields.isObject()) {
            return out;
        }
        for (String label : fields.propertyNames()) {
            JsonNode value = fields.get(label);
            String key = kind.fields().stream().filter(f -> f.label().equalsIgnoreCase(label)).map(KindField::key)
                    .findFirst().orElse(label);
            out.put(key, value.isValueNode() ? value.asString() : value.toString());
        }
        return out;
    }

    private static AnnotationKind kindOf(JsonNode body) {
        return enumOf(AnnotationKind.class, text(body, "kind")).orElse(AnnotationKind.NOTE);
    }

    private static AnnotationFields fieldsOf(AnnotationKind kind, JsonNode body, JsonNode item) {
        String note = text(body, "note");
        return switch (kind) {
            case QUOTE -> new AnnotationFields(text(body, "speaker"), null, null, null, null, note);
            case FIGURE -> new AnnotationFields(null, decimal(text(body, "figureValue")),
                    enumOf(FigureQualifier.class, text(body, "qualifier")).orElse(FigureQualifier.NONE),
                    text(body, "counted"), text(body, "unit"), note);
            case CUSTOM -> throw new IllegalArgumentException("a project kind's fields are read by label");
            case NOTE -> {
                String value = note != null ? note : bodyText(body, item);
                yield AnnotationFields.note(value == null ? "Highlighted (imported without a note)." : value);
            }
        };
    }

    /** A TextualBody's value, a bodyValue, or a Hypothesis annotation's text. */
    private static String bodyText(JsonNode body, JsonNode item) {
        for (String candidate : new String[]{text(body, "value"), text(item, "bodyValue"), text(item, "text")}) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate;
            }
        }
        return null;
    }

    private static BigDecimal decimal(String value) {
        try {
            return value == null ? null : new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String exactOf(JsonNode target) {
        JsonNode quote = target == null ? null : selector(target, "TextQuoteSelector");
        return quote == null ? null : text(quote, "exact");
    }

    private static JsonNode selector(JsonNode target, String type) {
        for (JsonNode s : targets(target.get("selector"))) {
            if (type.equals(text(s, "type"))) {
                return s;
            }
        }
        return null;
    }

    private static JsonNode firstTarget(JsonNode target) {
        List<JsonNode> all = targets(target);
        return all.isEmpty() ? null : all.getFirst();
    }

    private static List<JsonNode> targets(JsonNode node) {
        List<JsonNode> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (node.isArray()) {
            node.forEach(out::add);
        } else {
            out.add(node);
        }
        return out;
    }

    /**
     * The body an annotation is read from, when it has several: ours (it names its kind or
     * category), else the one that comments (a tool's note), else the first.
     */
    private static JsonNode firstOf(JsonNode node) {
        if (node == null || !node.isArray()) {
            return node;
        }
        for (JsonNode b : node) {
            if (text(b, "kind") != null || text(b, "category") != null) {
                return b;
            }
        }
        for (JsonNode b : node) {
            String purpose = text(b, "purpose");
            if (purpose == null || purpose.equals("commenting")) {
                return b;
            }
        }
        return node.isEmpty() ? null : node.get(0);
    }

    static String text(JsonNode node, String field) {
        if (node == null || !node.isObject()) {
            return null;
        }
        JsonNode value = node.get(field);
        return value == null || !value.isValueNode() || value.isNull() ? null : value.asString();
    }

    private static <E extends Enum<E>> Optional<E> enumOf(Class<E> type, String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, value.strip().toUpperCase()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The project's articles, and which one a target means: our own address, its text's hash, or its original URL. */
    private final class Articles {
        private final Map<String, Long> byKey = new HashMap<>();
        /** The texts last placed in (a file goes article by article), not every text of the project. */
        private final Map<Long, ArticleContent> texts = new LinkedHashMap<>(8, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, ArticleContent> eldest) {
                return size() > 4;
            }
        };

        Articles(long projectId, String baseUrl) {
            for (ArticleSummary a : articles.list(projectId)) {
                byKey.put(baseUrl + "/api/v1/articles/" + a.id(), a.id());
                if (a.url() != null) {
                    byKey.putIfAbsent(normalized(a.url()), a.id());
                }
            }
            articles.contentHashes(projectId).forEach((id, hash) -> byKey.putIfAbsent("hash:" + hash, id));
        }

        Optional<ArticleContent> match(JsonNode target) {
            if (target.isString()) {
                return byKey(normalized(target.asString()));
            }
            String hash = text(target, "textHash");
            if (hash != null && byKey.containsKey("hash:" + hash)) {
                return byKey("hash:" + hash);
            }
            for (String field : new String[]{"source", "scope"}) {
                String value = text(target, field);
                if (value != null) {
                    Optional<ArticleContent> found = byKey(value).or(() -> byKey(normalized(value)));
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
            return Optional.empty();
        }

        private Optional<ArticleContent> byKey(String key) {
            Long id = byKey.get(key);
            return id == null ? Optional.empty() : Optional.of(texts.computeIfAbsent(id, articles::get));
        }

        private static String normalized(String url) {
            String u = url.strip();
            int hash = u.indexOf('#');
            if (hash >= 0) {
                u = u.substring(0, hash);
            }
            return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
        }
    }
}
