package org.crosscheck.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** fixtures/kazakhstan-2022/project.json, as read. */
record DemoProject(String name, String description, List<Article> articles, List<Member> members,
                   List<Annotation> annotations, List<Contradiction> contradictions) {

    record Article(String file, String title, String outlet, String url, LocalDate published, String byline,
                   String source) {
    }

    record Member(String username, String name, String role) {
    }

    record Contradiction(String author, String category, String note, List<Span> spans) {
    }

    record Span(String article, String exact) {
    }

    record Annotation(String article, String author, String kind, String exact, String speaker, BigDecimal value,
                      String qualifier, String counts, String note) {
    }
}
