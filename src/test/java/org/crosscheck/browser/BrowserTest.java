package org.crosscheck.browser;

import com.codeborne.selenide.Configuration;
import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.SelenideConfig;
import com.codeborne.selenide.SelenideDriver;
import com.codeborne.selenide.SelenideElement;
import com.codeborne.selenide.WebDriverRunner;
import org.crosscheck.TestData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$$;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.open;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser test: the real application on a random port, driven through Debian's Chromium
 * (headless) by Selenide. Nothing downloads a browser or a driver.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class BrowserTest {

    @LocalServerPort
    protected int port;

    @Autowired
    protected TestData data;

    @BeforeAll
    static void configureBrowser() {
        Configuration.browserCapabilities = chromeOptions();
        Configuration.browser = "chrome";
        Configuration.browserBinary = chromium();
        Configuration.headless = true;
        Configuration.timeout = 10_000;
        Configuration.pageLoadTimeout = 60_000;
        Configuration.downloadsFolder = "target/selenide/downloads";
        Configuration.reportsFolder = "target/selenide/reports";
        Configuration.screenshots = true;
        Configuration.savePageSource = false;
        if (Files.exists(Path.of("/usr/bin/chromedriver"))) {
            System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        }
    }

    public static ChromeOptions chromeOptions() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium());
        try {
            options.addArguments("--user-data-dir=" + Files.createTempDirectory("chrome-"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1400,950", "--lang=en-US");
        // The browser's console, so a test fails when the page breaks the Content-Security-Policy.
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        return options;
    }

    private static String chromium() {
        return Files.exists(Path.of("/usr/bin/chromium")) ? "/usr/bin/chromium" : null;
    }

    /** The window's size when the class's Chromium started: each test starts with it. */
    private static org.openqa.selenium.Dimension startSize;

    @Autowired
    private org.springframework.context.ApplicationContext application;

    /**
     * The security context holder this test's application checks permissions against. Each Spring
     * context the test run starts (another database, a second node) installs its own holder
     * globally, and the method security of a context started before it keeps reading its own: test
     * fixtures running as a user (RunAs) would then pass no check, depending on which class ran before.
     */
    @BeforeEach
    void securityContextOfThisApplication() {
        application.getBeanProvider(org.springframework.security.core.context.SecurityContextHolderStrategy.class)
                .ifUnique(org.springframework.security.core.context.SecurityContextHolder::setContextHolderStrategy);
    }

    @BeforeEach
    void baseUrl() {
        Configuration.baseUrl = "http://localhost:" + port;
        if (!WebDriverRunner.hasWebDriverStarted()) {
            startSize = WebDriverRunner.getAndCheckWebDriver().manage().window().getSize();
        }
    }

    /**
     * After each test the class's Chromium is made as good as new for the next (starting one takes
     * longer than most tests): no cookies, hence no session; one blank window of the usual size.
     * Whatever goes wrong doing so closes it instead, and the next test starts another.
     */
    @AfterEach
    void closeBrowser() {
        if (!WebDriverRunner.hasWebDriverStarted()) {
            return;
        }
        WebDriver driver = WebDriverRunner.getWebDriver();
        try {
            assertNoContentSecurityPolicyViolations(driver);
        } finally {
            startAfresh(driver);
        }
    }

    @AfterAll
    static void closeBrowserOfTheClass() {
        Selenide.closeWebDriver();
    }

    private static void startAfresh(WebDriver driver) {
        try {
            WebDriver chrome = driver;
            while (chrome instanceof org.openqa.selenium.WrapsDriver wrapped) {
                chrome = wrapped.getWrappedDriver();
            }
            org.openqa.selenium.chromium.HasCdp cdp = (org.openqa.selenium.chromium.HasCdp) chrome;
            String first = driver.getWindowHandles().iterator().next();
            for (String handle : driver.getWindowHandles()) {
                if (!handle.equals(first)) {
                    driver.switchTo().window(handle).close();
                }
            }
            driver.switchTo().window(first);
            // A tab keeps its session storage across pages: emptied while still on the app's page.
            if (driver.getCurrentUrl() != null && driver.getCurrentUrl().startsWith(Configuration.baseUrl)) {
                ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                        "try { sessionStorage.clear(); localStorage.clear(); } catch (e) {}");
            }
            // Off the app's page first, so that nothing of it sets a cookie after they are cleared.
            driver.get("about:blank");
            if (!"about:blank".equals(driver.getCurrentUrl())) {
                throw new IllegalStateException("the page did not let go");
            }
            cdp.executeCdpCommand("Network.clearBrowserCookies", Map.of());
            // What tests set through DevTools: a phone's viewport, a colour scheme, clipboard rights.
            cdp.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            cdp.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "", "features", List.of()));
            cdp.executeCdpCommand("Browser.resetPermissions", Map.of());
            if (!driver.manage().window().getSize().equals(startSize)) {
                driver.manage().window().setSize(startSize);
            }
        } catch (RuntimeException e) {
            Selenide.closeWebDriver();
        }
    }

    /**
     * Chromium reports every Content-Security-Policy violation on the console; a page that needs
     * something the policy forbids is broken for users, so the test fails.
     */
    static void assertNoContentSecurityPolicyViolations(WebDriver driver) {
        List<String> violations = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy"))
                .toList();
        assertThat(violations).as("Content-Security-Policy violations in the browser console").isEmpty();
    }

    /** A second, independent browser (another user), closed after the test. */
    protected SelenideDriver secondBrowser() {
        SelenideDriver driver = newBrowser("http://localhost:" + port);
        others.add(driver);
        return driver;
    }

    /** A browser of its own for {@code baseUrl}; the caller closes it. */
    static SelenideDriver newBrowser(String baseUrl) {
        return new SelenideDriver(new SelenideConfig()
                .browser("chrome").browserBinary(chromium()).browserCapabilities(chromeOptions()).headless(true)
                .baseUrl(baseUrl).timeout(10_000).pageLoadTimeout(60_000)
                .reportsFolder("target/selenide/reports").downloadsFolder("target/selenide/downloads"));
    }

    private final List<SelenideDriver> others = new ArrayList<>();

    @AfterEach
    void closeOtherBrowsers() {
        try {
            for (SelenideDriver other : others) {
                if (other.hasWebDriverStarted()) {
                    assertNoContentSecurityPolicyViolations(other.getWebDriver());
                }
            }
        } finally {
            others.forEach(SelenideDriver::close);
            others.clear();
        }
    }

    protected static void login(SelenideDriver browser, String username) {
        browser.open("/login");
        browser.$("#vaadinLoginUsername input").shouldBe(visible, Duration.ofSeconds(60)).setValue(username);
        browser.$("#vaadinLoginPassword input").setValue(TestData.PASSWORD);
        browser.$("vaadin-button[slot='submit'], vaadin-login-form vaadin-button").click();
        browser.$("#current-user").shouldBe(visible, Duration.ofSeconds(30));
    }

    protected void login(String username) {
        login(username, TestData.PASSWORD);
        $("#current-user").shouldBe(visible, Duration.ofSeconds(30));
    }

    protected void login(String username, String password) {
        open("/login");
        $("#vaadinLoginUsername input").shouldBe(visible, Duration.ofSeconds(60)).setValue(username);
        $("#vaadinLoginPassword input").setValue(password);
        $("vaadin-button[slot='submit'], vaadin-login-form vaadin-button").click();
    }

    /** A toast (notification) showing {@code message}. */
    protected static SelenideElement notification(String message) {
        return $$("vaadin-notification-card").findBy(text(message));
    }

    protected static Object js(String script, Object... args) {
        return Selenide.executeJavaScript(script, args);
    }

    protected static String currentUrl() {
        return WebDriverRunner.url();
    }
}
