package org.crosscheck.bench;

import org.crosscheck.TestNodes;
import org.crosscheck.TestData;
import org.crosscheck.account.AccessTokenService;
import org.crosscheck.account.TokenScope;
import org.crosscheck.article.ArticleService;
import org.crosscheck.audit.AuditEntry;
import org.crosscheck.audit.AuditFilter;
import org.crosscheck.audit.AuditHash;
import org.crosscheck.audit.AuditService;
import org.crosscheck.audit.AuditVerification;
import org.crosscheck.project.ProjectRole;
import org.crosscheck.security.RunAs;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.postgresql.PGConnection;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.StringReader;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import static org.crosscheck.TestData.as;

/**
 * The audit trail at size (issue 12), on PostgreSQL: the cost of auditing on the write path
 * (annotation saves through the API, 20 writers on two nodes, the trail on and off, in one run),
 * then a trail of 1,000,000 entries: the Audit screen's queries (first page, keyset pages, each
 * filter) timed server-side, and the verification of the whole chain.
 * {@code mvn -Pproduction,bench verify -Dtest=NONE -Dit.test=AuditBenchmarkOnPostgresIT}. Not a pass/fail test.
 */
@Tag("bench")
@EnabledIfSystemProperty(named = "test.pg.url", matches = ".+")
@DisabledIfSystemProperty(named = "test.pg.skip", matches = "true")
class AuditBenchmarkOnPostgresIT {

    static final int WRITERS = 20;
    static final int WARMUP = 100;
    static final int SAVES = 150;
    static final int ENTRIES = 1_000_000;

    @Test
    void auditAtNewsroomScale() throws Exception {
        StringBuilder report = new StringBuilder("Audit on PostgreSQL\n\n### Write path: annotation saves through the API, "
                + WRITERS + " writers on two nodes, " + SAVES + " saves each after " + WARMUP + " warm-up saves\n\n"
                + "| audit trail | p50 ms | p95 ms | p99 ms | saves/s |\n|---|---|---|---|---|\n");
        SecurityContextHolderStrategy strategy = SecurityContextHolder.getContextHolderStrategy();
        try {
            for (boolean audited : new boolean[] {false, true, false, true}) {
                report.append(writePath(audited));
            }
            report.append("\n").append(trailOfAMillion());
        } finally {
            SecurityContextHolder.setContextHolderStrategy(strategy);
        }
        System.out.println("\n" + report);
        Files.createDirectories(Path.of("target/bench"));
        Files.writeString(Path.of("target/bench/audit-postgresql.md"), report);
    }

    private static ConfigurableApplicationContext node(boolean audited) {
        return TestNodes.inThisJvm(System.getProperty("test.pg.url"), "--crosscheck.audit.enabled=" + audited,
                "--crosscheck.api.rate-limit.per-second=1000000", "--crosscheck.api.rate-limit.burst=1000000",
                "--logging.level.org.crosscheck=warn");
    }

