package org.crosscheck.article;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    /** The page's text, and what its markup says about the article (read before anything is dropped). */
    record Result(PageDetails details, String text) {

        String title() {
            return details.headline();
        }
    }

    static Result convert(String html) {
        Document doc = Jsoup.parse(html);
        PageDetails details = detailsOf(doc);
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
        return new Result(details, ArticleText.normalize(out.toString()));
    }

    /**
     * The headline (the first h1, else the title the page gives for sharing, else its window title),
     * and the outlet, address, date and author where the page's metadata names them (Open Graph,
     * schema.org, Dublin Core and plain meta names, as news sites publish them).
     */
    private static PageDetails detailsOf(Document doc) {
        Map<String, String> meta = new HashMap<>();
        for (Element m : doc.select("meta[content]")) {
            for (String key : List.of("property", "name", "itemprop")) {
                String name = m.attr(key).strip().toLowerCase(Locale.ROOT);
                if (!name.isEmpty() && !m.attr("content").isBlank()) {
                    meta.putIfAbsent(name, m.attr("content").strip());
                }
            }
        }
        Element h1 = doc.selectFirst("h1");
        String headline = first(h1 == null ? null : h1.text(), meta.get("og:title"), meta.get("twitter:title"), doc.title());
        Element canonical = doc.selectFirst("link[rel=canonical][href]");
        String url = first(canonical == null ? null : canonical.attr("href"), meta.get("og:url"));
        String date = first(meta.get("article:published_time"), meta.get("datepublished"), meta.get("date"),
                meta.get("pubdate"), meta.get("publishdate"), meta.get("publish-date"), meta.get("dc.date.issued"),
                meta.get("dc.date"), attr(doc.selectFirst("time[datetime]"), "datetime"));
        String author = meta.get("article:author") != null && !meta.get("article:author").startsWith("http")
                ? meta.get("article:author") : null;
        Element byRel = doc.selectFirst("[rel=author]");
        String byline = first(meta.get("author"), author, meta.get("dc.creator"), byRel == null ? null : byRel.text());
        java.time.Instant at = PublicationTime.in(date);
        return new PageDetails(headline, first(meta.get("og:site_name"), meta.get("application-name")), url,
                at != null ? LocalDate.ofInstant(at, java.time.ZoneOffset.UTC) : isoDate(date), byline, at);
    }

    private static String first(String... candidates) {
        for (String c : candidates) {
            if (c != null && !c.isBlank()) {
                return c.strip();
            }
        }
        return null;
    }

    private static String attr(Element element, String name) {
        return element == null ? null : element.attr(name);
    }

    /** The day of an ISO date or date-time ("2022-01-07T08:04:00+13:00"), or null. */
    private static LocalDate isoDate(String s) {
        if (s == null || !s.matches("\\d{4}-\\d{2}-\\d{2}([T ].*)?")) {
            return null;
        }
        try {
            return LocalDate.parse(s.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
