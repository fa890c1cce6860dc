package org.crosscheck.browser;

import com.codeborne.selenide.Selenide;
import org.crosscheck.annotation.AnnotationFields;
import org.crosscheck.annotation.AnnotationKind;
import org.crosscheck.annotation.AnnotationService;
import org.crosscheck.annotation.AnnotationDetails;
import org.crosscheck.article.ArticleService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.codeborne.selenide.CollectionCondition.size;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.TestData.as;

/**
 * What an attacker tries with real requests: a forged sign-in, cookies and headers, unknown
 * addresses, forged client events, ids of other projects.
 */
@ExtendWith(OutputCaptureExtension.class)
class SecurityIT extends BrowserTest {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @Autowired ArticleService articles;
    @Autowired AnnotationService annotations;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    String reviewer;
    long projectId;
    long articleId;

    @BeforeEach
    void project() {
        String lead = data.user("lead");
        reviewer = data.user("reviewer");
        projectId = data.project(lead);
        data.member(projectId, lead, reviewer, org.crosscheck.project.ProjectRole.REVIEWER);
        articleId = data.fixtureArticle(projectId, lead, "000-arab-news.txt", "Arab News");
    }

    private HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postLogin(String cookie, String csrf) throws IOException, InterruptedException {
        String form = "username=" + reviewer + "&password=" + URLEncoder.encode(org.crosscheck.TestData.PASSWORD,
                StandardCharsets.UTF_8) + (csrf == null ? "" : "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
    }

    @Test
    void aSignInWithoutTheFormsCsrfTokenIsRefusedAndTheRealFormWorks() throws Exception {
        HttpResponse<String> page = get("/login");
        String cookie = sessionCookie(page);
        Matcher token = CSRF_META.matcher(page.body());
        assertThat(token.find()).as("the login page carries a CSRF token").isTrue();

        // A form on another site posting the victim's credentials-to-be: refused, nobody is signed in.
        HttpResponse<String> forged = postLogin(cookie, null);
        assertThat(forged.headers().firstValue("Location").orElse("")).doesNotEndWith(":" + port + "/");
        assertThat(get("/", "Cookie", cookie).statusCode()).isEqualTo(302);

        HttpResponse<String> real = postLogin(cookie, token.group(1));
        assertThat(real.statusCode()).isEqualTo(302);
        assertThat(real.headers().firstValue("Location").orElseThrow()).startsWith("http://localhost:" + port + "/")
                .doesNotContain("login");
        String signedIn = sessionCookie(real);
        assertThat(get("/", "Cookie", signedIn).statusCode()).isEqualTo(200);
    }

    @Test
    void theIconIsServedWithoutASessionAndEveryPageNamesIt() throws Exception {
        HttpResponse<byte[]> ico = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/favicon.ico"))
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(ico.statusCode()).isEqualTo(200);
        assertThat(ico.headers().firstValue("Content-Type").orElseThrow()).startsWith("image/");
        assertThat(ico.body()).as("an ICO file's header").startsWith(0, 0, 1, 0);
        HttpResponse<String> svg = get("/favicon.svg");
        assertThat(svg.statusCode()).isEqualTo(200);
        assertThat(svg.headers().firstValue("Content-Type").orElseThrow()).startsWith("image/svg+xml");
        assertThat(get("/login").body()).contains("rel=\"icon\"", "favicon.svg");
    }

    @Test
    void pagesCarryTheSecurityHeadersAndTheSessionCookieItsFlags() throws Exception {
        HttpResponse<String> page = get("/login");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'self'", "base-uri 'self'")
                .doesNotContain("http:", "https:", "*");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
        String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");

        // Behind a TLS-terminating proxy that says so, the cookie is only ever sent over HTTPS.
        HttpResponse<String> behindProxy = get("/login", "X-Forwarded-Proto", "https");
        assertThat(behindProxy.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c)
                .startsWith("JSESSIONID=").contains("Secure", "SameSite=Lax"));
        // The session id never travels in a URL.
        assertThat(postLogin(sessionCookie(page), null).headers().firstValue("Location").orElse(""))
                .doesNotContain("jsessionid");
    }

    @Test
    void unknownAddressesShowTheAppsNotFoundPageAndLogNoError(CapturedOutput output) {
        login(reviewer);
        for (String path : List.of("/nonexistent", "/projects/abc", "/articles/1x", "/compare/1/x",
                "/projects/" + Long.MAX_VALUE + "9")) {
            ErrorPage.open(path).notFound().shouldBe(visible).shouldHave(text("does not exist, or you do not have access to it"));
        }
        // Other browsers' push connections may log while this runs; what matters is that these requests did not.
        assertThat(output.getAll()).contains("No page at /projects/abc")
                .doesNotContain("Failed to open /", "Unexpected error");
    }

    @Test
    void forgedClientEventsAreRefusedInOneLineNotWithAStackTrace(CapturedOutput output) {
        login(reviewer);
        ReaderPage reader = ReaderPage.open(articleId);
        ForgedReaderEvents.annotate("bogus", 0, 5);
        Notifications.shown("could not be understood").shouldBe(visible);
        ForgedReaderEvents.markClick("axyz");
        reader.dialog().shouldNot(visible);
        Selenide.Wait().until(d -> output.getAll().contains("malformed mark id 'axyz'"));
        assertThat(output.getAll()).contains("unknown annotation kind 'bogus'").doesNotContain("Unexpected error");
    }

    @Test
    void anAnnotationOfAnotherProjectIsAnsweredAsIfItDidNotExist() {
        String stranger = data.user("stranger");
        long strangersProject = data.project(stranger);
        long strangersArticle = data.fixtureArticle(strangersProject, stranger, "001-un-news-scoop.txt", "UN News");
        AnnotationDetails secret = as(stranger, () -> annotations.create(strangersArticle, AnnotationKind.NOTE, 0, 10,
                AnnotationFields.note("secret")));

        login(reviewer);
        ReaderPage.open(articleId);
        ForgedReaderEvents.markClick("a987654321");
        Notifications.shown("no longer available").shouldBe(visible);
        ForgedReaderEvents.markClick("a" + secret.id());
        // Two toasts now, word for word the same: the id of the other project told nothing.
        Notifications.allShowing("no longer available").shouldHave(size(2));
        List<String> messages = Notifications.allShowing("no longer available").texts();
        assertThat(messages.get(0)).isEqualTo(messages.get(1));
        assertThat(as(stranger, () -> annotations.get(secret.id())).fields().note()).isEqualTo("secret");
    }
}
