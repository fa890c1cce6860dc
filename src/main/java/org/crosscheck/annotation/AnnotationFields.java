package org.crosscheck.annotation;

import org.crosscheck.base.Texts;
import org.crosscheck.base.DomainException;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a user fills in for an annotation, by kind: a quote's speaker; a figure's value, qualifier,
 * what it counts and unit; a note's text (an optional remark on quotes and figures); and the values
 * of every other field its kind's {@link KindDescription} names (all fields of a project's kind),
 * by field key. {@link #value(String)} reads any of them by key.
 */
public record AnnotationFields(String speaker, BigDecimal figureValue, FigureQualifier figureQualifier,
                               String figureCounts, String figureUnit, String note, Map<String, String> values) {

    /** The keys of the fields the built-in kinds keep in their own columns. */
    static final Set<String> COLUMNS = Set.of("speaker", "value", "qualifier", "counts", "unit", "note");

    /**
     * At most this many field values on one annotation: as many as a kind has fields, and few enough
     * that the longest values, each character escaped, fit the column (20,000 characters).
     */
    static final int MAX_VALUES = 30;

    /**
     * The value as it was written: the database column keeps four decimals, so 317 comes back as
     * 317.0000, and every screen, dialog field and API answer built from these fields would show that.
     */
    public AnnotationFields {
        figureValue = asWritten(figureValue);
        values = values == null || values.isEmpty() ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(values));
    }

    public AnnotationFields(String speaker, BigDecimal figureValue, FigureQualifier figureQualifier,
                            String figureCounts, String figureUnit, String note) {
        this(speaker, figureValue, figureQualifier, figureCounts, figureUnit, note, Map.of());
    }

    /** The values of a project kind's fields, by key. */
    public static AnnotationFields ofValues(Map<String, String> values) {
        return new AnnotationFields(null, null, null, null, null, null, values);
    }

    /** The value of the field with this key, as text (a figure's value as written, a qualifier's label); null when empty. */
    public String value(String key) {
        return switch (key) {
            case "speaker" -> speaker;
            case "value" -> figureValue == null ? null : figureValue.toPlainString();
            case "qualifier" -> figureQualifier == null ? null : figureQualifier.label();
            case "counts" -> figureCounts;
            case "unit" -> figureUnit;
            case "note" -> note;
            default -> values.get(key);
        };
    }

    /** Every field of the description that has a value here, by key, in the description's order. */
    public Map<String, String> valuesOf(KindDescription kind) {
        Map<String, String> out = new LinkedHashMap<>();
        for (KindField f : kind.fields()) {
            String v = value(f.key());
            if (v != null) {
                out.put(f.key(), v);
            }
        }
        return out;
    }

    /** 317.0000 → 317, 12.5000 → 12.5, 1E+3 → 1000; the same number, as a person writes it. */
    public static BigDecimal asWritten(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal v = value.stripTrailingZeros();
        // 1e999999999 written out would be a billion digits: left as it is, for the checks to refuse.
        if (outOfRange(v)) {
            return v;
        }
        return v.scale() < 0 ? v.setScale(0) : v;
    }

    /** More digits before or after the point than any reported figure has (cheap to tell, costly to write out). */
    static boolean outOfRange(BigDecimal v) {
        return v.scale() > 40 || v.precision() - v.scale() > 40;
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
        return new AnnotationFields(speaker, figureValue, figureQualifier, figureCounts, figureUnit, note, values);
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
            case CUSTOM -> null;
        };
    }

    /** Why these fields could not be saved for the kind, if they could not: checked before a batch is saved. */
    public Optional<String> problemFor(KindDescription kind) {
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
    public Optional<String> fingerprint(KindDescription kind) {
        AnnotationFields f;
        try {
            f = validFor(kind);
        } catch (DomainException invalid) {
            return Optional.empty();
        }
        StringBuilder added = new StringBuilder();
        f.values.forEach((k, v) -> added.append(k).append('\u0001').append(v).append('\u0002'));
        String canonical = String.join("\u0000", kind.builtIn() ? kind.id() : kind.name(), String.valueOf(f.speaker),
                f.figureValue == null ? "null" : f.figureValue.stripTrailingZeros().toPlainString(),
                String.valueOf(f.figureQualifier), String.valueOf(f.figureCounts), String.valueOf(f.figureUnit),
                String.valueOf(f.note), added);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return Optional.of(Base64.getEncoder().withoutPadding().encodeToString(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /**
     * The fields that belong to the kind, cleaned; refused with a message when a required one is
     * missing, a value does not fit its field, or a value names no field of the kind.
     */
    AnnotationFields validFor(KindDescription kind) {
        Map<String, String> added = new TreeMap<>();
        if (values.size() > MAX_VALUES) {
            throw DomainException.of("annotation.error.too-many-values", MAX_VALUES);
        }
        for (String key : values.keySet()) {
            if (kind.addedFields().stream().noneMatch(f -> f.key().equals(key))) {
                throw DomainException.of("annotation.error.not-a-field", Texts.abbreviate(key, 40), kind.name());
            }
        }
        for (KindField field : kind.addedFields()) {
            String v = field.clean(values.get(field.key()));
            if (v != null) {
                added.put(field.key(), v);
            }
        }
        if (!kind.builtIn()) {
            return ofValues(added);
        }
        AnnotationFields own = validFor(kind.kind());
        return new AnnotationFields(own.speaker, own.figureValue, own.figureQualifier, own.figureCounts, own.figureUnit,
                own.note, added);
    }

    /** The fields a built-in kind keeps in its columns, cleaned. */
    private AnnotationFields validFor(AnnotationKind kind) {
        String cleanNote = Texts.optional(note, 4000, "The note");
        return switch (kind) {
            case QUOTE -> {
                String who = Texts.optionalLine(speaker, 300, "The speaker's name");
                if (who == null) {
                    throw DomainException.of("annotation.error.speaker-required");
                }
                yield new AnnotationFields(who, null, null, null, null, cleanNote);
            }
            case FIGURE -> {
                if (figureValue == null) {
                    throw DomainException.of("annotation.error.value-required");
                }
                String counts = Texts.optionalLine(figureCounts, 300, "What the figure counts");
                if (counts == null) {
                    throw DomainException.of("annotation.error.counts-required");
                }
                FigureQualifier hedge = figureQualifier == null ? FigureQualifier.NONE : figureQualifier;
                hedge.problemWith(figureValue).ifPresent(problem -> {
                    throw problem;
                });
                yield new AnnotationFields(null, storable(figureValue), hedge, counts,
                        Texts.optionalLine(figureUnit, 100, "The unit"), cleanNote);
            }
            case NOTE -> {
                if (cleanNote == null) {
                    throw DomainException.of("annotation.error.note-required");
                }
                yield new AnnotationFields(null, null, null, null, null, cleanNote);
            }
            case CUSTOM -> throw new IllegalStateException("a project kind has no columns");
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
            throw DomainException.of("annotation.error.value-too-large");
        }
        if (v.scale() > MAX_DECIMALS) {
            throw DomainException.of("annotation.error.value-decimals", MAX_DECIMALS);
        }
        return v.scale() < 0 ? v.setScale(0) : v;
    }
}
