package io.mpesagw.kit.web;

import java.util.Collection;
import java.util.TreeSet;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * The answer to a JSON body that could not be read as the expected shape, for the shared error handler
 * and for a controller that reads a body with a stricter mapper of its own: a refusal raised by the reader
 * itself (e.g. a size cap) keeps its own answer; a field that is unknown or of the wrong type is named,
 * with what is accepted; anything else is "not valid JSON".
 */
public final class JsonBodyErrors {

    private JsonBodyErrors() {
    }

    /** @param failure what the JSON reader threw (or an exception wrapping it) */
    public static ApiException refusal(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ApiException refusal) {
                return refusal;
            }
            if (cause instanceof UnrecognizedPropertyException unknown) {
                String field = unknown.getPropertyName();
                return ApiException.invalidRequest("parameter_unknown", "Unknown field '" + field + "'. Accepted: "
                        + new TreeSet<>(unknown.getKnownPropertyIds().stream().map(String::valueOf).toList()) + ".", field);
            }
            if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
                String field = fieldPath(mismatch);
                String expected = mismatch.getTargetType() == null ? "another type" : describe(mismatch.getTargetType());
                return ApiException.invalidRequest("parameter_invalid",
                        field + " has the wrong type: expected " + expected + ".", field);
            }
        }
        return ApiException.invalidRequest("body_invalid",
                "The request body is not valid JSON of the expected shape: send a JSON object with the documented fields.", null);
    }

    private static String fieldPath(MismatchedInputException mismatch) {
        StringBuilder path = new StringBuilder();
        for (var reference : mismatch.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** In the words of JSON, not Java: a number, a string, true or false, an object, a list. */
    private static String describe(Class<?> type) {
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (CharSequence.class.isAssignableFrom(type) || type.isEnum()) {
            return "a string";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        return "an object";
    }
}
