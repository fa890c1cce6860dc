package org.crosscheck.review.ui;

import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import org.crosscheck.base.i18n.I18n;
import org.crosscheck.base.ui.Pages;
import org.crosscheck.base.Texts;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.crosscheck.article.ArticleService;
import org.crosscheck.article.ArticleSummary;
import org.crosscheck.base.NotFoundException;
import org.crosscheck.project.ProjectService;
import org.crosscheck.project.ProjectSummary;
import org.crosscheck.review.ContradictionCategory;
import org.crosscheck.review.ContradictionFilter;
import org.crosscheck.review.ContradictionService;
import org.crosscheck.review.ContradictionStatus;
import org.crosscheck.review.ContradictionDetails;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.stream.Collectors;

/** Every contradiction of a project, filtered by category, status and article; a row opens the compare view. */
@Route("projects/:" + ContradictionsView.PROJECT_ID + "([0-9]{1,18})/contradictions")
@PermitAll
public class ContradictionsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String PROJECT_ID = "projectId";
    private final Pages pages;

    private final ProjectService projects;
    private final ArticleService articles;
    private final ContradictionService contradictions;
    private ProjectSummary project;

    ContradictionsView(ProjectService projects, ArticleService articles, ContradictionService contradictions, Pages pages) {
        this.pages = pages;
        this.projects = projects;
        this.articles = articles;
        this.contradictions = contradictions;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long projectId = event.getRouteParameters().getLong(PROJECT_ID)
                .orElseThrow(() -> new NotFoundException("project", -1));
        project = projects.get(projectId);
        removeAll();

        MultiSelectComboBox<ContradictionCategory> categories = new MultiSelectComboBox<>(getTranslation("review.list.category"));
        categories.setId("filter-category");
        categories.setItems(ContradictionCategory.values());
        categories.setItemLabelGenerator(ContradictionCard::categoryName);
        categories.setPlaceholder(getTranslation("review.list.all"));
        CheckboxGroup<ContradictionStatus> statuses = new CheckboxGroup<>(getTranslation("review.list.status"));
        statuses.setId("filter-status");
        statuses.setItems(ContradictionStatus.values());
        statuses.setItemLabelGenerator(ContradictionCard::statusName);
        statuses.setValue(EnumSet.allOf(ContradictionStatus.class));
        ComboBox<ArticleSummary> article = new ComboBox<>(getTranslation("review.list.article"));
        article.setId("filter-article");
        List<ArticleSummary> all = articles.list(projectId);
        article.setItems(all);
        article.setItemLabelGenerator(a -> (a.outlet() == null ? "" : Texts.isolate(a.outlet()) + " — ")
                + Texts.isolate(a.title()));
        article.setClearButtonVisible(true);
        article.setPlaceholder(getTranslation("review.list.all"));
        article.setWidth("24rem");

        Span count = new Span();
        count.addClassName("muted");
        count.setId("contradiction-count");
        java.util.function.Supplier<ContradictionFilter> filter = () -> new ContradictionFilter(
                categories.getValue().isEmpty() ? EnumSet.allOf(ContradictionCategory.class) : EnumSet.copyOf(categories.getValue()),
                statuses.getValue().isEmpty() ? EnumSet.noneOf(ContradictionStatus.class) : EnumSet.copyOf(statuses.getValue()),
                article.getValue() == null ? null : article.getValue().id());
        CallbackDataProvider<ContradictionDetails, Void> provider = new CallbackDataProvider<>(
                q -> contradictions.page(projectId, filter.get(), VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) contradictions.count(projectId, filter.get()), ContradictionDetails::id);

        Grid<ContradictionDetails> grid = new Grid<>();
        grid.setId("contradictions");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(c -> ContradictionCard.categoryName(c.category())).setHeader(getTranslation("review.list.category")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(LitRenderer.<ContradictionDetails>of("<span class='status-${item.cls}'>${item.status}</span>")
                        .withProperty("cls", c -> c.status().name().toLowerCase())
                        .withProperty("status", c -> ContradictionCard.statusName(c.status())))
                .setHeader(getTranslation("review.list.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(LitRenderer.<ContradictionDetails>of("<div class='spans-cell'>${item.spans}</div>")
                        .withProperty("spans", c -> c.spans().stream()
                                .map(s -> s.source() + ": “" + s.span().exact() + "”").collect(Collectors.joining("\n"))))
                .setHeader(getTranslation("review.list.spans")).setFlexGrow(4);
        grid.addColumn(c -> c.note() == null ? "" : c.note()).setHeader(getTranslation("review.list.note")).setFlexGrow(2);
        grid.addColumn(c -> c.author() == null ? "" : c.author().displayName()).setHeader(getTranslation("review.list.author")).setAutoWidth(true)
                .setFlexGrow(0);
        DateTimeFormatter date = I18n.dates("base.format.date-time", ZoneId.systemDefault());
        grid.addColumn(c -> date.format(c.createdAt())).setHeader(getTranslation("review.list.created")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(provider);
        grid.setEmptyStateText(getTranslation("review.list.empty"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> pages.go(ui, ContradictionLinks.compare(pages, e.getItem(), null))));
        // Lazily loaded: a grid of its own height that fetches rows as it scrolls.
        grid.setHeight("36rem");

        Runnable refresh = () -> {
            provider.refreshAll();
            long n = contradictions.count(projectId, filter.get());
            count.setText(getTranslation("review.list.count", n));
        };
        // The filters live in the address, so a reload or a shared link shows the same list.
        QueryParameters query = event.getLocation().getQueryParameters();
        categories.setValue(enums(query, "category", ContradictionCategory.class));
        if (query.getParameters().containsKey("status")) {
            statuses.setValue(enums(query, "status", ContradictionStatus.class));
        }
        query.getSingleParameter("article").flatMap(Pages::id)
                .flatMap(id -> all.stream().filter(a -> a.id() == id).findFirst()).ifPresent(article::setValue);
        Runnable remember = () -> getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                pages.contradictions(projectId) + filterQuery(categories.getValue(), statuses.getValue(),
                        article.getValue())));
        categories.addValueChangeListener(e -> { refresh.run(); remember.run(); });
        statuses.addValueChangeListener(e -> { refresh.run(); remember.run(); });
        article.addValueChangeListener(e -> { refresh.run(); remember.run(); });
        refresh.run();

        Anchor back = new Anchor(pages.project(projectId), "← " + project.name());
        back.addClassName("back-link");
        H2 title = new H2(getTranslation("review.list.title"));
        HorizontalLayout filters = new HorizontalLayout(categories, statuses, article);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(back, title, filters, count, grid);
    }

    /** The values of a comma-separated query parameter that name constants of {@code type}; others are ignored. */
    private static <E extends Enum<E>> Set<E> enums(QueryParameters query, String name, Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        query.getSingleParameter(name).ifPresent(csv -> {
            for (String part : csv.split(",")) {
                for (E constant : type.getEnumConstants()) {
                    if (constant.name().equalsIgnoreCase(part.strip())) {
                        values.add(constant);
                    }
                }
            }
        });
        return values;
    }

    private static String filterQuery(Set<ContradictionCategory> categories, Set<ContradictionStatus> statuses,
                                      ArticleSummary article) {
        List<String> parts = new ArrayList<>();
        if (!categories.isEmpty()) {
            parts.add("category=" + categories.stream().map(Enum::name).sorted().collect(Collectors.joining(","))); // not translated: a query parameter
        }
        if (statuses.size() != ContradictionStatus.values().length) {
            parts.add("status=" + statuses.stream().map(Enum::name).sorted().collect(Collectors.joining(","))); // not translated: a query parameter
        }
        if (article != null) {
            parts.add("article=" + article.id()); // not translated: a query parameter
        }
        return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }

    @Override
    public String getPageTitle() {
        String title = getTranslation("review.list.title");
        return (project == null ? title : title + " · " + project.name()) + " · Crosscheck"; // not translated: the product's name
    }

}
