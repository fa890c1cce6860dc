package org.crosscheck.article;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What a page says about its article: the headline, the outlet, the address, the date and the
 * byline, each null where the page does not name it. Every value fits the article's field (one
 * line, within its length; an address is a public http(s) one), so taking them never makes an
 * import fail.
 */
public record PageDetails(String headline, String outlet, String url, LocalDate publishedOn, String byline,
                          Instant publishedAt) {

    static final PageDetails NONE = new PageDetails(null, null, null, null, null, null);

    PageDetails(String headline, String outlet, String url, LocalDate publishedOn, String byline) {
        this(headline, outlet, url, publishedOn, byline, null);
    }

    public PageDetails {
        headline = fitting(headline, 500);
        outlet = fitting(outlet, 200);
        url = webAddress(url);
        byline = fitting(byline, ArticleService.MAX_BYLINE);
        // A page's clock more than a day ahead is wrong, and what a page says never makes an import fail.
        if (publishedAt != null && publishedAt.isAfter(Instant.now().plus(java.time.Duration.ofDays(1)))) {
            publishedAt = null;
        }
    }

    /** These details, each missing one taken from {@code other}. */
    PageDetails or(PageDetails other) {
        return new PageDetails(headline != null ? headline : other.headline, outlet != null ? outlet : other.outlet,
                url != null ? url : other.url, publishedOn != null ? publishedOn : other.publishedOn,
                byline != null ? byline : other.byline,
                // another day's moment is not this article's
                publishedAt != null ? publishedAt
                        : publishedOn == null || publishedOn.equals(other.publishedOn) ? other.publishedAt : null);
    }

    /** One line of at most {@code max} characters, or null (a longer value is not what the field means). */
    private static String fitting(String s, int max) {
        if (s == null) {
            return null;
        }
        String line = s.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
        return line.isEmpty() || line.length() > max ? null : line;
    }

    /** An http(s) address of a host, without a user name or password, as the article's URL must be; else null. */
    private static String webAddress(String s) {
        String url = fitting(s, 2000);
        if (url == null || url.contains(" ")) {
            return null;
        }
        try {
            URI uri = new URI(url);
            boolean web = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
            return web && uri.getHost() != null && uri.getRawUserInfo() == null ? url : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
