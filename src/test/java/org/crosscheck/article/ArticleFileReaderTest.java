package org.crosscheck.article;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import java.nio.charset.StandardCharsets;

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

    @Test
    void markdownLosesItsMarkup() {
        ImportedFile file = reader.read("a.md", "# Title\n\n> quoted\n- item\nplain".getBytes(StandardCharsets.UTF_8));
        assertThat(file.text()).isEqualTo("Title\nquoted\nitem\nplain");
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
