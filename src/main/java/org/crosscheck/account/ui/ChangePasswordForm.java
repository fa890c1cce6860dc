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
        PasswordField current = new PasswordField("Current password");
        current.setId("current-password");
        PasswordField chosen = new PasswordField("New password");
        chosen.setId("new-password");
        chosen.setHelperText("At least 12 characters, not your username, not a common password.");
        PasswordField repeated = new PasswordField("New password again");
        repeated.setId("repeat-password");
        for (PasswordField f : new PasswordField[]{current, chosen, repeated}) {
            f.setWidth("20rem");
            PasswordFields.showsRefusals(f);
        }
        Span problem = new Span();
        problem.addClassName("field-problem");
        problem.setId("password-problem");
        Button save = new Button("Change password", e -> {
            problem.setText("");
            if (!chosen.getValue().equals(repeated.getValue())) {
                PasswordFields.refuse(repeated, "The two new passwords differ.");
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
                    PasswordFields.refuse(current, ex.getMessage());
                } else if (AccountService.PASSWORD_FIELD.equals(ex.field())) {
                    PasswordFields.refuse(chosen, ex.getMessage());
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
