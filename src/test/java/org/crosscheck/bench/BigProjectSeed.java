package org.crosscheck.bench;

import org.crosscheck.article.ArticleText;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A project at newsroom scale written straight into the database (the services would take minutes
 * and are not what is measured): articles of ten paragraphs, the same number of annotations on each
 * (quotes, figures, notes in turn), contradictions between neighbouring articles of every category
 * and status, and members of every role.
 */
final class BigProjectSeed {

    /** {@code prose}: characters of ordinary prose added to each of an article's ten paragraphs. */
    record Scale(int articles, int annotations, int contradictions, int members, int prose) {
    }

    record Seeded(List<Long> articleIds, List<Long> contradictionIds, List<String> members) {
    }

    private static final String[] CATEGORIES = {"FIGURE_MISMATCH", "QUOTE_WORDING", "MISATTRIBUTION", "NAME_SPELLING",
            "FACTUAL_CONFLICT", "OTHER"};
    private static final String[] STATUSES = {"OPEN", "CONFIRMED", "DISMISSED"};
    private static final String[] ROLES = {"REVIEWER", "OBSERVER", "REVIEWER", "LEAD"};

    private final JdbcTemplate jdbc;

    BigProjectSeed(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Seeded seed(long projectId, long authorId, Scale scale) {
        Timestamp now = Timestamp.from(Instant.now());
        List<String> members = members(projectId, authorId, scale.members(), now);
        List<Object[]> articleRows = new ArrayList<>();
        for (int i = 0; i < scale.articles(); i++) {
            String text = text(i, scale.prose());
            articleRows.add(new Object[]{projectId, "Article " + i, "Outlet " + (i % 12), "bench-" + i + ".txt", text, text,
                    text.length(), ArticleText.contentHash(text), authorId, now});
        }
        jdbc.batchUpdate("""
                insert into article (version, project_id, title, outlet, source_name, original_format, original_text,
                  body_text, body_length, content_hash, text_frozen, imported_by, imported_at)
                values (0, ?, ?, ?, ?, 'TEXT', ?, ?, ?, ?, true, ?, ?)""", articleRows);
        List<Long> articleIds = jdbc.queryForList("select id from article where project_id = ? order by id", Long.class,
                projectId);
        int perArticle = scale.annotations() / scale.articles();
        List<Object[]> annotationRows = new ArrayList<>();
        for (int a = 0; a < articleIds.size(); a++) {
            String text = text(a, scale.prose());
            for (int n = 0; n < perArticle; n++) {
                int start = text.indexOf("word" + n + " ");
                int end = start + ("word" + n).length();
                String kind = n % 3 == 0 ? "QUOTE" : n % 3 == 1 ? "FIGURE" : "NOTE";
                annotationRows.add(new Object[]{projectId, articleIds.get(a), kind, start, end, text.substring(start, end),
                        text.substring(Math.max(0, start - 32), start), text.substring(end, Math.min(text.length(), end + 32)),
                        kind.equals("QUOTE") ? "Speaker " + n : null, kind.equals("FIGURE") ? n * 10 : null,
                        kind.equals("FIGURE") ? "ABOUT" : null, kind.equals("FIGURE") ? "people injured" : null,
                        kind.equals("NOTE") ? "A note on word " + n : null, authorId, now, now, authorId});
                if (annotationRows.size() == 2_000) {
                    insertAnnotations(annotationRows);
                }
            }
        }
        insertAnnotations(annotationRows);
        List<Object[]> contradictionRows = new ArrayList<>();
        for (int c = 0; c < scale.contradictions(); c++) {
            contradictionRows.add(new Object[]{projectId, CATEGORIES[c % CATEGORIES.length],
                    STATUSES[(c / CATEGORIES.length) % STATUSES.length], "Contradiction " + c, authorId, now, now});
        }
        jdbc.batchUpdate("""
                insert into contradiction (version, project_id, category, status, note, author_id, created_at, updated_at)
                values (0, ?, ?, ?, ?, ?, ?, ?)""", contradictionRows);
        List<Long> contradictionIds = jdbc.queryForList("select id from contradiction where project_id = ? order by id",
                Long.class, projectId);
        List<Object[]> spanRows = new ArrayList<>();
        for (int c = 0; c < contradictionIds.size(); c++) {
            for (int side = 0; side < 2; side++) {
                int a = (c * 2 + side) % articleIds.size();
                String text = text(a, scale.prose());
                int start = text.indexOf("word1 ");
                spanRows.add(new Object[]{contradictionIds.get(c), articleIds.get(a), start, start + 5, "word1",
                        text.substring(Math.max(0, start - 32), start), text.substring(start + 5, start + 37), authorId, now});
            }
            if (spanRows.size() >= 2_000) {
                insertSpans(spanRows);
            }
        }
        insertSpans(spanRows);
        return new Seeded(articleIds, contradictionIds, members);
    }

    /** {@code count} members in all, the author (already the lead) among them; the others share the author's password. */
    private List<String> members(long projectId, long authorId, int count, Timestamp now) {
        String hash = jdbc.queryForObject("select password_hash from app_user where id = ?", String.class, authorId);
        List<String> names = new ArrayList<>();
        List<Object[]> users = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            String name = "member-" + projectId + "-" + i;
            names.add(name);
            users.add(new Object[]{name, "Member " + i, hash, now});
        }
        jdbc.batchUpdate("""
                insert into app_user (version, username, display_name, password_hash, global_role, enabled, created_at)
                values (0, ?, ?, ?, 'USER', true, ?)""", users);
        List<Object[]> memberships = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            memberships.add(new Object[]{projectId, names.get(i), ROLES[i % ROLES.length], now});
        }
        jdbc.batchUpdate("""
                insert into membership (version, project_id, user_id, role, added_at)
                select 0, ?, id, ?, ? from app_user where username = ?""",
                memberships.stream().map(m -> new Object[]{m[0], m[2], m[3], m[1]}).toList());
        return names;
    }

    private void insertAnnotations(List<Object[]> rows) {
        jdbc.batchUpdate("""
                insert into annotation (version, project_id, article_id, kind, start_offset, end_offset, exact_text,
                  prefix_text, suffix_text, speaker, figure_value, figure_qualifier, figure_counts, note, origin,
                  author_id, created_at, updated_at, updated_by)
                values (0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'MANUAL', ?, ?, ?, ?)""", rows);
        rows.clear();
    }

    private void insertSpans(List<Object[]> rows) {
        jdbc.batchUpdate("""
                insert into contradiction_span (contradiction_id, article_id, start_offset, end_offset, exact_text,
                  prefix_text, suffix_text, added_by, added_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        rows.clear();
    }

    private static final String PROSE = "Officials said the situation remained tense overnight, while witnesses "
            + "described crowds gathering near the main square before police moved in.";

    /** Ten paragraphs of twelve numbered words each ("word0" … "word119", each once), then about {@code prose} characters of prose. */
    static String text(int article, int prose) {
        StringBuilder sb = new StringBuilder();
        for (int p = 0; p < 10; p++) {
            for (int w = 0; w < 12; w++) {
                sb.append("word").append(p * 12 + w).append(' ');
            }
            sb.append("in article ").append(article).append(", as the outlet reported on Friday.");
            for (int n = 0; n < prose; n += PROSE.length() + 1) {
                sb.append(' ').append(PROSE);
            }
            sb.append('\n');
        }
        return sb.toString().strip();
    }
}
