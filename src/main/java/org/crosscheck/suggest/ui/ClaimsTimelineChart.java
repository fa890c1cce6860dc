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

    record ChartJson(String label, List<SeriesJson> series) {
    }

    void show(ClaimsTimeline.Topic topic) {
        List<SeriesJson> series = topic.series().stream().map(s -> new SeriesJson(s.outlet(), s.points().stream()
                .map(p -> new PointJson(p.at().toEpochMilli(), p.value().doubleValue(), p.timeKnown(), p.exact(), p.claim(),
                        p.standing().name(), p.why(), p.articleId(), p.start(), p.end()))
                .toList())).toList();
        getElement().setProperty("json", JSON.writeValueAsString(new ChartJson(topic.topic(), series)));
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
