package org.crosscheck.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** A value of one of our enums as a script writes it (any case); refused naming the field and the values it may take. */
final class ApiEnums {

    private ApiEnums() {
    }

    static <E extends Enum<E>> Optional<E> find(Class<E> type, String value) {
        return value == null ? Optional.empty()
                : Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equalsIgnoreCase(value.strip())).findFirst();
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        return find(type, value).orElseThrow(() -> ApiException.invalid(field, field + " is one of "
                + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")) + "."));
    }

    /** As {@link #parse}, but null stays null (an optional field). */
    static <E extends Enum<E>> E parseOptional(Class<E> type, String value, String field) {
        return value == null ? null : parse(type, value, field);
    }

    static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
