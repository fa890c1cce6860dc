package org.crosscheck.api;

import org.crosscheck.TestData;
import org.crosscheck.TestData.Team;
import org.crosscheck.account.AccessTokenService;
import org.crosscheck.account.TokenScope;
import org.crosscheck.annotation.AnnotationFields;
import org.crosscheck.annotation.AnnotationKind;
import org.crosscheck.annotation.AnnotationService;
import org.crosscheck.annotation.CommentService;
import org.crosscheck.browser.BrowserTest;
import org.crosscheck.review.ContradictionCategory;
import org.crosscheck.review.ContradictionService;
import org.crosscheck.review.ContradictionStatus;
import org.crosscheck.review.SpanRef;
import org.crosscheck.security.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.TestData.as;

/**
 * Every endpoint × every kind of caller, each cell the exact status (issue 10). Outsiders get 404 for
 * everything in a project they are not in, as for something that does not exist; members get 403
 * where their role does not allow the change; administrators act as leads everywhere.
 */
class ApiAuthorizationMatrixIT extends BrowserTest {

    private static final List<String> CALLERS = List.of("none", "outsider", "observer", "reviewer", "lead", "admin");

    @Autowired AccessTokenService tokenService;
    @Autowired AnnotationService annotations;
    @Autowired ContradictionService contradictions;
    @Autowired CommentService comments;

