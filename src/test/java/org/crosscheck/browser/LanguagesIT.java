package org.crosscheck.browser;

import com.codeborne.selenide.SelenideConfig;
import com.codeborne.selenide.SelenideDriver;
import org.crosscheck.TestData;
import org.crosscheck.annotation.AnnotationService;
import org.crosscheck.article.ArticleService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.Map;

import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.cssClass;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.open;
import static org.crosscheck.TestData.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The interface in the reviewer's language, and text in the article's: a browser that asks for
 * German gets German from the sign-in on; a user's choice on the Account page wins over the
 * browser and holds on every page, validation messages included; an Arabic article is detected as
 * Arabic, laid out right to left, and a mouse selection in it is annotated with exactly its words.
 */
class LanguagesIT extends BrowserTest {

    @Autowired
    private ArticleService articles;

    @Autowired
    private AnnotationService annotations;

    @Test
    void aBrowserThatAsksForGermanGetsTheInterfaceInGerman() {
        String reviewer = data.user("sprache");
        SelenideDriver german = germanBrowser();
        try {
            SignInPage page = SignInPage.of(german).open("/login");
            page.passwordForm().shouldHave(text("Anmelden"));
            page.usernameField().shouldHave(text("Benutzername"));
            page.withPassword(reviewer, TestData.PASSWORD);
            page.userMenu().shouldBe(visible, Duration.ofSeconds(30)).click();
            page.userMenuItem("Abmelden").shouldBe(visible);
            page.userMenuItem("Konto und API-Tokens").shouldBe(visible);
        } finally {
            german.close();
        }
    }

    @Test
    void aLanguageChosenOnTheAccountPageHoldsOnEveryPageAndInItsRefusals() {
        String reviewer = data.user("wahl");
        login(reviewer);
        open("/account");
        AccountPage account = new AccountPage().chooseLanguage("Deutsch");

        // Drawn again in German, this page and the next.
        account.heading().shouldHave(text("Konto"));
        account.language().shouldHave(text("Deutsch"));
        account.createTokenButton().shouldHave(text("Token erstellen")).click();
        notification("Geben Sie dem Token einen Namen").shouldBe(visible);
        open("/");
        Menu.here().projects().shouldBe(visible);
        assertThat(com.codeborne.selenide.Selenide.title()).contains("Projekte");

        // Back to the browser's language: English again.
        open("/account");
        account.chooseLanguage("Wie im Browser eingestellt").heading().shouldHave(text("Account"));
    }

    @Test
    void anArabicArticleReadsRightToLeftAndAMouseSelectionInItIsAnnotatedExactly() {
        TestData.Team team = data.team();
        String arabic = "قالت الشرطة إن اثني عشر شرطيا قتلوا في ألماتي خلال الاحتجاجات. "
                + "وأعلنت الحكومة حالة الطوارئ في البلاد، بينما قال الرئيس إن القوات ستعيد النظام.\n\n"
                + "وذكرت وزارة الصحة أن أكثر من ألف شخص أصيبوا بجروح في الاشتباكات التي شهدتها المدينة.";
        long article = data.article(team.projectId(), team.lead(), "تقرير عن ألماتي", arabic);
        assertThat(as(team.lead(), () -> articles.language(article))).as("detected on import").contains("ar");

        login(team.reviewer());
        ReaderPage reader = ReaderPage.open(article);
        reader.text().shouldHave(attribute("dir", "rtl"), attribute("lang", "ar"));
        assertThat(reader.xOf("قالت")).as("the first word is on the right").isGreaterThan(reader.xOf("الشرطة"));

        reader.dragSelectRightToLeft("اثني عشر شرطيا");
        assertThat(reader.selectedText()).isEqualTo("اثني عشر شرطيا");
        reader.press("n");
        reader.field("field-note").setValue("عدد القتلى");
        reader.save();
        reader.markContaining("اثني عشر شرطيا").shouldHave(cssClass("k-note"));
        assertThat(as(team.reviewer(), () -> annotations.forArticle(article)).getFirst().span().exact())
                .isEqualTo("اثني عشر شرطيا");
    }

    private SelenideDriver germanBrowser() {
        ChromeOptions options = chromeOptions();
        options.addArguments("--lang=de-DE");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "de-DE,de"));
        return new SelenideDriver(new SelenideConfig()
                .browser("chrome").browserBinary("/usr/bin/chromium").browserCapabilities(options).headless(true)
                .baseUrl("http://localhost:" + port).timeout(10_000).pageLoadTimeout(60_000)
                .reportsFolder("target/selenide/reports").downloadsFolder("target/selenide/downloads"));
    }
}
