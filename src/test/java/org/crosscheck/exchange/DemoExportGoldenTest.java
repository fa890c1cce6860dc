package org.crosscheck.exchange;

import org.crosscheck.DatabaseTest;
import org.crosscheck.demo.DemoFixture;
import org.crosscheck.security.RunAs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Each format on the demo project, against its golden file: what a newcomer's first export holds,
 * byte for byte but for times and ids. On H2 and PostgreSQL.
 */
@DatabaseTest
class DemoExportGoldenTest {

    @Autowired DemoFixture demo;
    @Autowired ExportService exports;

    long projectId;

    @BeforeEach
    void setUp() {
        projectId = demo.projectId();
    }

    private String export(String format) {
        return new String(bytes(format), StandardCharsets.UTF_8);
    }

    private byte[] bytes(String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RunAs.user(DemoFixture.LEAD, () -> {
            exports.export(projectId, ExportOptions.of(format, ExportFilter.everything()), ExchangeServiceTest.BASE, out,
                    ExportProgress.NONE);
            return null;
        });
        return out.toByteArray();
    }

    @Test
    void w3c() {
        String pretty = ExchangeJson.MAPPER.readTree(export("w3c")).toPrettyString();
        Golden.check("demo.w3c.jsonld", Golden.text(pretty) + "\n");
    }

    @Test
    void csv() {
        Map<String, byte[]> tables = BundleContent.entries(bytes("csv"));
        Golden.check("demo.annotations.csv", Golden.csv(new String(tables.get("annotations.csv"), StandardCharsets.UTF_8),
                Map.of("annotation_id", "annotation", "article_id", "article", "contradiction_ids", "contradiction"),
                List.of("created", "updated")));
        Golden.check("demo.contradictions.csv", Golden.csv(new String(tables.get("contradictions.csv"),
                StandardCharsets.UTF_8), Map.of("contradiction_id", "contradiction", "article_id", "article",
                "span_id", "span", "annotation_id", "annotation"), List.of("created", "updated")));
    }

    @Test
    void bundle() {
        StringBuilder all = new StringBuilder();
        BundleContent.normalized(bytes("bundle")).forEach((name, json) ->
                all.append("=== ").append(name).append('\n').append(json).append('\n'));
        Golden.check("demo.bundle.txt", Golden.text(all.toString()));
    }

    @Test
    void report() {
        Golden.check("demo.report.html", Golden.report(export("report")));
    }
}