    @Test
    void everyEndpointAnswersEveryCallerAsItShould() {
        ApiClient api = new ApiClient(port);
        Team team = data.team();
        long article = data.fixtureArticle(team.projectId(), team.lead(), "000-arab-news.txt", "Arab News");
        long other = data.fixtureArticle(team.projectId(), team.lead(), "001-un-news-scoop.txt", "UN News");
        SpanRef police = data.span(team.lead(), article, "12 police officers");
        long annotation = as(team.reviewer(), () -> annotations.create(article, AnnotationKind.NOTE, police.start(),
                police.end(), AnnotationFields.note("seed"))).id();
        long contradiction = as(team.reviewer(), () -> contradictions.create(team.projectId(),
                ContradictionCategory.FIGURE_MISMATCH, null, List.of(police, data.span(team.lead(), other, "dozens")))).id();
        String spare = data.user("spare");
        long spareToken = RunAs.user(spare, () -> tokenService.create("spare's", TokenScope.READ, 1)).summary().id();
        long comment = as(team.reviewer(), () -> comments.add(annotation, "first")).id();
        String otherText = as(team.lead(), () -> data.text(other));
        List<int[]> otherWords = new ArrayList<>();
        java.util.regex.Matcher words = java.util.regex.Pattern.compile("[A-Za-z]{6,}").matcher(otherText);
        while (words.find() && otherWords.size() < 20) {
            otherWords.add(new int[] {words.start(), words.end()});
        }
        AtomicInteger nextWord = new AtomicInteger();

        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("none", null);
        tokens.put("outsider", api.token(data.user("outsider"), TestData.PASSWORD, "write"));
        tokens.put("observer", api.token(team.observer(), TestData.PASSWORD, "write"));
        tokens.put("reviewer", api.token(team.reviewer(), TestData.PASSWORD, "write"));
        tokens.put("lead", api.token(team.lead(), TestData.PASSWORD, "write"));
        tokens.put("admin", RunAs.admin("admin", () -> tokenService.create("matrix", TokenScope.WRITE, 1)).token());

        long p = team.projectId();
        String read = "401 404 200 200 200 200";
        List<Cell> cells = List.of(
                new Cell("GET", "/api/v1/projects/" + p, null, read),
                new Cell("GET", "/api/v1/projects/" + p + "/members", null, read),
                new Cell("GET", "/api/v1/projects/" + p + "/articles", null, read),
                new Cell("GET", "/api/v1/articles/" + article, null, read),
                new Cell("GET", "/api/v1/articles/" + article + "/annotations", null, read),
                new Cell("GET", "/api/v1/annotations/" + annotation, null, read),
                new Cell("GET", "/api/v1/annotations/" + annotation + "/comments", null, read),
                new Cell("GET", "/api/v1/projects/" + p + "/contradictions", null, read),
                new Cell("GET", "/api/v1/contradictions/" + contradiction, null, read),
                new Cell("GET", "/api/v1/projects", null, "401 200 200 200 200 200"),
                new Cell("POST", "/api/v1/projects", () -> "{\"name\":\"P " + UUID.randomUUID() + "\"}", "401 201 201 201 201 201"),
                new Cell("POST", "/api/v1/articles/" + article + "/annotations",
                        () -> "{\"kind\":\"NOTE\",\"start\":" + police.start() + ",\"end\":" + police.end() + ",\"note\":\"n\"}",
                        "401 404 403 201 201 201"),
                new Cell("POST", "/api/v1/annotations/" + annotation + "/comments", () -> "{\"body\":\"c\"}",
                        "401 404 403 201 201 201"),
                new Cell("POST", "/api/v1/projects/" + p + "/contradictions",
                        () -> "{\"category\":\"OTHER\",\"spans\":[{\"annotationId\":" + annotation + "},{\"articleId\":" + other
                                + ",\"start\":0,\"end\":2}]}", "401 404 403 201 201 201"),
                new Cell("POST", "/api/v1/projects/" + p + "/articles",
                        () -> "{\"title\":\"T\",\"text\":\"Text " + UUID.randomUUID() + "\"}", "401 404 403 403 201 201"),
                new Cell("PUT", "/api/v1/projects/" + p + "/members/" + spare, () -> "{\"role\":\"OBSERVER\"}",
                        "401 404 403 403 200 200"),
                new Cell("DELETE", "/api/v1/projects/" + p + "/members/nobody-at-all", null, "401 404 404 404 404 404"),
                // Changes of existing things, each with the version the caller would have read.
                new Cell("PATCH", () -> "/api/v1/annotations/" + annotation, () -> "{\"note\":\"edited\"}",
                        () -> etag(as(team.lead(), () -> annotations.get(annotation)).version()), "401 404 403 200 200 200"),
                new Cell("DELETE", () -> "/api/v1/annotations/" + as(team.reviewer(), () -> annotations.create(article,
                        AnnotationKind.NOTE, police.start(), police.end(), AnnotationFields.note("to delete"))).id(), null,
                        () -> etag(0), "401 404 403 204 204 204"),
                new Cell("PATCH", () -> "/api/v1/comments/" + comment, () -> "{\"body\":\"edited\"}",
                        () -> etag(as(team.lead(), () -> comments.thread(annotation)).comments().stream()
                                .filter(c -> c.id() == comment).findFirst().orElseThrow().version()),
                        "401 404 403 200 403 403"),
                new Cell("POST", () -> "/api/v1/contradictions/" + contradiction + "/spans", () -> {
                    int[] w = otherWords.get(nextWord.getAndIncrement());
                    return "{\"spans\":[{\"articleId\":" + other + ",\"start\":" + w[0] + ",\"end\":" + w[1] + "}]}";
                }, null, "401 404 403 200 200 200"),
                new Cell("PATCH", () -> "/api/v1/contradictions/" + contradiction, () -> "{\"status\":\""
                        + (as(team.lead(), () -> contradictions.get(contradiction)).status() == ContradictionStatus.OPEN
                        ? "CONFIRMED" : "OPEN") + "\",\"reason\":\"checked\"}",
                        () -> etag(as(team.lead(), () -> contradictions.get(contradiction)).version()), "401 404 403 200 200 200"),
                new Cell("DELETE", () -> "/api/v1/articles/" + data.article(p, team.lead(), "Doomed",
                        "Text to delete " + UUID.randomUUID()), null, () -> etag(0), "401 404 403 403 204 204"),
                // Tokens are the caller's own: another's is not found; making one takes a password, not a token.
                new Cell("GET", "/api/v1/tokens", null, "401 200 200 200 200 200"),
                new Cell("DELETE", "/api/v1/tokens/" + spareToken, null, "401 404 404 404 404 404"),
                new Cell("POST", "/api/v1/tokens", () -> "{\"name\":\"x\",\"scope\":\"read\"}", "401 401 401 401 401 401"));

        List<String> wrong = new ArrayList<>();
        for (Cell cell : cells) {
            String[] expected = cell.expected().split(" ");
            for (int i = 0; i < CALLERS.size(); i++) {
                String caller = CALLERS.get(i);
                String path = cell.path().get();
                String body = cell.body() == null ? null : cell.body().get();
                String ifMatch = cell.ifMatch() == null ? null : cell.ifMatch().get();
                ApiClient.Response response = switch (cell.method()) {
                    case "GET" -> api.get(tokens.get(caller), path);
                    case "POST" -> api.post(tokens.get(caller), path, body);
                    case "PUT" -> api.put(tokens.get(caller), path, body);
                    case "PATCH" -> api.patch(tokens.get(caller), path, body, ifMatch);
                    case "DELETE" -> api.delete(tokens.get(caller), path, ifMatch);
                    default -> throw new IllegalArgumentException(cell.method());
                };
                if (response.status() != Integer.parseInt(expected[i])) {
                    wrong.add(cell.method() + " " + path + " as " + caller + ": expected " + expected[i] + ", got "
                            + response);
                }
                if (response.status() >= 400) {
                    assertThat(response.header("Content-Type")).as(path).startsWith("application/problem+json");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** One endpoint: its path, body and If-Match are made afresh for each caller where a call uses them up. */
    record Cell(String method, Supplier<String> path, Supplier<String> body, Supplier<String> ifMatch, String expected) {

        Cell(String method, String path, Supplier<String> body, String expected) {
            this(method, () -> path, body, null, expected);
        }
    }

    private static String etag(long version) {
        return "\"" + version + "\"";
    }
}
