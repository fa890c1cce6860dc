package org.crosscheck.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import org.crosscheck.account.AccountService;
import org.crosscheck.base.DomainException;

/** The signed-in user changes their password: the current one, the new one twice. */
class ChangePasswordForm extends VerticalLayout {

    ChangePasswordForm(AccountService accounts, Runnable onChanged) {
        setPadding(false);
        PasswordField current = new PasswordField(getTranslation("account.password.current"));
        current.setId("current-password");
        PasswordField chosen = new PasswordField(getTranslation("account.password.new"));
        chosen.setId("new-password");
        chosen.setHelperText(getTranslation("account.password.rules"));
        PasswordField repeated = new PasswordField(getTranslation("account.password.again"));
        repeated.setId("repeat-password");
        for (PasswordField f : new PasswordField[]{current, chosen, repeated}) {
            f.setWidth("20rem");
            PasswordFields.showsRefusals(f);
        }
        Span problem = new Span();
        problem.addClassName("field-problem");
        problem.setId("password-problem");
        Button save = new Button(getTranslation("account.password.change"), e -> {
            problem.setText("");
            if (!chosen.getValue().equals(repeated.getValue())) {
                PasswordFields.refuse(repeated, getTranslation("account.password.differ"));
                return;
            }
            try {
                accounts.changeOwnPassword(current.getValue(), chosen.getValue());
                current.clear();
                chosen.clear();
                repeated.clear();
                onChanged.run();
            } catch (DomainException ex) {
                // On the field at fault, where the eye already is: the current one, or the new one.
                if (AccountService.CURRENT_PASSWORD_FIELD.equals(ex.field())) {
                    PasswordFields.refuse(current, ex.message(getLocale()));
                } else if (AccountService.PASSWORD_FIELD.equals(ex.field())) {
                    PasswordFields.refuse(chosen, ex.message(getLocale()));
                } else {
                    problem.setText(ex.getMessage());
                }
            }
        });
        save.setId("change-password");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(current, chosen, repeated, problem, save);
    }
}
