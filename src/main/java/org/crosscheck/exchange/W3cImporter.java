package org.crosscheck.exchange;

import org.crosscheck.annotation.AnnotationDetails;
import org.crosscheck.annotation.AnnotationFields;
import org.crosscheck.annotation.AnnotationKind;
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
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    W3cImporter(ArticleService articles, AnnotationService annotations, CommentService comments,
                ContradictionService contradictions) {
        this.articles = articles;
        this.annotations = annotations;
        this.comments = comments;
        this.contradictions = contradictions;
    }

    /** A placed target: the article, the UTF-16 span, whether it had to be found by its quote. */
    private record Placed(long articleId, int start, int end, boolean reanchored) {
    }

    ImportSummary importInto(long projectId, JsonNode root, String baseUrl) {
        List<JsonNode> items = items(root);
        if (items.isEmpty()) {
            throw new DomainException("The file holds no W3C annotations (an AnnotationCollection, an AnnotationPage, "
                    + "a list of Annotations or one Annotation).");
        }
        Articles known = new Articles(projectId, baseUrl);
        List<Orphan> orphans = new ArrayList<>();
        int reanchored = 0;
        Map<Long, List<NewAnnotation>> byArticle = new LinkedHashMap<>();
        Map<Long, List<String>> idsByArticle = new HashMap<>();
        List<JsonNode> links = new ArrayList<>();
        List<JsonNode> replies = new ArrayList<>();
        for (JsonNode item : items) {
            String motivation = text(item, "motivation");
            String id = text(item, "id");
            if ("linking".equals(motivation)) {
                links.add(item);
                continue;
            }
            if ("replying".equals(motivation)) {
                replies.add(item);
                continue;
            }
            JsonNode target = firstTarget(item.get("target"));
            Optional<Placed> placed = target == null ? Optional.empty() : place(target, known, orphans, id);
            if (placed.isEmpty()) {
                continue;
            }
            JsonNode body = firstOf(item.get("body"));
            AnnotationKind kind = kindOf(body);
            AnnotationFields fields = fieldsOf(kind, body, item);
            Optional<String> problem = fields.problemFor(kind);
            if (problem.isPresent()) {
                orphans.add(new Orphan(id, exactOf(target), "Its fields could not be saved: " + problem.get()));
                continue;
            }
            if (placed.get().reanchored()) {
                reanchored++;
            }
            byArticle.computeIfAbsent(placed.get().articleId(), k -> new ArrayList<>())
                    .add(new NewAnnotation(kind, placed.get().start(), placed.get().end(), fields));
            idsByArticle.computeIfAbsent(placed.get().articleId(), k -> new ArrayList<>()).add(id);
        }
        Map<String, AnnotationDetails> made = new HashMap<>();
        long count = 0;
        for (Map.Entry<Long, List<NewAnnotation>> e : byArticle.entrySet()) {
            List<AnnotationDetails> saved = annotations.createAll(e.getKey(), e.getValue());
            count += saved.size();
            List<String> ids = idsByArticle.get(e.getKey());
            for (int i = 0; i < saved.size(); i++) {
                if (ids.get(i) != null) {
                    made.put(ids.get(i), saved.get(i));
                }
            }
        }
        int linked = 0;
        for (JsonNode link : links) {
            if (link(projectId, link, known, made, orphans)) {
                linked++;
            }
        }
        long replied = 0;
        for (JsonNode reply : replies) {
            AnnotationDetails on = made.get(text(reply, "target"));
            String body = bodyText(firstOf(reply.get("body")), reply);
            if (on == null) {
                orphans.add(new Orphan(text(reply, "id"), null, "A reply to an annotation that was not imported."));
            } else if (body == null || body.length() > 4000) {
                orphans.add(new Orphan(text(reply, "id"), null, "A reply without text, or longer than 4,000 characters."));
            } else {
                comments.add(on.id(), body);
                replied++;
            }
        }
        return new ImportSummary(projectId, "w3c", 0, count, replied, linked, reanchored, orphans, List.of());
    }

    private boolean link(long projectId, JsonNode item, Articles known, Map<String, AnnotationDetails> made,
                         List<Orphan> orphans) {
        String id = text(item, "id");
        JsonNode body = firstOf(item.get("body"));
        ContradictionCategory category = enumOf(ContradictionCategory.class, text(body, "category"))
                .orElse(ContradictionCategory.OTHER);
        List<SpanRef> refs = new ArrayList<>();
        List<Orphan> missing = new ArrayList<>();
        for (JsonNode target : targets(item.get("target"))) {
            Optional<Placed> placed = place(target, known, missing, id);
            if (placed.isEmpty()) {
                orphans.add(new Orphan(id, exactOf(target), "A contradiction with a side that could not be placed: "
                        + (missing.isEmpty() ? "" : missing.getLast().reason())));
                return false;
            }
            AnnotationDetails from = made.get(text(target, "fromAnnotation"));
            refs.add(new SpanRef(placed.get().articleId(), placed.get().start(), placed.get().end(),
                    from != null && from.articleId() == placed.get().articleId() ? from.id() : null));
        }
        if (refs.size() < 2) {
            orphans.add(new Orphan(id, null, "A linking annotation with fewer than two targets."));
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
    private Optional<Placed> place(JsonNode target, Articles known, List<Orphan> orphans, String id) {
        Optional<ArticleContent> article = known.match(target);
        String exact = exactOf(target);
        if (article.isEmpty()) {
            orphans.add(new Orphan(id, exact, "Its target is none of the project's articles (matched by the article's "
                    + "address, its text's hash or its original URL)."));
            return Optional.empty();
        }
        if (exact == null || exact.isBlank()) {
            orphans.add(new Orphan(id, exact, "It has no TextQuoteSelector, so its place cannot be checked."));
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
            orphans.add(new Orphan(id, exact, "Its quote is not in the article's text any more."));
            return Optional.empty();
        }
        return checked(article.get(), found.get().start(), found.get().end(), true, orphans, id, exact);
    }

    private static Optional<Placed> checked(ArticleContent article, int start, int end, boolean reanchored,
                                            List<Orphan> orphans, String id, String exact) {
        TextSpan span = TextSpan.select(article.text(), start, end);
        if (!span.exact().equals(exact.strip())) {
            orphans.add(new Orphan(id, exact, "Its quote starts or ends inside a character."));
            return Optional.empty();
        }
        return Optional.of(new Placed(article.id(), span.start(), span.end(), reanchored));
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

    /** The annotations of a collection (its embedded pages), a page, a list, a Hypothesis search result, or one. */
    static List<JsonNode> items(JsonNode root) {
        List<JsonNode> out = new ArrayList<>();
        if (root == null) {
            return out;
        }
        if (root.isArray()) {
            root.forEach(n -> out.addAll(items(n)));
        } else if (root.isObject()) {
            String type = text(root, "type");
            if ("AnnotationCollection".equals(type)) {
                for (JsonNode page = root.get("first"); page != null && page.isObject(); page = page.get("next")) {
                    out.addAll(items(page));
                }
            } else if ("AnnotationPage".equals(type)) {
                out.addAll(items(root.get("items")));
            } else if (root.has("rows") && root.get("rows").isArray()) {
                out.addAll(items(root.get("rows")));
            } else if (root.has("target")) {
                out.add(root);
            }
        }
        return out;
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

    private static JsonNode firstOf(JsonNode node) {
        return node != null && node.isArray() ? (node.isEmpty() ? null : node.get(0)) : node;
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
        private final Map<Long, ArticleContent> texts = new HashMap<>();

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
