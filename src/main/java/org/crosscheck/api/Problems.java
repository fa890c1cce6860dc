package org.crosscheck.api;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.util.Map;

/**
 * RFC 9457 problem details with a stable {@code type} per kind of error, so scripts can tell errors
 * apart without parsing the text. The types are documented in docs/api.md.
 */
final class Problems {

    static final String TYPE_BASE = "https://crosscheck.example/problems/";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Problems() {
    }

    static ProblemDetail of(HttpStatus status, String type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        return problem;
    }

    /** Writes a problem from a filter, before Spring MVC is involved. */
    static void write(HttpServletResponse response, HttpStatus status, String type, String detail,
                      Map<String, String> headers) throws IOException {
        ProblemDetail problem = of(status, type, detail);
        response.setStatus(status.value());
        headers.forEach(response::setHeader);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.writeValueAsString(Map.of("type", problem.getType().toString(),
                "title", problem.getTitle(), "status", problem.getStatus(), "detail", detail)));
    }
}
