package org.crosscheck.progress.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HtmlComponent;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.function.BiFunction;

/**
 * One chart of the dashboard, drawn in the browser by Chart.js (MIT). Only labels and numbers go to
 * the browser, as data that Chart.js draws on a canvas, never as markup. A click on a bar opens the
 * list behind it: the browser says which series and which bar, and the server, which made the
 * links, picks the address (nothing the browser sends is navigated to).
 */
@Tag("cc-dashboard-chart")
@JsModule("./dashboard-chart.js")
@NpmPackage(value = "chart.js", version = "4.5.1")
class DashboardChart extends HtmlComponent {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One series: a single colour, or one per bar ({@code colours}). */
    record Series(String name, List<Long> values, String colour, List<String> colours) {

        static Series of(String name, List<Long> values, String colour) {
            return new Series(name, values, colour, null);
        }
    }

    record ChartJson(String type, String label, boolean horizontal, boolean stacked, List<String> labels,
                     List<Series> series, String categoryTitle, String valueTitle, boolean clickable) {
    }

    private BiFunction<Integer, Integer, String> links = (series, index) -> null;

    DashboardChart(String id, String label) {
        setId(id);
        addClassName("dashboard-chart");
        getElement().setAttribute("aria-label", label);
        addListener(OpenEvent.class, e -> {
            String address = linkOf(e.series, e.index);
            if (address != null) {
                e.getSource().getUI().ifPresent(ui -> navigate.accept(ui, address));
            }
        });
    }

    private String linkOf(int series, int index) {
        try {
            return links.apply(series, index);
        } catch (IndexOutOfBoundsException outside) {
            return null; // the browser named a bar that is not there
        }
    }

    private java.util.function.BiConsumer<com.vaadin.flow.component.UI, String> navigate = (ui, address) -> { };

    /** Bars side by side or stacked, standing or lying; {@code links} gives the list behind a bar, or null. */
    void bars(String label, boolean horizontal, boolean stacked, List<String> labels, List<Series> series,
              String categoryTitle, String valueTitle, BiFunction<Integer, Integer, String> links,
              java.util.function.BiConsumer<com.vaadin.flow.component.UI, String> navigate) {
        this.links = links == null ? (s, i) -> null : links;
        this.navigate = navigate;
        getElement().setProperty("json", JSON.writeValueAsString(new ChartJson("bar", label, horizontal, stacked, labels,
                series, categoryTitle, valueTitle, links != null)));
    }

    /** A click on a bar: which series, which bar. */
    @DomEvent("chart-open")
    public static class OpenEvent extends ComponentEvent<DashboardChart> {
        final int series;
        final int index;

        public OpenEvent(DashboardChart source, boolean fromClient, @EventData("event.detail.series") int series,
                         @EventData("event.detail.index") int index) {
            super(source, fromClient);
            this.series = series;
            this.index = index;
        }
    }
}
