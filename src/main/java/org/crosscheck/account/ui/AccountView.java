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
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.crosscheck.account.AccessTokenService;
import org.crosscheck.account.AccessTokenSummary;
import org.crosscheck.account.AccountService;
import org.crosscheck.account.NewAccessToken;
import org.crosscheck.account.TokenScope;
import org.crosscheck.account.UserSummary;
import org.crosscheck.base.ui.Notifications;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The signed-in user's account: personal access tokens for the REST API (made, shown once,
 * listed with their last use, revoked).
 */
@Route("account")
@PageTitle("Account · Crosscheck")
@PermitAll
public class AccountView extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());

    /** Expiry choices in days; 0 is "never". */
    private static final Integer[] EXPIRIES = {30, 90, 365, 0};

    private final AccessTokenService tokens;
    private final Grid<AccessTokenSummary> grid = new Grid<>();

    AccountView(AccountService accounts, AccessTokenService tokens) {
        this.tokens = tokens;
        addClassName("page");
        UserSummary me = accounts.me();
        H2 title = new H2("Account");
        Div who = new Div(me.displayName() + " · " + me.username());
        who.addClassName("muted");
        who.setId("account-who");
        add(title, who, new H3("Access tokens for the API"),
                about(), form(), list(), new H3("Password"),
                new ChangePasswordForm(accounts, () -> Notifications.success("Your password is changed.")));
        refresh();
    }

    private static Component about() {
        Anchor docs = new Anchor("/api/docs", "the API's documentation");
        docs.setRouterIgnore(true);
        docs.setId("api-docs-link");
        return new Paragraph(new Span("A token lets a script use the REST API as you, with your roles in your projects. "
                + "Read tokens only read; write tokens also change things. See "), docs, new Span("."));
    }

    private Component form() {
        TextField name = new TextField("Name");
        name.setId("token-name");
        name.setPlaceholder("e.g. nightly scraper");
        name.setMaxLength(100);
        name.setWidth("18rem");
        Select<Integer> expiry = new Select<>();
        expiry.setId("token-expiry");
        expiry.setLabel("Expires");
        expiry.setItems(EXPIRIES);
        expiry.setItemLabelGenerator(days -> days == 0 ? "Never" : "In " + days + " days");
        expiry.setValue(90);
        Select<TokenScope> scope = new Select<>();
        scope.setLabel("Scope");
        scope.setId("token-scope");
        scope.setItems(TokenScope.values());
        scope.setItemLabelGenerator(TokenScope::label);
        scope.setValue(TokenScope.READ);
        Button create = new Button("Create token", e -> {
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
        dialog.setHeaderTitle("Token “" + made.summary().name() + "” created");
        TextField token = new TextField("Your token");
        token.setId("new-token");
        token.setValue(made.token());
        token.setReadOnly(true);
        token.setWidthFull();
        token.getElement().executeJs("this.inputElement.select()");
        Paragraph warning = new Paragraph("Copy it now: it is shown only this once. Send it in the Authorization "
                + "header: Authorization: Bearer <token>.");
        warning.addClassName("muted");
        dialog.add(token, warning);
        dialog.setWidth("36rem");
        Button done = new Button("I have copied it", e -> dialog.close());
        done.setId("close-new-token");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(done);
        dialog.setCloseOnOutsideClick(false);
        dialog.open();
    }

    private Component list() {
        grid.setId("tokens");
        grid.addColumn(AccessTokenSummary::name).setHeader("Name").setFlexGrow(2);
        grid.addColumn(t -> t.scope().label()).setHeader("Scope").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> when(t.createdAt())).setHeader("Created").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> t.expiresAt() == null ? "Never" : when(t.expiresAt())).setHeader("Expires").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(t -> t.lastUsedAt() == null ? "Not yet" : when(t.lastUsedAt())).setHeader("Last used")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::statusOrRevoke).setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText("No tokens yet. Create one above to use the API.");
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Component statusOrRevoke(AccessTokenSummary token) {
        if (token.revokedAt() != null) {
            return muted("Revoked " + when(token.revokedAt()));
        }
        if (!token.isActiveAt(Instant.now())) {
            return muted("Expired");
        }
        Button revoke = new Button("Revoke", e -> {
            ConfirmDialog confirm = new ConfirmDialog("Revoke “" + token.name() + "”?",
                    "Scripts using this token are refused from now on. This cannot be undone.", "Revoke", ok -> {
                tokens.revoke(token.id());
                refresh();
                Notifications.info("Token revoked.");
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
        return WHEN.format(instant);
    }

    private void refresh() {
        grid.setItems(tokens.mine());
    }
}
