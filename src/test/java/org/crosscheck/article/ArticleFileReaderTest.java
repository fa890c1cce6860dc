package org.crosscheck.article;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.util.unit.DataSize;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleFileReaderTest {

    private final ArticleFileReader reader = new ArticleFileReader(new ImportLimits(DataSize.ofKilobytes(64), 50, DataSize.ofMegabytes(50)));

    @Test
    void readsPlainText() {
        ImportedFile file = reader.read("story.txt", "Headline\n\nFirst paragraph.\nSecond.".getBytes(StandardCharsets.UTF_8));
        assertThat(file.isOk()).isTrue();
        assertThat(file.text()).isEqualTo("Headline\nFirst paragraph.\nSecond.");
        assertThat(file.draft().title()).isEqualTo("Headline");
    }

    @Test
    void htmlKeepsParagraphsAndDropsScriptsStylesNavigationAndHandlers() {
        String html = """
                <html><head><title>Page</title><style>p{color:red}</style><script>alert('x')</script></head>
                <body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
                <h1>UN urges restraint</h1>
                <p>First <b>paragraph</b> of the story.</p>
                <div>Second<br>line <img src="x" onerror="alert(1)"></div>
                <footer>© Site</footer><script>document.write('evil')</script></body></html>""";
        ImportedFile file = reader.read("page.html", html.getBytes(StandardCharsets.UTF_8));
        assertThat(file.isOk()).isTrue();
        assertThat(file.draft().title()).isEqualTo("UN urges restraint");
        assertThat(file.text()).isEqualTo("UN urges restraint\nFirst paragraph of the story.\nSecond\nline");
        assertThat(file.text()).doesNotContain("alert", "evil", "Home", "©", "color", "onerror", "<");
    }

    /**
     * The raw page scrapes of the demo coverage, uploaded as they are: each title is the page's
     * headline, never its first line (the site's navigation, another story's headline above it); a
     * page without a headline is titled by its story's opening words; the outlet, date and byline are
     * taken where the page names them.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            000_4112bfe2b130095b.txt | true  | UN calls on all involved in Kazakhstan unrest to choose peace over violence | -  | 2022-01-08 | -
            001_bce48ba1cf8c7179.txt | true  | UN Urges Restraint In Kazakhstan, With Dozens Reportedly Killed | Scoop Media | 2022-01-07 | Press Release: UN News
            002_2e9f6ed4338fa6ee.txt | false | Amid ongoing unrest in Kazakhstan, United Nations (UN) on Thursday called for restraint and dialogue… | - | 2022-01-07 | -
            003_089dc9533477869b.txt | false | The United Nations on Friday called on all involved in unrest in Kazakhstan to exercise restraint… | - | - | -
            004_632696d97f397886.txt | true  | Unrest In Kazakhstan Brings Human Rights Concerns | The Organization for World Peace | - | -
            """)
    void anUploadedPageScrapeIsTitledByItsHeadline(String file, boolean headline, String title, String outlet,
                                                    LocalDate date, String byline) throws IOException {
        byte[] bytes;
        try (InputStream in = ArticleFileReaderTest.class.getResourceAsStream("/body-detection/" + file)) {
            bytes = in.readAllBytes();
        }
        ImportedFile read = new ArticleFileReader(new ImportLimits(DataSize.ofMegabytes(5), 50, DataSize.ofMegabytes(50)))
                .read(file, bytes);
        assertThat(read.draft().title()).isEqualTo(title).doesNotContain("|", "date 2022", "French MP");
        assertThat(read.headlineFound()).isEqualTo(headline);
        assertThat(read.draft().outlet()).isEqualTo(outlet);
        assertThat(read.draft().publishedOn()).isEqualTo(date);
        assertThat(read.draft().byline()).isEqualTo(byline);
        assertThat(read.draft().url()).isNull();
        assertThat(read.text()).as("the text is the file's, whatever its title").startsWith(
                new String(bytes, StandardCharsets.UTF_8).strip().substring(0, 10));
    }

    @Test
    void aWebPageNamesItsDetailsInItsMarkupAndATextOnItsOwnLines() {
        String html = """
                <html><head><title>Budget approved | City Gazette</title>
                <meta property="og:site_name" content="City Gazette">
                <meta property="article:published_time" content="2024-03-05T09:30:00+01:00">
                <meta name="author" content="Jane Doe">
                <link rel="canonical" href="https://gazette.example/city/budget-approved"></head>
                <body><nav>Home | City | Sport | Search</nav><h1>Council approves the budget after a long debate</h1>
                <p>The council approved the new budget on Tuesday after a long debate about the parks and the roads.</p>
                </body></html>""";
        ImportedFile page = reader.read("budget.html", html.getBytes(StandardCharsets.UTF_8));
        assertThat(page.draft().title()).isEqualTo("Council approves the budget after a long debate");
        assertThat(page.draft().outlet()).isEqualTo("City Gazette");
        assertThat(page.draft().url()).isEqualTo("https://gazette.example/city/budget-approved");
        assertThat(page.draft().publishedOn()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(page.draft().byline()).isEqualTo("Jane Doe");

        String text = """
                Home | City | Sport | Weather | Search
                Source: https://gazette.example/city/budget-approved
                Council approves the budget after a long debate
                By Jane Doe
                5 March 2024
                The council approved the new budget on Tuesday after a long debate about the parks and the roads.
                Copyright © 2024 City Gazette Ltd. All rights reserved.""";
        ImportedFile scrape = reader.read("budget.txt", text.getBytes(StandardCharsets.UTF_8));
        assertThat(scrape.draft().title()).isEqualTo("Council approves the budget after a long debate");
        assertThat(scrape.draft().outlet()).isEqualTo("City Gazette Ltd");
        assertThat(scrape.draft().url()).isEqualTo("https://gazette.example/city/budget-approved");
        assertThat(scrape.draft().publishedOn()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(scrape.draft().byline()).isEqualTo("Jane Doe");
        // An address with a password in it is not one an article may carry: left out, the import still goes.
        assertThat(reader.read("a.txt", text.replace("https://", "https://user:secret@").getBytes(StandardCharsets.UTF_8))
                .draft().url()).isNull();
    }

    @Test
    void markdownLosesItsMarkup() {
        ImportedFile file = reader.read("a.md", "# Title\n\n> quoted\n- item\nplain".getBytes(StandardCharsets.UTF_8));
        assertThat(file.text()).isEqualTo("Title\nquoted\nitem\nplain");
        assertThat(file.draft().title()).as("its first heading").isEqualTo("Title");
    }

    @Test
    void refusesEmptyBinaryTooLargeNonUtf8AndUnknownFiles() {
        assertThat(reader.read("empty.txt", new byte[0]).problem()).isEqualTo("The file is empty.");
        assertThat(reader.read("image.txt", new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}).problem())
                .contains("binary");
        assertThat(reader.read("big.txt", "x".repeat(70_000).getBytes(StandardCharsets.UTF_8)).problem())
                .contains("larger than");
        assertThat(reader.read("latin1.txt", "Café Almaty".getBytes(StandardCharsets.ISO_8859_1)).problem())
                .contains("not UTF-8");
        assertThat(reader.read("doc.pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8)).problem())
                .contains(".txt, .html and .md");
        assertThat(reader.read("blank.txt", "  \n \n".getBytes(StandardCharsets.UTF_8)).problem())
                .contains("no text");
    }
}
