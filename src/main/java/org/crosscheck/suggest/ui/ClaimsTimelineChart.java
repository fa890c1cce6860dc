package org.crosscheck.suggest.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HtmlComponent;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import org.crosscheck.suggest.ClaimsTimeline;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

/**
 * The chart of one thing counted on the claims timeline, drawn in the browser by Chart.js (MIT).
 * Only numbers and the outlets' own words go to the browser, as data: Chart.js draws them on a
 * canvas, never as markup.
 */
@Tag("claims-timeline")
@JsModule("./claims-timeline.js")
@NpmPackage(value = "chart.js", version = "4.5.1")
class ClaimsTimelineChart extends HtmlComponent {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    record PointJson(long x, double y, boolean timeKnown, String exact, String claim, String standing, String why,
                     long article, int start, int end) {
    }

    record SeriesJson(String outlet, List<PointJson> points) {
    }

    /** The chart's own words in the window's language: its axis, its tooltip's note, the months. */
    record WordsJson(String chart, String published, String utc, String dayOnly, List<String> months) {
    }

    record ChartJson(String label, List<SeriesJson> series, WordsJson words) {
    }

    void show(ClaimsTimeline.Topic topic) {
        List<SeriesJson> series = topic.series().stream().map(s -> new SeriesJson(s.outlet(), s.points().stream()
                .map(p -> new PointJson(p.at().toEpochMilli(), p.value().doubleValue(), p.timeKnown(), p.exact(), p.claim(),
                        p.standing().name(), p.why(), p.articleId(), p.start(), p.end()))
                .toList())).toList();
        java.util.Locale locale = org.crosscheck.base.i18n.I18n.locale();
        List<String> months = java.util.Arrays.stream(java.time.Month.values())
                .map(m -> m.getDisplayName(java.time.format.TextStyle.SHORT, locale)).toList();
        WordsJson words = new WordsJson(getTranslation("suggest.timeline.chart"), getTranslation("suggest.timeline.published-utc"),
                "UTC", getTranslation("suggest.timeline.chart-day-only"), months); // not translated: the time zone's name
        getElement().setProperty("json", JSON.writeValueAsString(new ChartJson(topic.topic(), series, words)));
    }

    void downloadPng(String fileName) {
        getElement().callJsFunction("downloadPng", fileName);
    }

    Registration addPointOpenListener(ComponentEventListener<PointOpenEvent> listener) {
        return addListener(PointOpenEvent.class, listener);
    }

    /** A click on a point: the span of the article it was read from. */
    @DomEvent("point-open")
    public static class PointOpenEvent extends ComponentEvent<ClaimsTimelineChart> {
        final long articleId;
        final int start;
        final int end;

        public PointOpenEvent(ClaimsTimelineChart source, boolean fromClient, @EventData("event.detail.article") long articleId,
                       @EventData("event.detail.start") int start, @EventData("event.detail.end") int end) {
            super(source, fromClient);
            this.articleId = articleId;
            this.start = start;
            this.end = end;
        }
    }
}
