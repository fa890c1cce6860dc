package org.crosscheck.base.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import org.crosscheck.base.SearchQuery;

/** The search box of a project (on its page and on the search page): Enter shows what the words find. */
public class ProjectSearchField extends TextField {

    public ProjectSearchField(long projectId, String words, Pages pages) {
        setId("project-search");
        setPlaceholder(getTranslation("base.search.placeholder"));
        setAriaLabel(getTranslation("base.search.placeholder"));
        setPrefixComponent(VaadinIcon.SEARCH.create());
        setClearButtonVisible(true);
        setMaxLength(SearchQuery.MAX_LENGTH);
        setWidth("22rem");
        setMaxWidth("100%");
        setValue(words == null ? "" : words);
        addKeyDownListener(Key.ENTER, e -> getUI().ifPresent(ui -> pages.go(ui, pages.search(projectId, getValue()))));
    }
}
