package org.crosscheck.article.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.validator.StringLengthValidator;
import org.crosscheck.base.ui.Localised;
import org.crosscheck.article.ArticleDetails;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Title, outlet, URL, publication date and byline of an article, bound to {@link ArticleDetails}: what a
 * user can get wrong is shown on the field; the service checks everything again.
 */
class ArticleDetailsForm extends Composite<FormLayout> {

    final TextField title = new TextField(getTranslation("article.list.column.title"));
    final TextField outlet = new TextField(getTranslation("article.list.column.outlet"));
    final TextField url = new TextField(getTranslation("article.details.url"));
    final DatePicker published = Localised.datePicker(new DatePicker(getTranslation("article.list.column.published")));
    final TimePicker publishedTime = new TimePicker(getTranslation("article.details.time"));
    final TextField byline = new TextField(getTranslation("article.details.byline"));
    private final Binder<ArticleDetails> binder = new Binder<>(ArticleDetails.class);

    ArticleDetailsForm() {
        title.setId("article-title");
        title.setMaxLength(500);
        outlet.setId("article-outlet");
        outlet.setMaxLength(200);
        outlet.setPlaceholder(getTranslation("article.details.outlet-placeholder"));
        url.setId("article-url");
        url.setPlaceholder("https://…");
        url.setMaxLength(2000);
        published.setId("article-published");
        published.setMax(LocalDate.now().plusDays(1));
        // Typed dates only: an overlay opened by typing would take the keys meant for the next field.
        published.setAutoOpen(false);
        publishedTime.setId("article-published-time");
        publishedTime.setStep(Duration.ofMinutes(1));
        publishedTime.setAutoOpen(false);
        publishedTime.setClearButtonVisible(true);
        publishedTime.setHelperText(getTranslation("article.details.time-help"));
        publishedTime.setI18n(new TimePicker.TimePickerI18n().setBadInputErrorMessage(getTranslation("article.details.time-bad")));
        byline.setId("article-byline");
        byline.setMaxLength(300);
        byline.setPlaceholder(getTranslation("article.details.byline-placeholder"));
        getContent().add(title, outlet, byline, url, published, publishedTime);
        getContent().setColspan(title, 2);
        getContent().setColspan(url, 2);
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));

        binder.forField(title).asRequired(getTranslation("article.details.title-missing"))
                .withValidator(new StringLengthValidator(getTranslation("article.details.at-most", 500), 0, 500)).bind("title");
        binder.forField(outlet).withNullRepresentation("")
                .withValidator(new StringLengthValidator(getTranslation("article.details.at-most", 200), 0, 200)).bind("outlet");
        binder.forField(url).withNullRepresentation("")
                .withValidator(u -> u == null || u.isBlank() || u.strip().matches("(?i)https?://\\S+"),
                        getTranslation("article.details.url-bad"))
                .bind("url");
        binder.forField(published).bind("publishedOn");
        Binder.Binding<ArticleDetails, ?> time = binder.forField(publishedTime)
                .withValidator(t -> t == null || published.getValue() != null, getTranslation("article.details.time-needs-date"))
                .bind("publishedTime");
        // The time's check reads the date: a date given (or cleared) decides it again at once.
        published.addValueChangeListener(e -> time.validate());
        binder.forField(byline).withNullRepresentation("")
                .withValidator(new StringLengthValidator(getTranslation("article.details.at-most", 300), 0, 300)).bind("byline");
        binder.readRecord(new ArticleDetails("", null, null, null, null, null));
    }

    void fill(ArticleDetails details) {
        binder.readRecord(details);
    }

    /** The details as entered, or empty (with the problems shown on the fields) when some are invalid. */
    Optional<ArticleDetails> valid() {
        try {
            return Optional.of(binder.writeRecord());
        } catch (ValidationException invalid) {
            return Optional.empty();
        }
    }
}
