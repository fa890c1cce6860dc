package org.crosscheck.annotation.ui;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.crosscheck.annotation.AnnotationFields;
import org.crosscheck.annotation.FieldType;
import org.crosscheck.annotation.KindColour;
import org.crosscheck.annotation.KindDescription;
import org.crosscheck.annotation.KindDraft;
import org.crosscheck.annotation.KindField;
import org.crosscheck.base.DomainException;
import org.crosscheck.base.i18n.Messages;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dialogs that read a kind's description, without a browser: what they offer follows the
 * description, what the user gets wrong shows on its field, what they save is what they typed.
 */
class KindDialogsBrowserlessTest extends BrowserlessTest {

    static {
        // Without Spring, Vaadin finds the interface's words only when told which provider has them.
        System.setProperty("vaadin.i18n.provider", Messages.class.getName());
    }

    private static final KindDescription CLAIM = new KindDescription("kind-3", "Claim", KindColour.ROSE, "l", false,
            List.of(KindField.of("f1", "Claimant", FieldType.PERSON, true),
                    KindField.choice("f2", "Verdict", false, List.of("true", "false", "misleading")),
                    KindField.of("f3", "Amount", FieldType.NUMBER, false),
                    new KindField("f4", "Checked by", FieldType.PERSON, false, List.of(), true)), 0);

    /** No view is navigated to: the dialogs open on the test's own UI. */
    @Override
    protected Set<String> scanPackages() {
        return Set.of("org.crosscheck.annotation.ui.none");
    }

    @Test
    void aProjectKindsDialogOffersItsFieldsAndSaysWhatIsWrongOnTheField() {
        AtomicReference<AnnotationFields> saved = new AtomicReference<>();
        AnnotationFields existing = AnnotationFields.ofValues(Map.of("f4", "Lena"));
        new AnnotationDialog(CLAIM, "12 police officers", existing, 0, (fields, version) -> saved.set(fields)).open();

        assertThat($(Dialog.class).single().getHeaderTitle()).isEqualTo("Edit claim");
        TextField claimant = $(TextField.class).id("field-f1");
        TextField amount = $(TextField.class).id("field-f3");
        assertThat(claimant.getLabel()).isEqualTo("Claimant");
        // A removed field's value is shown, and cannot be edited.
        TextField archived = $(TextField.class).withLabel("Checked by (archived)").single();
        assertThat(archived.getValue()).isEqualTo("Lena");
        assertThat(archived.isReadOnly()).isTrue();

        test(amount).setValue("twelve");
        test($(Button.class).id("save-annotation")).click();
        assertThat(saved.get()).isNull();
        assertThat(claimant.isInvalid()).isTrue();
        assertThat(claimant.getErrorMessage()).isEqualTo("Claimant is required.");
        assertThat(amount.getErrorMessage()).isEqualTo("Amount must be a number, for example 12 or 1000.5.");

        test(claimant).setValue("Interior Ministry");
        test(amount).setValue("12");
        @SuppressWarnings("unchecked")
        Select<String> verdict = $(Select.class).id("field-f2");
        test(verdict).selectItem("false");
        test($(Button.class).id("save-annotation")).click();
        assertThat(saved.get().values()).containsExactlyInAnyOrderEntriesOf(Map.of("f1", "Interior Ministry", "f2", "false",
                "f3", "12"));
        assertThat($(Dialog.class).withCondition(Dialog::isOpened).exists()).isFalse();
    }

    @Test
    void aFieldAddedToABuiltInKindsDescriptionIsOfferedBesideItsOwn() {
        KindDescription quoteWithLanguage = new KindDescription("QUOTE", "Quote", null, "q", true, List.of(
                KindField.of("speaker", "Speaker", FieldType.PERSON, true),
                KindField.of("note", "Remark", FieldType.TEXT, false),
                KindField.of("language", "Language", FieldType.TEXT, false)), 0);
        AtomicReference<AnnotationFields> saved = new AtomicReference<>();
        new AnnotationDialog(quoteWithLanguage, "It's important that there be a stop to the violence", saved::set).open();

        test($(TextField.class).id("field-speaker")).setValue("Stephane Dujarric");
        test($(TextField.class).id("field-language")).setValue("en");
        test($(Button.class).id("save-annotation")).click();
        assertThat(saved.get().speaker()).isEqualTo("Stephane Dujarric");
        assertThat(saved.get().values()).containsExactly(Map.entry("language", "en"));
        assertThat(quoteWithLanguage.summary(saved.get())).isEqualTo("Stephane Dujarric · Language: en");
    }

    @Test
    void aKindRefusedByTheServiceKeepsWhatTheLeadTypedAndSaysWhyOnTheField() {
        AtomicReference<KindDraft> tried = new AtomicReference<>();
        new KindDialog(null, draft -> {
            tried.set(draft);
            throw new DomainException("The reader already uses Q (Q quote, F figure, N note, C contradiction); "
                    + "choose another key.", "shortcut");
        }, () -> { }).open();
        test($(TextField.class).id("kind-name")).setValue("Source");
        test($(TextField.class).id("kind-key")).setValue("q");
        test($(Button.class).id("add-kind-field")).click();
        test($(TextField.class).id("kind-field-label-1")).setValue("Address");
        test($(Button.class).id("save-kind")).click();

        TextField key = $(TextField.class).id("kind-key");
        assertThat(key.isInvalid()).isTrue();
        assertThat(key.getErrorMessage()).startsWith("The reader already uses Q");
        assertThat($(TextField.class).id("kind-name").getValue()).isEqualTo("Source");
        assertThat(tried.get().fields()).extracting(KindDraft.FieldDraft::label).containsExactly("Address");
        assertThat(tried.get().colour()).isEqualTo(KindColour.values()[0]);
        assertThat($(Dialog.class).withCondition(Dialog::isOpened).exists()).isTrue();
    }
}
