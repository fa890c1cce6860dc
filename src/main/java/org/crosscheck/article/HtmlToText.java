package org.crosscheck.article;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

import java.util.Set;

/**
 * Turns an HTML page into article text with jsoup: scripts, styles, navigation, forms and the like
 * are dropped, every block element becomes a paragraph. Only text comes out, so nothing of the
 * page's markup (event handlers included) can ever reach a reader's browser.
 */
final class HtmlToText {

    /** Elements whose content is never article text. */
    private static final String DROPPED = "script, style, noscript, template, iframe, object, embed, svg, canvas, "
            + "nav, header, footer, aside, form, button, select, input, textarea, menu, dialog, "
            + "[role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true]";

    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4",
            "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "figure", "figcaption", "table", "tr",
            "td", "th", "caption", "address", "hr", "body");

    private HtmlToText() {
    }

    record Result(String title, String text) {
    }

    static Result convert(String html) {
        Document doc = Jsoup.parse(html);
        String title = titleOf(doc);
        doc.select(DROPPED).remove();
        StringBuilder out = new StringBuilder();
        doc.body().traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    out.append(text.getWholeText().replace('\n', ' '));
                } else if (node instanceof Element el) {
                    if (el.nameIs("br") || BLOCKS.contains(el.normalName())) {
                        out.append('\n');
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element el && BLOCKS.contains(el.normalName())) {
                    out.append('\n');
                }
            }
        });
        return new Result(title, ArticleText.normalize(out.toString()));
    }

    private static String titleOf(Document doc) {
        Element h1 = doc.selectFirst("h1");
        if (h1 != null && !h1.text().isBlank()) {
            return h1.text().strip();
        }
        return doc.title().strip();
    }
}
