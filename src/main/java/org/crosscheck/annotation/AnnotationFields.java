package org.crosscheck.annotation;

import org.crosscheck.base.Texts;
import org.crosscheck.base.DomainException;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;

/**
 * What a user fills in for an annotation, by kind: a quote's speaker; a figure's value, qualifier,
 * what it counts and unit; a note's text (an optional remark on quotes and figures).
 */
public record AnnotationFields(String speaker, BigDecimal figureValue, FigureQualifier figureQualifier,
                               String figureCounts, String figureUnit, String note) {

    /**
     * The value as it was written: the database column keeps four decimals, so 317 comes back as
     * 317.0000, and every screen, dialog field and API answer built from these fields would show that.
     */
    public AnnotationFields {
        figureValue = asWritten(figureValue);
    }

    /** 317.0000 → 317, 12.5000 → 12.5, 1E+3 → 1000; the same number, as a person writes it. */
    public static BigDecimal asWritten(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal v = value.stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v;
    }

    public static AnnotationFields quote(String speaker) {
        return new AnnotationFields(speaker, null, null, null, null, null);
    }

    public static AnnotationFields figure(BigDecimal value, FigureQualifier qualifier, String counts) {
        return new AnnotationFields(null, value, qualifier, counts, null, null);
    }

    public static AnnotationFields note(String note) {
        return new AnnotationFields(null, null, null, null, null, note);
    }

    public AnnotationFields withNote(String note) {
        return new AnnotationFields(speaker, figureValue, figureQualifier, figureCounts, figureUnit, note);
    }

    /** One line saying what the fields say for the kind: the speaker, the figure, or the note. */
    public String summary(AnnotationKind kind) {
        return switch (kind) {
            case QUOTE -> speaker;
            case FIGURE -> {
                String qualifier = figureQualifier == null || figureQualifier == FigureQualifier.NONE ? ""
                        : figureQualifier.label() + " ";
                String unit = figureUnit == null ? "" : " " + figureUnit;
                yield qualifier + (figureValue == null ? "?" : AnnotationDetails.formatValue(figureValue)) + unit + " "
                        + figureCounts;
            }
            case NOTE -> note;
        };
    }

    /** Why these fields could not be saved for the kind, if they could not: checked before a batch is saved. */
    public Optional<String> problemFor(AnnotationKind kind) {
        try {
            validFor(kind);
            return Optional.empty();
        } catch (DomainException e) {
            return Optional.of(e.getMessage());
        }
    }

    /**
     * A short digest of what these fields say for the kind once cleaned as they are stored (1000 and
     * 1000.0000 are one value; a speaker's surrounding spaces do not count): equal digests, the same
     * annotation. An import keeps these, not the fields, to skip what is already there. Empty when
     * the fields could not be stored for the kind.
     */
    public Optional<String> fingerprint(AnnotationKind kind) {
        AnnotationFields f;
        try {
            f = validFor(kind);
        } catch (DomainException invalid) {
            return Optional.empty();
        }
        String canonical = String.join("\u0000", kind.name(), String.valueOf(f.speaker),
                f.figureValue == null ? "null" : f.figureValue.stripTrailingZeros().toPlainString(),
                String.valueOf(f.figureQualifier), String.valueOf(f.figureCounts), String.valueOf(f.figureUnit),
                String.valueOf(f.note));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return Optional.of(Base64.getEncoder().withoutPadding().encodeToString(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The fields that belong to the kind, cleaned; refused with a message when a required one is missing. */
    AnnotationFields validFor(AnnotationKind kind) {
        String cleanNote = Texts.optional(note, 4000, "The note");
        return switch (kind) {
            case QUOTE -> {
                String who = Texts.optionalLine(speaker, 300, "The speaker's name");
                if (who == null) {
                    throw new DomainException("Who said it? A quote needs a speaker.");
                }
                yield new AnnotationFields(who, null, null, null, null, cleanNote);
            }
            case FIGURE -> {
                if (figureValue == null) {
                    throw new DomainException("A figure needs its value, for example 12 or 1000.");
                }
                String counts = Texts.optionalLine(figureCounts, 300, "What the figure counts");
                if (counts == null) {
                    throw new DomainException("What does the figure count? For example \"police officers killed\".");
                }
                FigureQualifier hedge = figureQualifier == null ? FigureQualifier.NONE : figureQualifier;
                hedge.problemWith(figureValue).ifPresent(problem -> {
                    throw new DomainException(problem);
                });
                yield new AnnotationFields(null, storable(figureValue), hedge, counts,
                        Texts.optionalLine(figureUnit, 100, "The unit"), cleanNote);
            }
            case NOTE -> {
                if (cleanNote == null) {
                    throw new DomainException("A note needs some text.");
                }
                yield new AnnotationFields(null, null, null, null, null, cleanNote);
            }
        };
    }

    /** The column holds 16 digits before the decimal point and 4 after it. */
    static final int MAX_DECIMALS = 4;
    static final BigDecimal MAX_VALUE = new BigDecimal("1E16");

    /**
     * The value as stored, refused when the database could not hold it exactly: rounding a
     * reported figure would change what the article says.
     */
    private static BigDecimal storable(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        if (v.abs().compareTo(MAX_VALUE) >= 0) {
            throw new DomainException("The value is too large: a figure can be at most 9,999,999,999,999,999.9999.");
        }
        if (v.scale() > MAX_DECIMALS) {
            throw new DomainException("The value has more than " + MAX_DECIMALS
                    + " decimal places; a figure is stored with at most " + MAX_DECIMALS + ".");
        }
        return v.scale() < 0 ? v.setScale(0) : v;
    }
}
