package org.crosscheck.account.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.crosscheck.account.AccessTokenService;
import org.crosscheck.account.AccessTokenSummary;
import org.crosscheck.account.AccountService;
import org.crosscheck.account.NewAccessToken;
import org.crosscheck.account.TokenScope;
import org.crosscheck.account.UserSummary;
import org.crosscheck.base.i18n.I18n;
import org.crosscheck.base.i18n.Messages;
import org.crosscheck.base.ui.Notifications;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The signed-in user's account: personal access tokens for the REST API (made, shown once,
 * listed with their last use, revoked).
 */
@Route("account")
@PermitAll
public class AccountView extends VerticalLayout implements HasDynamicTitle {

    /** The language choice "as the browser says". */
    private static final Locale BROWSER = Locale.ROOT;

    /** Expiry choices in days; 0 is "never". */
    private static final Integer[] EXPIRIES = {30, 90, 365, 0};

    private final AccessTokenService tokens;
    private final Grid<AccessTokenSummary> grid = new Grid<>();

    private final AccountService accounts;

    AccountView(AccountService accounts, AccessTokenService tokens) {
        this.accounts = accounts;
        this.tokens = tokens;
        addClassName("page");
        UserSummary me = accounts.me();
        H2 title = new H2(getTranslation("account.title"));
        Div who = new Div(me.displayName() + " · " + me.username());
        who.addClassName("muted");
        who.setId("account-who");
        add(title, who, new H3(getTranslation("account.language.title")), language(),
                new H3(getTranslation("account.tokens.title")), about(), form(), list());
        if (accounts.hasLocalPassword()) {
            add(new H3(getTranslation("account.password.title")),
                    new ChangePasswordForm(accounts, () -> Notifications.success(getTranslation("account.password.changed"))));
        }
        refresh();
    }

    /** The interface's language: the browser's, or one chosen here for every browser this user signs in with. */
    private Component language() {
        Select<Locale> language = new Select<>();
        language.setId("language");
        language.setLabel(getTranslation("account.language.label"));
        List<Locale> choices = new ArrayList<>();
        choices.add(BROWSER);
        choices.addAll(Messages.LANGUAGES);
        language.setItems(choices);
        // Each language is named in itself, so a user who cannot read the current one still finds theirs.
        language.setItemLabelGenerator(l -> l == BROWSER ? getTranslation("account.language.browser")
                : l.getDisplayLanguage(l));
        language.setValue(accounts.myLanguage().orElse(BROWSER));
        language.setWidth("18rem");
        language.addValueChangeListener(e -> {
            if (!e.isFromClient() || e.getValue() == null) {
                return;
            }
            accounts.chooseLanguage(e.getValue() == BROWSER ? null : e.getValue());
            // The window and the session show the new language from now on: the choice, or the browser's.
            Locale shown = e.getValue() == BROWSER
                    ? Messages.supported(com.vaadin.flow.server.VaadinRequest.getCurrent().getLocale()) : e.getValue();
            com.vaadin.flow.server.VaadinSession.getCurrent().setLocale(shown);
            UI.getCurrent().setLocale(shown);
            // Every text on the page is in the old language: the page is drawn again in the new one.
            UI.getCurrent().getPage().reload();
        });
        return language;
    }

    private Component about() {
        Anchor docs = new Anchor("/api/docs", getTranslation("account.tokens.docs-link"));
        docs.setRouterIgnore(true);
        docs.setId("api-docs-link");
        return new Paragraph(new Span(getTranslation("account.tokens.about") + " "), docs, new Span("."));
    }

