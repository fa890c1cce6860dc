package org.crosscheck.api;

import org.crosscheck.TestData;
import org.crosscheck.TestData.Team;
import org.crosscheck.account.AccessTokenService;
import org.crosscheck.account.TokenScope;
import org.crosscheck.annotation.AnnotationFields;
import org.crosscheck.annotation.AnnotationKind;
import org.crosscheck.annotation.AnnotationService;
import org.crosscheck.browser.BrowserTest;
import org.crosscheck.review.ContradictionCategory;
import org.crosscheck.review.ContradictionService;
import org.crosscheck.review.SpanRef;
import org.crosscheck.security.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
                new Cell("DELETE", "/api/v1/projects/" + p + "/members/nobody-at-all", null, "401 404 404 404 404 404"));

        List<String> wrong = new ArrayList<>();
        for (Cell cell : cells) {
            String[] expected = cell.expected().split(" ");
            for (int i = 0; i < CALLERS.size(); i++) {
                String caller = CALLERS.get(i);
                String body = cell.body() == null ? null : cell.body().get();
                ApiClient.Response response = switch (cell.method()) {
                    case "GET" -> api.get(tokens.get(caller), cell.path());
                    case "POST" -> api.post(tokens.get(caller), cell.path(), body);
                    case "PUT" -> api.put(tokens.get(caller), cell.path(), body);
                    case "DELETE" -> api.delete(tokens.get(caller), cell.path(), null);
                    default -> throw new IllegalArgumentException(cell.method());
                };
                if (response.status() != Integer.parseInt(expected[i])) {
                    wrong.add(cell.method() + " " + cell.path() + " as " + caller + ": expected " + expected[i] + ", got "
                            + response);
                }
                if (response.status() >= 400) {
                    assertThat(response.header("Content-Type")).as(cell.path()).startsWith("application/problem+json");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    record Cell(String method, String path, java.util.function.Supplier<String> body, String expected) {
    }
}
