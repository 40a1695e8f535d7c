package io.aggregator.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * An enumeration written outside the domain (JSON, SQL) as the lowercase form of its constant's
 * name: {@code HandoverMode.IMMEDIATE} is {@code "immediate"}.
 */
public interface Coded {
    /** Implemented by every enum constant. */
    String name();

    default String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Finds the constant with the given code, or rejects the value listing the codes that are accepted. */
    static <E extends Enum<E> & Coded> E parse(Class<E> type, String field, String code) {
        Require.present(field, code);
        E[] constants = type.getEnumConstants();
        for (E constant : constants) {
            if (constant.code().equals(code)) {
                return constant;
            }
        }
        String accepted = Arrays.stream(constants).map(Coded::code).collect(Collectors.joining(", "));
        throw ValidationException.of(field, "must be one of " + accepted + "; got '" + code + "'");
    }
}
