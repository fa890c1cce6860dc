package org.crosscheck.suggest.ui;

import org.crosscheck.annotation.FigureQualifier;
import org.crosscheck.base.i18n.Messages;
import org.crosscheck.suggest.SuggestedFigure;
import org.crosscheck.suggest.SuggestionDetails;

import org.crosscheck.base.i18n.I18n;
import org.crosscheck.suggest.SuggestionDecision;

import java.math.BigDecimal;
import java.time.Duration;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * What a suggestion proposes, in words of a given language: the screens' and the reader's marks'
 * (written outside any window too, hence the explicit language). The engine's own explanations are
 * stored as it wrote them and shown as they are.
 */
public final class SuggestionWords {

    private SuggestionWords() {
    }

    /** One line saying what is proposed: the speaker, the figure, or the category and explanation. */
    public static String summary(SuggestionDetails s, Locale locale) {
        return switch (s.kind()) {
            case QUOTE -> s.speaker() == null ? Messages.text("suggest.summary.no-speaker", locale) : s.speaker();
            case FIGURE -> claim(s.figure(), locale) + (s.figure().counted() == null ? "" : " " + s.figure().counted());
            case CONTRADICTION -> Messages.text("suggest.summary.contradiction", locale, category(s, locale),
                    s.explanation());
        };
    }

    static String category(SuggestionDetails s, Locale locale) {
        return Messages.text("suggest.category." + s.category().name(), locale);
    }

    /** "more than 1,000", "24–99 %": the figure as it reads, without what it counts. */
    static String claim(SuggestedFigure f, Locale locale) {
        String v = f.valueMax() == null ? number(f.value(), locale)
                : number(f.value(), locale) + "–" + number(f.valueMax(), locale);
        String unit = f.unit() == null ? "" : " " + f.unit();
        return f.qualifier() == null || f.qualifier() == FigureQualifier.NONE ? v + unit
                : Messages.text("suggest.qualifier." + f.qualifier().name(), locale) + " " + v + unit;
    }

    /** "Tom Okafor accepted this 2 s ago.", "You rejected this 3 min ago.", in the window's language. */
    static String told(SuggestionDecision d) {
        String who = d.byMe() ? "me" : d.by() == null ? "someone" : "other";
        String key = "suggest.decided." + who + "." + d.status().name() + (d.at() == null ? ".untimed" : "");
        Locale locale = I18n.locale();
        String ago = d.at() == null ? "" : ago(Duration.between(d.at(), d.now()), locale);
        return d.byMe() || d.by() == null ? Messages.text(key, locale, ago) : Messages.text(key, locale, d.by(), ago);
    }

    /** "2 s ago", "3 min ago", "1 day ago". */
    static String ago(Duration elapsed, Locale locale) {
        long s = Math.max(1, elapsed.toSeconds());
        if (s < 60) {
            return Messages.text("suggest.ago.seconds", locale, s);
        }
        if (s < 3600) {
            return Messages.text("suggest.ago.minutes", locale, s / 60);
        }
        if (s < 86_400) {
            return Messages.text("suggest.ago.hours", locale, s / 3600);
        }
        return Messages.text("suggest.ago.days", locale, s / 86_400);
    }

    private static String number(BigDecimal v, Locale locale) {
        return v == null ? "?" : new DecimalFormat("#,##0.######", DecimalFormatSymbols.getInstance(locale)).format(v);
    }
}
