package org.crosscheck.article.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;

import java.time.LocalDate;

/** Title, outlet, URL and publication date of an article. */
class ArticleDetailsForm extends Composite<FormLayout> {

    final TextField title = new TextField("Title");
    final TextField outlet = new TextField("Outlet");
    final TextField url = new TextField("URL");
    final DatePicker published = new DatePicker("Published");

    ArticleDetailsForm() {
        title.setId("article-title");
        title.setRequired(true);
        title.setMaxLength(500);
        outlet.setId("article-outlet");
        outlet.setMaxLength(200);
        outlet.setPlaceholder("e.g. Arab News");
        url.setId("article-url");
        url.setPlaceholder("https://…");
        url.setMaxLength(2000);
        published.setId("article-published");
        published.setMax(LocalDate.now().plusDays(1));
        getContent().add(title, outlet, url, published);
        getContent().setColspan(title, 2);
        getContent().setColspan(url, 2);
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
    }

    void fill(String titleValue, String outletValue, String urlValue, LocalDate publishedValue) {
        title.setValue(titleValue == null ? "" : titleValue);
        outlet.setValue(outletValue == null ? "" : outletValue);
        url.setValue(urlValue == null ? "" : urlValue);
        published.setValue(publishedValue);
    }
}
