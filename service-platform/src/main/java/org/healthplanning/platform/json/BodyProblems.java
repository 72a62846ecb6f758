package org.healthplanning.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.healthplanning.http.Problem;

/**
 * Collects every field of a request body that cannot be read (a wrong type, an unknown enum value, a
 * refused text or number) instead of stopping at the first, so that a refusal names them all. Active
 * only while {@link BodyReading} reads a request body; elsewhere Jackson's own failures apply.
 */
public final class BodyProblems extends DeserializationProblemHandler {
    private static final ThreadLocal<List<Problem.FieldError>> COLLECTED = new ThreadLocal<>();

    /** Starts collecting on this thread. */
    static void start() {
        COLLECTED.set(new ArrayList<>());
    }

    /** Stops collecting and returns what was collected. */
    static List<Problem.FieldError> stop() {
        List<Problem.FieldError> found = COLLECTED.get();
        COLLECTED.remove();
        return found == null ? List.of() : found;
    }

    /** Records a problem of the value the parser is at; false when not collecting (then the caller fails as usual). */
    static boolean record(JsonParser p, String message) {
        List<Problem.FieldError> found = COLLECTED.get();
        if (found == null) {
            return false;
        }
        found.add(new Problem.FieldError(path(p), message));
        return true;
    }

    @Override
    public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String valueToConvert, String failureMsg) {
        String message = targetType.isEnum()
                ? "'" + valueToConvert + "' is not one of " + Arrays.toString(targetType.getEnumConstants())
                : "'" + valueToConvert + "' is not a valid " + describe(targetType);
        return record(ctxt.getParser(), message) ? empty(targetType) : NOT_HANDLED;
    }

    @Override
    public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number valueToConvert, String failureMsg) {
        String message = targetType.isEnum()
                ? valueToConvert + " is not one of " + Arrays.toString(targetType.getEnumConstants())
                : valueToConvert + " is not a valid " + describe(targetType);
        return record(ctxt.getParser(), message) ? empty(targetType) : NOT_HANDLED;
    }

    @Override
    public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t, JsonParser p, String failureMsg)
            throws IOException {
        if (!record(p, "has the wrong type or shape")) {
            return NOT_HANDLED;
        }
        p.skipChildren();
        return empty(targetType.getRawClass());
    }

    /** The stand-in value of a refused field: the request is refused anyway, it only lets reading go on. */
    private static Object empty(Class<?> type) {
        if (!type.isPrimitive()) {
            return null;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == char.class) {
            return '\0';
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == double.class) {
            return 0d;
        }
        if (type == float.class) {
            return 0f;
        }
        if (type == short.class) {
            return (short) 0;
        }
        if (type == byte.class) {
            return (byte) 0;
        }
        return 0;
    }

    private static String describe(Class<?> type) {
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean (true or false)";
        }
        return type.getSimpleName();
    }

    /** The field the parser is at, as "a.b[0].c" ("body" at the top). */
    static String path(JsonParser p) {
        JsonPointer pointer = p.getParsingContext().pathAsPointer();
        StringBuilder sb = new StringBuilder();
        for (JsonPointer ptr = pointer; ptr != null && !ptr.matches(); ptr = ptr.tail()) {
            if (ptr.mayMatchElement()) {
                sb.append('[').append(ptr.getMatchingIndex()).append(']');
            } else {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ptr.getMatchingProperty());
            }
        }
        return sb.isEmpty() ? "body" : sb.toString();
    }
}