    private String writePath(boolean audited) throws Exception {
        ConfigurableApplicationContext a = node(audited);
        org.crosscheck.JarNode b = null;
        try {
            TestData data = a.getBean(TestData.class);
            String lead = data.user("lead");
            long project = data.project(lead);
            long article = data.fixtureArticle(project, lead, "000-arab-news.txt", "Arab News");
            String text = as(lead, () -> a.getBean(ArticleService.class).get(article)).text();
            int start = text.indexOf("dozens");
            List<String> tokens = new ArrayList<>();
            for (int i = 0; i < WRITERS; i++) {
                String w = data.user("writer");
                data.member(project, lead, w, ProjectRole.REVIEWER);
                tokens.add(as(w, () -> a.getBean(AccessTokenService.class).create("bench", TokenScope.WRITE, 1)).token());
            }
            // Node B: the jar in a JVM of its own, as a second node runs.
            b = org.crosscheck.JarNode.start(System.getProperty("test.pg.url"), "--crosscheck.audit.enabled=" + audited,
                    "--crosscheck.api.rate-limit.per-second=1000000", "--crosscheck.api.rate-limit.burst=1000000",
                    "--logging.level.org.crosscheck=warn");
            int[] ports = {TestNodes.port(a), b.port()};
            String body = "{\"kind\":\"NOTE\",\"start\":" + start + ",\"end\":" + (start + 6) + ",\"note\":\"bench\"}";
            measure(tokens, ports, article, body, WARMUP);
            List<Long> nanos = measure(tokens, ports, article, body, SAVES);
            Collections.sort(nanos);
            double seconds = nanos.stream().mapToLong(Long::longValue).sum() / 1e9 / WRITERS;
            return String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.0f |%n", audited ? "on" : "off",
                    pct(nanos, 50), pct(nanos, 95), pct(nanos, 99), nanos.size() / seconds);
        } finally {
            if (b != null) {
                b.close();
            }
            a.close();
        }
    }

    private static List<Long> measure(List<String> tokens, int[] ports, long article, String body, int each)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tokens.size());
        try {
            List<Future<List<Long>>> futures = new ArrayList<>();
            for (int w = 0; w < tokens.size(); w++) {
                String token = tokens.get(w);
                int port = ports[w % 2];
                futures.add(pool.submit(() -> {
                    List<Long> times = new ArrayList<>(each);
                    for (int i = 0; i < each; i++) {
                        long t0 = System.nanoTime();
                        post(port, token, article, body);
                        times.add(System.nanoTime() - t0);
                    }
                    return times;
                }));
            }
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> f : futures) {
                all.addAll(f.get());
            }
            return all;
        } finally {
            pool.shutdown();
        }
    }

    private static void post(int port, String token, long article, String body) throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create("http://localhost:" + port + "/api/v1/articles/" + article
                + "/annotations").toURL().openConnection();
        c.setRequestMethod("POST");
        c.setDoOutput(true);
        c.setRequestProperty("Authorization", "Bearer " + token);
        c.setRequestProperty("Content-Type", "application/json");
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        c.setFixedLengthStreamingMode(bytes.length);
        try (var out = c.getOutputStream()) {
            out.write(bytes);
        }
        int status = c.getResponseCode();
        try (var in = status < 400 ? c.getInputStream() : c.getErrorStream()) {
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (status != 201) {
                throw new AssertionError("save refused: " + status + " " + answer);
            }
        }
    }

    /** A chain of a million entries, continued from the trail's head, written with COPY; then the screen's queries. */
    private String trailOfAMillion() throws Exception {
        ConfigurableApplicationContext app = node(true);
        try {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            long seeded = System.nanoTime();
            var head = jdbc.queryForMap("select last_seq, last_hash from audit_head where id = 1");
            long seq = ((Number) head.get("last_seq")).longValue();
            String prev = (String) head.get("last_hash");
            // Signed as the nodes sign, with the test nodes' audit key.
            byte[] key = app.getEnvironment().getRequiredProperty("crosscheck.audit.key").getBytes(StandardCharsets.UTF_8);
            Instant at = Instant.now().minus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MICROS);
            String[] actions = {"annotation.created", "annotation.updated", "annotation.deleted", "comment.added",
                    "contradiction.created", "contradiction.status-changed", "login.succeeded", "article.imported"};
            try (Connection connection = app.getBean(DataSource.class).getConnection()) {
                var copy = connection.unwrap(PGConnection.class).getCopyAPI();
                StringBuilder rows = new StringBuilder();
                for (int i = 0; i < ENTRIES; i++) {
                    seq++;
                    at = at.plusMillis(2);
                    String action = actions[i % actions.length];
                    long projectId = 100_000 + i % 200;
                    String actor = "member" + (i % 500);
                    String after = "{\"note\":\"entry " + i + "\",\"kind\":\"NOTE\"}";
                    String before = action.endsWith("updated") ? "{\"note\":\"before " + i + "\"}" : null;
                    AuditEntry e = new AuditEntry(seq, at, actor, "api token 1", action, projectId, 200_000L + i % 5_000,
                            action.substring(0, action.indexOf('.')), (long) i, before, after, "10.0.0." + (i % 250), prev, null);
                    String hash = AuditHash.keyed(key, e);
                    rows.append(seq).append('\t').append(at).append('\t').append(actor).append('\t').append(e.via())
                            .append('\t').append(action).append('\t').append(projectId).append('\t').append(e.articleId())
                            .append('\t').append(e.targetType()).append('\t').append(i).append('\t')
                            .append(before == null ? "\\N" : before).append('\t').append(after).append('\t')
                            .append(e.clientAddress()).append('\t').append(prev).append('\t').append(hash).append('\n');
                    prev = hash;
                    if (rows.length() > 8_000_000 || i == ENTRIES - 1) {
                        copy.copyIn("copy audit_entry (seq, occurred_at, actor, via, action, project_id, article_id, "
                                + "target_type, target_id, before_json, after_json, client_address, prev_hash, entry_hash) "
                                + "from stdin", new StringReader(rows.toString()));
                        rows.setLength(0);
                    }
                }
            }
            // A million entries at once: past the head's trigger, which lets it move one entry at a time (the test runs as the owner).
            jdbc.execute("alter table audit_head disable trigger audit_head_forward_only");
            jdbc.update("update audit_head set last_seq = ?, last_hash = ? where id = 1", seq, prev);
            jdbc.execute("alter table audit_head enable trigger audit_head_forward_only");
            jdbc.execute("analyze audit_entry");
            long total = jdbc.queryForObject("select count(*) from audit_entry", Long.class);
            AuditService audit = app.getBean(AuditService.class);
            StringBuilder out = new StringBuilder("### A trail of " + String.format(Locale.ROOT, "%,d", total)
                    + " entries (" + ENTRIES + " written with COPY in " + (System.nanoTime() - seeded) / 1_000_000
                    + " ms), each step timed in the service, median of 5\n\n| step | ms | entries |\n|---|---|---|\n");
            Instant lastHour = at.minus(1, ChronoUnit.HOURS);
            out.append(step("open the screen: the newest 100", () -> audit.page(AuditFilter.everything(), null, 100)));
            List<AuditEntry> first = admin(() -> audit.page(AuditFilter.everything(), null, 100));
            out.append(step("the next page (keyset)", () -> audit.page(AuditFilter.everything(), first.getLast().seq(), 100)));
            out.append(step("a page 500,000 entries back", () -> audit.page(AuditFilter.everything(), seqNow(jdbc) - 500_000, 100)));
            out.append(step("filter: one actor", () -> audit.page(filter("member42", null, null, null, null, null), null, 100)));
            out.append(step("filter: one project", () -> audit.page(filter(null, null, 100_042L, null, null, null), null, 100)));
            out.append(step("filter: action family annotation.", () -> audit.page(filter(null, "annotation.", null, null, null, null), null, 100)));
            out.append(step("filter: one action, one project", () -> audit.page(filter(null, "comment.added", 100_003L, null, null, null), null, 100)));
            out.append(step("filter: one target (History)", () -> audit.page(AuditFilter.ofTarget("annotation", 8L), null, 100)));
            out.append(step("filter: the last hour", () -> audit.page(new AuditFilter(null, null, null, null, null, null,
                    lastHour, null, null), null, 100)));
            out.append(step("filter: free text \"entry 99999\"", () -> audit.page(new AuditFilter(null, null, null, null, null,
                    null, null, null, "entry 99999"), null, 100)));
            long started = System.nanoTime();
            AuditVerification v = admin(audit::verify);
            out.append("\nVerification of the whole chain: ").append(v.checked()).append(" entries in ")
                    .append((System.nanoTime() - started) / 1_000_000).append(" ms, intact: ").append(v.intact()).append("\n");
            out.append("\nQuery plans:\n\n```\n");
            for (String sql : List.of(
                    "select * from audit_entry order by seq desc fetch first 100 rows only",
                    "select * from audit_entry where actor = 'member42' order by seq desc fetch first 100 rows only",
                    "select * from audit_entry where project_id = 100042 order by seq desc fetch first 100 rows only",
                    "select * from audit_entry where action like 'annotation.%' order by seq desc fetch first 100 rows only")) {
                out.append(sql).append('\n');
                jdbc.queryForList("explain " + sql, String.class).forEach(l -> out.append("  ").append(l).append('\n'));
            }
            out.append("```\n");
            return out.toString();
        } finally {
            app.close();
        }
    }

    private static AuditFilter filter(String actor, String action, Long project, Long article, String type, Long target) {
        return new AuditFilter(actor, action, project, article, type, target, null, null, null);
    }

    private static long seqNow(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select last_seq from audit_head where id = 1", Long.class);
    }

    private static <T> T admin(Supplier<T> work) {
        return RunAs.admin("admin", work);
    }

    private static String step(String what, Supplier<List<AuditEntry>> query) {
        List<Long> times = new ArrayList<>();
        int found = 0;
        for (int run = 0; run < 6; run++) {
            long t0 = System.nanoTime();
            found = admin(query).size();
            if (run > 0) {
                times.add(System.nanoTime() - t0);
            }
        }
        Collections.sort(times);
        return String.format(Locale.ROOT, "| %s | %.1f | %d |%n", what, times.get(times.size() / 2) / 1e6, found);
    }

    private static double pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
    }
}
