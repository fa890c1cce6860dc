package org.crosscheck.annotation.ui;

import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import org.crosscheck.base.NotFoundException;
import org.crosscheck.base.Texts;
import org.crosscheck.base.ui.Notifications;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.renderer.LitRenderer;
import org.crosscheck.account.UserSummary;
import org.crosscheck.annotation.AnnotationFilter;
import org.crosscheck.annotation.AnnotationKind;
import org.crosscheck.annotation.AnnotationService;
import org.crosscheck.annotation.AnnotationDetails;

import java.util.List;
import java.util.stream.Collectors;
import org.crosscheck.annotation.KindDescription;
import java.util.Set;
import java.util.function.Consumer;

/** The side panel: an article's annotations in text order, filtered by kind and author, loaded lazily. */
public class AnnotationListPanel extends VerticalLayout {

    /** The id the focused row renders (its data-id), read in the browser; -1 when no row has the focus. */
    private static final String FOCUSED_ROW_ID = "(() => { const f = element.shadowRoot && element.shadowRoot.activeElement;"
            + " const cell = f && (f.localName === 'tr' ? f.querySelector('td') : f);"
            + " const slot = cell && cell.querySelector('slot');"
            + " const content = slot && slot.assignedElements()[0];"
            + " const row = content && content.querySelector('[data-id]');"
            + " return row ? Number(row.getAttribute('data-id')) : -1; })()";

    private final long articleId;
    private final AnnotationService annotations;
    private final CheckboxGroup<KindDescription> kinds = new CheckboxGroup<>();
    private final ComboBox<UserSummary> author = new ComboBox<>();
    private final Grid<AnnotationDetails> grid = new Grid<>();
    private final Span count = new Span();
    private final CallbackDataProvider<AnnotationDetails, Void> provider;
    private java.util.List<UserSummary> authors;
    /** The kinds the filter offers. */
    private List<KindDescription> offered;

    public AnnotationListPanel(long articleId, AnnotationService annotations, List<KindDescription> projectKinds,
                               Consumer<AnnotationDetails> onSelect) {
        this.articleId = articleId;
        this.annotations = annotations;
        addClassName("annotation-panel");
        setPadding(false);

        kinds.setId("filter-kinds");
        kinds.setItemLabelGenerator(KindNames::of);
        showKinds(projectKinds);
        kinds.addValueChangeListener(e -> refresh());
        author.setId("filter-author");
        author.setPlaceholder(getTranslation("annotation.list.all-authors"));
        author.setClearButtonVisible(true);
        author.setItemLabelGenerator(UserSummary::displayName);
        author.setWidthFull();
        author.addValueChangeListener(e -> refresh());
        count.setId("annotation-count");
        count.addClassName("muted");

        provider = new CallbackDataProvider<>(
                query -> annotations.page(articleId, filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) annotations.count(articleId, filter()),
                AnnotationDetails::id);
        grid.setId("annotation-list");
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_COMPACT);
        grid.addColumn(LitRenderer.<AnnotationDetails>of("""
                        <div class="ann-row" data-id="${item.id}">
                          <span class="badge ${item.cls}">${item.kind}</span>
                          <span class="ann-exact">${item.exact}</span>
                          <span class="ann-summary">${item.summary}</span>
                          <span class="ann-author">${item.author}</span>
                        </div>""")
                .withProperty("id", AnnotationDetails::id)
                .withProperty("cls", a -> a.description().cssClass())
                .withProperty("kind", a -> KindNames.of(a.description()))
                .withProperty("exact", a -> "“" + Texts.abbreviate(a.span().exact(), 140) + "”")
                .withProperty("summary", a -> Texts.abbreviate(KindNames.summary(a), 140))
                .withProperty("author", a -> a.author() == null ? "" : a.author().displayName()));
        grid.setItems(provider);
        grid.setEmptyStateText(getTranslation("annotation.list.empty"));
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null && e.isFromClient()) {
                onSelect.accept(e.getValue());
            }
        });
        // Keyboard: arrows move between rows (the grid's own), Enter opens the focused one as a click does.
        // The row is the one focused in the browser when Enter went down, named by the id it renders: a
        // live refresh redraws another annotation into the focused row without a new focus event, so
        // the row remembered from the last one could be another than the one the user sees.
        grid.getElement().addEventListener("keydown", e -> {
            long id = e.getEventData().path(FOCUSED_ROW_ID).asLong(-1);
            if (id < 0) {
                return;
            }
            try {
                AnnotationDetails annotation = annotations.get(id);
                if (annotation.articleId() == articleId) {
                    grid.select(annotation);
                    onSelect.accept(annotation);
                }
            } catch (NotFoundException deleted) {
                Notifications.hint(getTranslation("annotation.list.deleted"));
                refresh();
            }
        }).setFilter("event.key === 'Enter'").addEventData(FOCUSED_ROW_ID); // not translated: a script
        // Fills what the panel leaves after the filters (flex), never less than a few rows.
        grid.setHeight("0");
        grid.setMinHeight("16rem");

        add(kinds, author, count, grid);
        setFlexGrow(1, grid);
        annotationsChanged();
    }

    /** Hears the kinds the user chose to see ("quote", "kind-12"), so the text can show the same. */
    public void addKindsListener(Consumer<Set<String>> listener) {
        kinds.addValueChangeListener(e -> listener.accept(e.getValue().stream().map(KindDescription::markKind)
                .collect(Collectors.toSet())));
    }

    /**
     * The project's kinds as they are now, for the filter: a kind the user had left out stays left
     * out, a new one is shown.
     */
    public void showKinds(List<KindDescription> projectKinds) {
        Set<String> before = kinds.getValue() == null ? Set.of() : kinds.getValue().stream().map(KindDescription::id)
                .collect(Collectors.toSet());
        Set<String> known = offered == null ? Set.of() : offered.stream().map(KindDescription::id)
                .collect(Collectors.toSet());
        offered = projectKinds;
        kinds.setItems(projectKinds);
        kinds.setValue(projectKinds.stream().filter(k -> before.contains(k.id()) || !known.contains(k.id()))
                .collect(Collectors.toSet()));
    }

    /** After an annotation was added, changed or removed: new authors may appear in the filter. */
    public void annotationsChanged() {
        var authors = annotations.authors(articleId);
        // Sent again only when they changed: on a busy article most changes are by the same people.
        if (!authors.equals(this.authors)) {
            this.authors = authors;
            UserSummary selected = author.getValue();
            author.setItems(authors);
            if (selected != null && authors.contains(selected)) {
                author.setValue(selected);
            }
        }
        refresh();
    }

    private void refresh() {
        provider.refreshAll();
        AnnotationFilter filter = filter();
        long n = annotations.count(articleId, filter);
        long all = filter.equals(AnnotationFilter.all()) ? n : annotations.count(articleId, AnnotationFilter.all());
        // Says what it counts: all of them, or how many of them the filters let through.
        count.setText(n == all ? getTranslation("annotation.list.count", all)
                : getTranslation("annotation.list.count-filtered", n, all));
    }

    public void select(AnnotationDetails annotation) {
        grid.select(annotation);
    }

    private AnnotationFilter filter() {
        Set<KindDescription> selected = kinds.getValue();
        Set<AnnotationKind> builtIn = selected.stream().filter(KindDescription::builtIn).map(KindDescription::kind)
                .collect(Collectors.toSet());
        Set<Long> projectKindIds = selected.stream().filter(k -> !k.builtIn()).map(KindDescription::projectKindId)
                .collect(Collectors.toSet());
        return new AnnotationFilter(builtIn, projectKindIds, author.getValue() == null ? null : author.getValue().id());
    }
}
