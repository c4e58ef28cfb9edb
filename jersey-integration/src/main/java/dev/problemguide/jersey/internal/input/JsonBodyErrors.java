package dev.problemguide.jersey.internal.input;

import dev.problemguide.jersey.internal.mapping.ExceptionFamily;
import dev.problemguide.jersey.internal.request.RequestView;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.problemguide.Problem;
import jakarta.ws.rs.ext.Providers;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Turns a Jackson exception thrown while the request body was read into a 400 problem: a plain-words
 * {@code detail}, and an {@code errors} entry with a JSON Pointer to where the body went wrong. Nothing
 * of Jackson's own message, no Java class name and no part of the body's values is ever used.
 */
public final class JsonBodyErrors implements ExceptionFamily {

    private static final String LIMIT = "the input exceeds a size or nesting limit";

    /** Creates the translator. */
    public JsonBodyErrors() {
    }

    @Override
    public Recognized recognize(Throwable exception, RequestView request, Providers providers) {
        if (exception instanceof UnreadableBodyException unreadable) {
            return unreadable(unreadable.kind());
        }
        if (!(exception instanceof RequestBodyException body)) {
            return null;
        }
        JsonProcessingException json = body.jsonException();
        if (json instanceof InvalidDefinitionException) {
            return new Recognized(500, Problem.builder().build());
        }
        // Data binding wraps a syntax error met halfway in a JsonMappingException: the syntax error is what
        // the client must fix, and the parser's position the most precise pointer.
        StreamConstraintsException limit = cause(json, StreamConstraintsException.class);
        if (limit != null) {
            // Data binding wraps a limit met halfway; the limit is what the client must know about.
            return new Recognized(400, Problem.builder()
                    .detail("The request body exceeds a size or nesting limit of this API.")
                    .extension("errors", List.of(Map.of("detail", LIMIT)))
                    .build());
        }
        StreamReadException syntaxError = syntaxError(json);
        String pointer = null;
        if (syntaxError != null) {
            // At the end of the input there is nothing to point at: the context the parser was in is complete.
            pointer = isEndOfInput(syntaxError) ? null : syntaxPointer(syntaxError);
        } else if (json instanceof JsonMappingException mapping) {
            pointer = bindingPointer(mapping);
        } else if (json instanceof StreamReadException read) {
            pointer = syntaxPointer(read);
        }
        Problem.Builder problem = Problem.builder().detail(detail(syntaxError != null ? syntaxError : json,
                syntaxError != null));
        String entryDetail = entryDetail(syntaxError != null ? syntaxError : json);
        if (entryDetail != null) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("detail", entryDetail);
            if (pointer != null) {
                entry.put("pointer", pointer);
            }
            problem.extension("errors", List.of(entry));
        }
        return new Recognized(400, problem.build());
    }

    private static Recognized unreadable(UnreadableBodyException.Kind kind) {
        return switch (kind) {
            case UNDECODABLE -> new Recognized(400, Problem.builder()
                    .detail("The request body is not text in the character encoding it was sent in.").build());
            case INCOMPLETE -> new Recognized(400, Problem.builder()
                    .detail("The request body ended before its declared length.").build());
            case TIMED_OUT -> new Recognized(408, Problem.builder().build());
        };
    }

    private static String detail(JsonProcessingException json, boolean syntax) {
        if (json instanceof MismatchedInputException mismatch && isEmptyBody(mismatch)) {
            return "The request body is empty; a JSON value was expected.";
        }
        if (!syntax) {
            return "The request body is JSON, but does not have the expected structure.";
        }
        JsonLocation location = json.getLocation();
        if (location != null && location.getLineNr() > 0) {
            return "The request body is not valid JSON (line " + location.getLineNr() + ", column "
                    + location.getColumnNr() + ").";
        }
        return "The request body is not valid JSON.";
    }

    private static String entryDetail(JsonProcessingException json) {
        if (json instanceof StreamReadException read && isEndOfInput(read)) {
            return "unexpected end of input";
        }
        InputCoercionException coercion = cause(json, InputCoercionException.class);
        if (coercion != null) {
            return "number out of range for " + describe(coercion.getTargetType());
        }
        if (!(json instanceof JsonMappingException)) {
            return "malformed JSON";
        }
        if (json instanceof PropertyBindingException) {
            return "unknown property";
        }
        if (json instanceof InvalidTypeIdException) {
            return "unknown type";
        }
        if (json instanceof InvalidNullException) {
            return "must not be null";
        }
        if (json instanceof ValueInstantiationException) {
            return "invalid value";
        }
        if (json instanceof MismatchedInputException mismatch) {
            if (isEmptyBody(mismatch)) {
                return null;
            }
            return "expected " + describe(mismatch.getTargetType());
        }
        return "invalid value";
    }

    private static boolean isEmptyBody(MismatchedInputException e) {
        return e.getPath().isEmpty() && e.getProcessor() instanceof JsonParser parser
                && parser.currentToken() == null;
    }

    /** Says what a Java type looks like in JSON, in words a client understands. */
    static String describe(Class<?> type) {
        if (type == null) {
            return "a different value";
        }
        if (type == int.class || type == long.class || type == short.class || type == byte.class
                || type == Integer.class || type == Long.class || type == Short.class || type == Byte.class
                || type == BigInteger.class) {
            return "an integer";
        }
        if (type == double.class || type == float.class || type == Double.class || type == Float.class
                || type == BigDecimal.class || Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class || type == char.class || type == Character.class
                || CharSequence.class.isAssignableFrom(type)) {
            return "a string";
        }
        if (type.isEnum()) {
            // Not the constants' names: their JSON names may differ, and Java names are not the client's business.
            return "one of the allowed values";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (Temporal.class.isAssignableFrom(type) || Date.class.isAssignableFrom(type)) {
            return "a date or time in ISO 8601 format";
        }
        if (TemporalAmount.class.isAssignableFrom(type)) {
            return "a duration in ISO 8601 format";
        }
        if (type == UUID.class) {
            return "a UUID";
        }
        return "an object";
    }

    /**
     * Tells whether the input ended too early. Jackson reports some of these as a plain JsonParseException,
     * recognisable only by its message.
     */
    private static boolean isEndOfInput(StreamReadException e) {
        return e instanceof JsonEOFException
                || String.valueOf(e.getOriginalMessage()).startsWith("Unexpected end-of-input");
    }

    /** Returns the first exception of a type in a cause chain, the exception itself included, or {@code null}. */
    private static <T extends Throwable> T cause(Throwable exception, Class<T> type) {
        int depth = 0;
        for (Throwable t = exception; t != null && depth < 16; t = t.getCause(), depth++) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** Returns the syntax error behind an exception, itself included, or {@code null}. */
    private static StreamReadException syntaxError(Throwable json) {
        int depth = 0;
        for (Throwable t = json; t != null && depth < 16; t = t.getCause(), depth++) {
            // A number out of range for its type is valid JSON: a value problem, not a syntax one.
            if (t instanceof StreamReadException read && !(t instanceof MismatchedInputException)
                    && !(t instanceof InputCoercionException)) {
                return read;
            }
        }
        return null;
    }

    private static String syntaxPointer(StreamReadException json) {
        JsonParser parser = json.getProcessor();
        if (parser == null) {
            return null;
        }
        // The context the parser was in when it failed: "/items/1" for an error inside the second item.
        String path = parser.getParsingContext().pathAsPointer().toString();
        StringBuilder pointer = JsonPointers.root();
        if (!path.isEmpty()) {
            for (String token : path.substring(1).split("/", -1)) {
                JsonPointers.append(pointer, token.replace("~1", "/").replace("~0", "~"));
            }
        }
        return JsonPointers.finish(pointer);
    }

    private static String bindingPointer(JsonMappingException json) {
        StringBuilder pointer = JsonPointers.root();
        for (JsonMappingException.Reference reference : json.getPath()) {
            if (reference.getFieldName() != null) {
                JsonPointers.append(pointer, reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                JsonPointers.append(pointer, Integer.toString(reference.getIndex()));
            }
        }
        return JsonPointers.finish(pointer);
    }
}
