package org.crosscheck.audit;

import org.crosscheck.JarNode;
import org.crosscheck.TestNodes;
import org.crosscheck.TestData;
import org.crosscheck.account.AccessTokenService;
import org.crosscheck.account.TokenScope;
import org.crosscheck.article.ArticleService;
import org.crosscheck.project.ProjectRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.crosscheck.TestData.as;

/**
 * Two app nodes against one PostgreSQL (issue 12): 20 writers saving annotations through both
 * nodes at once leave one unbroken chain, numbered without a gap, with one entry per change.
 * Node A runs in the test's JVM; node B is the built jar in a JVM of its own, as a real second node
 * (two application contexts in one JVM share Spring Security's context holder, which the API's
 * requests cannot).
 */
class AuditTwoNodesIT {

    private static ConfigurableApplicationContext nodeA;
    private static JarNode nodeB;
    private static SecurityContextHolderStrategy strategyBefore;
    private static long project;
    private static long article;
    private static int start;
    private static final List<String> tokens = new ArrayList<>();

    @BeforeAll
    static void startTwoNodes() throws Exception {
        String url = System.getProperty("test.pg.url");
        assumeThat(url).as("PostgreSQL for the two-node test (-Dtest.pg.url)").isNotBlank();
        assumeThat(Boolean.getBoolean("test.pg.skip")).as("-Dskip.postgres").isFalse();
        strategyBefore = SecurityContextHolder.getContextHolderStrategy();
        nodeA = start(url);
        // The fixtures go in before node B starts: two contexts in one JVM (unlike two real nodes)
        // would each install their own security context strategy into the JVM-wide holder.
        TestData data = nodeA.getBean(TestData.class);
        String lead = data.user("lead");
        project = data.project(lead);
        article = data.fixtureArticle(project, lead, "000-arab-news.txt", "Arab News");
        String text = as(lead, () -> nodeA.getBean(ArticleService.class).get(article)).text();
        start = text.indexOf("dozens");
        for (int i = 0; i < 20; i++) {
            String w = data.user("writer");
            data.member(project, lead, w, ProjectRole.REVIEWER);
            tokens.add(as(w, () -> nodeA.getBean(AccessTokenService.class).create("two nodes", TokenScope.WRITE, 1)).token());
        }
        nodeB = JarNode.start(url, "--crosscheck.api.rate-limit.per-second=100000",
                "--crosscheck.api.rate-limit.burst=100000");
    }

    private static ConfigurableApplicationContext start(String url) {
        return TestNodes.inThisJvm(url, "--crosscheck.api.rate-limit.per-second=100000",
                "--crosscheck.api.rate-limit.burst=100000");
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (nodeB != null) {
            nodeB.close();
        }
        if (nodeA != null) {
            nodeA.close();
        }
        if (strategyBefore != null) {
            SecurityContextHolder.setContextHolderStrategy(strategyBefore);
        }
    }

    @Test
    void twentyWritersOnTwoNodesLeaveOneUnbrokenChainWithAnEntryPerChange() throws Exception {
        JdbcTemplate jdbc = nodeA.getBean(JdbcTemplate.class);
        long head = jdbc.queryForObject("select last_seq from audit_head where id = 1", Long.class);
        int[] ports = {TestNodes.port(nodeA), nodeB.port()};
        HttpClient http = HttpClient.newHttpClient();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < 20; w++) {
                String token = tokens.get(w);
                int port = ports[w % 2];
                done.add(pool.submit(() -> {
                    for (int n = 0; n < 5; n++) {
                        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                                        + "/api/v1/articles/" + article + "/annotations"))
                                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"kind\":\"NOTE\",\"start\":" + start
                                        + ",\"end\":" + (start + 6) + ",\"note\":\"node " + port + "\"}")).build(),
                                HttpResponse.BodyHandlers.ofString());
                        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        List<Long> seqs = jdbc.queryForList("select seq from audit_entry where seq > ? order by seq", Long.class, head);
        assertThat(seqs).as("numbered without a gap").containsExactlyElementsOf(
                java.util.stream.LongStream.rangeClosed(head + 1, head + seqs.size()).boxed().toList());
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where seq > ? and action = 'annotation.created' "
                + "and project_id = ?", Long.class, head, project)).isEqualTo(100);
        assertThat(jdbc.queryForObject("select count(distinct prev_hash) from audit_entry where seq > ?", Long.class, head))
                .as("no two entries after the same one: the chain never forks").isEqualTo(seqs.size());
        AuditVerification check = nodeA.getBean(AuditVerifier.class).verify();
        assertThat(check.intact()).isTrue();
    }
}
