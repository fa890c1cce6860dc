package org.crosscheck.browser;

import com.codeborne.selenide.WebDriverRunner;
import org.crosscheck.article.ArticleService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import static com.codeborne.selenide.CollectionCondition.size;
import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.TestData.as;

/**
 * Upload limits hold on the server, for requests no browser would send: a 200 MB file, 200 files in
 * one request. (The test profile allows 64 KB per file.)
 */
@ExtendWith(OutputCaptureExtension.class)
class UploadLimitsIT extends BrowserTest {

    private static final long MB = 1024 * 1024;

    @Autowired ArticleService articles;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    String lead;
    long projectId;
    /** The project page whose upload dialog the test opened. */
    ProjectPage page;

    @BeforeEach
    void project() {
        lead = data.user("lead");
        projectId = data.project(lead);
    }

    private String openUploadDialog() {
        login(lead);
        page = ProjectPage.open(projectId).openUploadDialog();
        return page.uploadTarget();
    }

    private static String sessionCookie() {
        return "JSESSIONID=" + WebDriverRunner.getWebDriver().manage().getCookieNamed("JSESSIONID").getValue();
    }

    @Test
    void twoFilesWithTheSameTextInOneUploadAreImportedOnce(@TempDir Path dir) throws IOException {
        File first = write(dir, "first.txt", "Nearly 8,000 people were detained.\nThe UN appealed for calm.");
        File second = write(dir, "second.txt", "Nearly 8,000 people  were detained.\r\nThe UN appealed for calm.\n");
        File other = write(dir, "other.txt", "A different story.");
        openUploadDialog();
        page.sendFiles(first, second, other);
        page.uploadRows().shouldHave(size(3));
        String firstVerdict = page.uploadRow("first.txt").getText();
        String secondVerdict = page.uploadRow("second.txt").getText();
        // Whichever arrived second is the duplicate.
        assertThat(List.of(firstVerdict, secondVerdict)).anySatisfy(v -> assertThat(v).contains("in this upload: it will be skipped"))
                .anySatisfy(v -> assertThat(v).contains("Ready"));
        page.importButton().shouldHave(text("Import 2 articles")).click();
        page.articles().shouldHave(text("A different story"));
        assertThat(as(lead, () -> articles.list(projectId))).hasSize(2);
    }

    @Test
    void aForged200MegabyteUploadIsRefusedWithoutBeingRead() throws Exception {
        String target = openUploadDialog();
        long oldGenBefore = resetOldGenerationPeak();

        // Declared length: refused on the header, before a byte of the body is read.
        Optional<Integer> declared = send(HttpRequest.newBuilder(URI.create(target))
                .header("Cookie", sessionCookie()).header("X-Filename", "huge.txt")
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(
                        () -> zeros(200 * MB)), 200 * MB)).build());
        declared.ifPresent(status -> assertThat(status).isBetween(400, 499));

        // No declared length (chunked): reading stops at the limit.
        Optional<Integer> chunked = send(HttpRequest.newBuilder(URI.create(target))
                .header("Cookie", sessionCookie()).header("X-Filename", "huge-chunked.txt")
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> textOf(200 * MB))).build());
        assertThat(chunked).as("answered before the whole body was sent").isPresent();

        page.uploadRow("huge-chunked.txt").shouldHave(text("larger than the limit of 64 KB"));
        // Nothing of either is staged for import: every row listed is a refusal.
        page.readyUploadRows().shouldHave(size(0));
        page.importButton().shouldHave(attribute("disabled"));
        assertThat(oldGenerationPeak() - oldGenBefore).as("old generation growth while refusing 2 × 200 MB")
                .isLessThan(64 * MB);
    }

    @Test
    void aForgedRequestWith200FilesIsRefusedAndNothingIsStaged(CapturedOutput output) throws Exception {
        String target = openUploadDialog();
        String boundary = "----crosscheck" + System.nanoTime();
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            body.append("--").append(boundary).append("\r\n")
                    .append("Content-Disposition: form-data; name=\"file\"; filename=\"f").append(i).append(".txt\"\r\n")
                    .append("Content-Type: text/plain\r\n\r\n")
                    .append("Article number ").append(i).append(".\r\n");
        }
        body.append("--").append(boundary).append("--\r\n");
        Optional<Integer> status = send(HttpRequest.newBuilder(URI.create(target))
                .header("Cookie", sessionCookie()).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
        assertThat(status).hasValue(413);

        // One part of 200 MB, declared: refused on its length.
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n";
        String tail = "\r\n--" + boundary + "--\r\n";
        long length = head.length() + 200 * MB + tail.length();
        Optional<Integer> big = send(HttpRequest.newBuilder(URI.create(target))
                .header("Cookie", sessionCookie()).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new SequenceInputStream(Collections.enumeration(List.of(
                                new java.io.ByteArrayInputStream(head.getBytes(StandardCharsets.US_ASCII)), zeros(200 * MB),
                                new java.io.ByteArrayInputStream(tail.getBytes(StandardCharsets.US_ASCII)))))), length))
                .build());
        big.ifPresent(s -> assertThat(s).isEqualTo(413));
        // One WARN line each; not the container's two ERROR stack traces of a failed parameter parse.
        assertThat(output.getAll()).contains("Refused an upload")
                .doesNotContain("threw exception", "Exception Processing [ErrorPage");

        // A real upload still works afterwards, and is the only file listed.
        page.sendFiles(write(Files.createTempDirectory("up"), "real.txt", "A real article."));
        page.uploadRows().shouldHave(size(1));
        page.uploadRows().first().shouldHave(text("real.txt"), text("Ready"));
    }

    /** The status, or empty when the server closed the connection while the client was still sending. */
    private Optional<Integer> send(HttpRequest request) throws InterruptedException {
        try {
            return Optional.of(http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode());
        } catch (IOException closedWhileSending) {
            return Optional.empty();
        }
    }

    private static InputStream zeros(long size) {
        return new InputStream() {
            long left = size;

            @Override
            public int read() {
                return left-- > 0 ? 0 : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) 'a');
                left -= n;
                return n;
            }
        };
    }

    private static InputStream textOf(long size) {
        List<InputStream> parts = new ArrayList<>();
        parts.add(new java.io.ByteArrayInputStream("word ".getBytes(StandardCharsets.UTF_8)));
        parts.add(zeros(size));
        return new SequenceInputStream(Collections.enumeration(parts));
    }

    /** Large byte arrays go straight to the old generation: where a buffered upload would show. */
    private static long resetOldGenerationPeak() {
        System.gc();
        long used = 0;
        for (MemoryPoolMXBean pool : oldGeneration()) {
            pool.resetPeakUsage();
            used += pool.getUsage().getUsed();
        }
        return used;
    }

    private static long oldGenerationPeak() {
        return oldGeneration().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static List<MemoryPoolMXBean> oldGeneration() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .filter(p -> p.getName().contains("Old") || p.getName().contains("Tenured"))
                .toList();
    }

    private static File write(Path dir, String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text).toFile();
    }
}
