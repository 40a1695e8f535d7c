package io.aggregator.adapter.http;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.aggregator.domain.Violation;
import java.util.stream.Collectors;

/** Says what is wrong with a request body in the API's words, without the server's class names. */
final class JsonProblems {
    private JsonProblems() {
    }

    static String describe(JacksonException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown field '" + path(unknown) + "'";
        }
        if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return "field '" + path(mismatch) + "' has the wrong type" + expected(mismatch.getTargetType());
        }
        if (e instanceof DatabindException) {
            return "the body does not have the shape this endpoint takes" + at(e.getLocation());
        }
        return "the body is not valid JSON" + at(e.getLocation());
    }

    /**
     * The failure as a violation of the field it concerns, for answers that report on many objects
     * at once (an import's rows); {@code wholeObject} names the object itself when no field is to blame.
     */
    static Violation violation(JacksonException e, String wholeObject) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return new Violation(path(unknown), "is not a known field");
        }
        if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return new Violation(path(mismatch), "has the wrong type" + expected(mismatch.getTargetType()));
        }
        return new Violation(wholeObject, describe(e));
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "";
        }
        if (type == String.class) {
            return ": expected a string";
        }
        if (type == Integer.class || type == Long.class || type == int.class || type == long.class) {
            return ": expected a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class) {
            return ": expected a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return ": expected true or false";
        }
        if (java.util.Map.class.isAssignableFrom(type) || type.isRecord()) {
            return ": expected an object";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return ": expected an array";
        }
        return "";
    }

    private static String at(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