    private Component form() {
        TextField name = new TextField(getTranslation("account.tokens.name"));
        name.setId("token-name");
        name.setPlaceholder(getTranslation("account.tokens.name-placeholder"));
        name.setMaxLength(100);
        name.setWidth("18rem");
        Select<Integer> expiry = new Select<>();
        expiry.setId("token-expiry");
        expiry.setLabel(getTranslation("account.tokens.expires"));
        expiry.setItems(EXPIRIES);
        expiry.setItemLabelGenerator(days -> days == 0 ? getTranslation("account.tokens.never")
                : getTranslation("account.tokens.in-days", days));
        expiry.setValue(90);
        Select<TokenScope> scope = new Select<>();
        scope.setLabel(getTranslation("account.tokens.scope"));
        scope.setId("token-scope");
        scope.setItems(TokenScope.values());
        scope.setItemLabelGenerator(s -> getTranslation("account.token-scope." + s.name()));
        scope.setValue(TokenScope.READ);
        Button create = new Button(getTranslation("account.tokens.create"), e -> {
            NewAccessToken made = tokens.create(name.getValue(), scope.getValue(),
                    expiry.getValue() == 0 ? null : expiry.getValue());
            name.clear();
            refresh();
            showOnce(made);
        });
        create.setId("create-token");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(name, expiry, scope, create);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    /** The token itself, shown this once: only its hash is kept. */
    private static void showOnce(NewAccessToken made) {
        Dialog dialog = new Dialog();
        dialog.setId("new-token-dialog");
        dialog.setHeaderTitle(I18n.t("account.tokens.created", made.summary().name()));
        TextField token = new TextField(I18n.t("account.tokens.yours"));
        token.setId("new-token");
        token.setValue(made.token());
        token.setReadOnly(true);
        token.setWidthFull();
        token.getElement().executeJs("this.inputElement.select()");
        Paragraph warning = new Paragraph(I18n.t("account.tokens.copy-now"));
        warning.addClassName("muted");
        dialog.add(token, warning);
        dialog.setWidth("36rem");
        Button done = new Button(I18n.t("account.tokens.copied"), e -> dialog.close());
        done.setId("close-new-token");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(done);
        dialog.setCloseOnOutsideClick(false);
        dialog.open();
    }

    private Component list() {
        grid.setId("tokens");
        grid.addColumn(AccessTokenSummary::name).setHeader(getTranslation("account.tokens.name")).setFlexGrow(2);
        grid.addColumn(t -> getTranslation("account.token-scope." + t.scope().name()))
                .setHeader(getTranslation("account.tokens.scope")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> when(t.createdAt())).setHeader(getTranslation("account.tokens.created-at")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> t.expiresAt() == null ? getTranslation("account.tokens.never") : when(t.expiresAt()))
                .setHeader(getTranslation("account.tokens.expires")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(t -> t.lastUsedAt() == null ? getTranslation("account.tokens.not-yet") : when(t.lastUsedAt()))
                .setHeader(getTranslation("account.tokens.last-used"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::statusOrRevoke).setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("account.tokens.empty"));
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Component statusOrRevoke(AccessTokenSummary token) {
        if (token.revokedAt() != null) {
            return muted(getTranslation("account.tokens.revoked-at", when(token.revokedAt())));
        }
        if (!token.isActiveAt(Instant.now())) {
            return muted(getTranslation("account.tokens.expired"));
        }
        Button revoke = new Button(getTranslation("account.tokens.revoke"), e -> {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("account.tokens.revoke-title", token.name()),
                    getTranslation("account.tokens.revoke-text"), getTranslation("account.tokens.revoke"), ok -> {
                tokens.revoke(token.id());
                refresh();
                Notifications.info(getTranslation("account.tokens.revoked"));
            });
            confirm.setConfirmButtonTheme("error primary");
            confirm.setCancelable(true);
            confirm.open();
        });
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        revoke.addClassName("revoke-token");
        return revoke;
    }

    private static Span muted(String text) {
        Span span = new Span(text);
        span.addClassName("muted");
        return span;
    }

    private static String when(Instant instant) {
        return I18n.dates("base.format.date-time", ZoneId.systemDefault()).format(instant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.title") + " · Crosscheck";
    }

    private void refresh() {
        grid.setItems(tokens.mine());
    }
}
