package org.crosscheck.account.ui;

import com.vaadin.flow.component.textfield.PasswordField;

/**
 * A refused password is shown on its field (red, the reason under it), not in a toast that
 * vanishes or a line elsewhere on the form; typing in the field again clears it.
 */
public final class PasswordFields {

    private PasswordFields() {
    }

    /** The field keeps the server's verdict until it is edited (its own checks would clear it on blur). */
    public static void showsRefusals(PasswordField field) {
        field.setManualValidation(true);
        field.addValueChangeListener(e -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
    }

    public static void refuse(PasswordField field, String reason) {
        field.setErrorMessage(reason);
        field.setInvalid(true);
        field.focus();
    }
}
