package org.crosscheck.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.upload.UploadI18N;
import org.crosscheck.base.i18n.I18n;

import java.text.DateFormatSymbols;
import java.time.DayOfWeek;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Vaadin's own components in the window's language: the words an upload shows (its button, its
 * drop zone, its refusals) and a date picker's months, weekdays, first day of the week and date
 * format, which Vaadin otherwise shows in English.
 */
public final class Localised {

    private Localised() {
    }

    /** The upload's words; {@link #tooBig()} is the refusal it shows for a file above its limit. */
    public static UploadI18N upload() {
        UploadI18N words = new UploadI18N();
        words.setDropFiles(new UploadI18N.DropFiles().setOne(I18n.t("base.upload.drop-one")).setMany(I18n.t("base.upload.drop-many")));
        words.setAddFiles(new UploadI18N.AddFiles().setOne(I18n.t("base.upload.add-one")).setMany(I18n.t("base.upload.add-many")));
        words.setError(new UploadI18N.Error().setTooManyFiles(I18n.t("base.upload.too-many"))
                .setFileIsTooBig(tooBig()).setIncorrectFileType(I18n.t("base.upload.wrong-type")));
        words.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(I18n.t("base.upload.connecting"))
                        .setStalled(I18n.t("base.upload.stalled")).setProcessing(I18n.t("base.upload.processing"))
                        .setHeld(I18n.t("base.upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix(I18n.t("base.upload.remaining"))
                        .setUnknown(I18n.t("base.upload.remaining-unknown")))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(I18n.t("base.upload.unavailable"))
                        .setUnexpectedServerError(I18n.t("base.upload.failed")).setForbidden(I18n.t("base.upload.forbidden"))
                        .setFileTooLarge(tooBig())));
        words.setFile(new UploadI18N.File().setRetry(I18n.t("base.upload.retry")).setStart(I18n.t("base.upload.start"))
                .setRemove(I18n.t("base.action.remove")));
        words.setUnits(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB")); // not translated: SI units
        return words;
    }

    /** The refusal an upload shows for a file above its limit, in the window's language. */
    public static String tooBig() {
        return I18n.t("base.upload.too-big");
    }

    /** A date picker showing and reading dates as the window's language writes them. */
    public static DatePicker datePicker(DatePicker picker) {
        Locale locale = I18n.locale();
        picker.setLocale(locale);
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
        DatePicker.DatePickerI18n words = new DatePicker.DatePickerI18n();
        words.setMonthNames(Arrays.asList(symbols.getMonths()).subList(0, 12));
        // Java lists weekdays from index 1 (Sunday); the picker wants them from Sunday at 0.
        words.setWeekdays(Arrays.asList(symbols.getWeekdays()).subList(1, 8));
        words.setWeekdaysShort(Arrays.asList(symbols.getShortWeekdays()).subList(1, 8));
        DayOfWeek first = WeekFields.of(locale).getFirstDayOfWeek();
        words.setFirstDayOfWeek(first.getValue() % 7);
        words.setToday(I18n.t("base.date.today"));
        words.setCancel(I18n.t("base.action.cancel"));
        words.setBadInputErrorMessage(I18n.t("base.date.bad-input"));
        picker.setI18n(words);
        return picker;
    }
}
