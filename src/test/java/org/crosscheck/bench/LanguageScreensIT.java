package org.crosscheck.bench;

import com.codeborne.selenide.WebDriverRunner;
import org.crosscheck.TestData;
import org.crosscheck.account.AccountService;
import org.crosscheck.browser.BrowserTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Locale;

import static org.crosscheck.bench.Screens.prefersDark;
import static org.crosscheck.bench.Screens.shot;

/**
 * Screenshots of the screens in German and of an Arabic article, at 1400 and 390 px wide, light and
 * dark, into target/selenide/reports, to look at. Not a test of anything:
 * {@code mvn -Pproduction,bench verify -Dit.test=LanguageScreensIT}.
 */
@Tag("bench")
class LanguageScreensIT extends BrowserTest {

    @Autowired AccountService accounts;

    @Test
    void screens() {
        var team = data.team();
        long article = data.fixtureArticle(team.projectId(), team.lead(), "000-arab-news.txt", "Arab News");
        long arabic = data.article(team.projectId(), team.lead(), "تقرير عن ألماتي",
                "قالت الشرطة إن اثني عشر شرطيا قتلوا في ألماتي خلال الاحتجاجات. وأعلنت الحكومة حالة الطوارئ في البلاد، "
                        + "بينما قال الرئيس إن القوات ستعيد النظام.\n\nوذكرت وزارة الصحة أن أكثر من ألف شخص أصيبوا بجروح.");
        TestData.run(team.lead(), () -> accounts.chooseLanguage(Locale.GERMAN));
        login(team.lead());
        for (int width : new int[]{1400, 390}) {
            for (boolean dark : new boolean[]{false, true}) {
                WebDriverRunner.getWebDriver().manage().window().setSize(new Dimension(width, 900));
                prefersDark(dark);
                String suffix = "-" + width + (dark ? "-dark" : "-light");
                shot("/", "#main-menu", "de-projects" + suffix);
                shot("/projects/" + team.projectId(), "#articles", "de-project" + suffix);
                shot("/account", "#language", "de-account" + suffix);
                shot("/articles/" + article, "#article-text", "de-reader" + suffix);
                shot("/articles/" + arabic, "#article-text", "ar-reader" + suffix);
            }
        }
    }
}
