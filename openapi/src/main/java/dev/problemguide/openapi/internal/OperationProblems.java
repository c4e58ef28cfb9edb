package dev.problemguide.openapi.internal;

import dev.problemguide.Problem;
import dev.problemguide.ProblemFactory;
import dev.problemguide.RemoteProblemException;
import dev.problemguide.jersey.internal.catalog.ProblemType;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.InternalServerErrorException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ServiceUnavailableException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The rules that tell which problems an operation can answer with, each with the status, schema and example
 * body the feature would produce: 500 always; 400 (a body that cannot be read) and 415 when it reads a body;
 * 406 when it declares what it produces; the parameter-conversion status when a parameter is converted from
 * text; the validation status when Bean Validation checks an input; every mapped exception of its
 * {@code throws} clause, and the Jakarta REST exceptions it names whose class tells the status
 * ({@code NotFoundException}); a 502 when it names {@code RemoteProblemException} (a call to another service
 * that can fail with a problem), unless the feature forwards those.
 */
public final class OperationProblems {

    /** The Jakarta REST exceptions whose class tells their status, for {@code throws} clauses that name them. */
    private static final Map<Class<?>, Integer> STANDARD = Map.ofEntries(
            Map.entry(BadRequestException.class, 400), Map.entry(NotAuthorizedException.class, 401),
            Map.entry(ForbiddenException.class, 403), Map.entry(NotFoundException.class, 404),
            Map.entry(NotAllowedException.class, 405), Map.entry(NotAcceptableException.class, 406),
            Map.entry(NotSupportedException.class, 415), Map.entry(InternalServerErrorException.class, 500),
            Map.entry(ServiceUnavailableException.class, 503));

    private final DocumentSettings settings;

    /**
     * Creates the rules for one application.
     *
     * @param settings the application's settings
     */
    public OperationProblems(DocumentSettings settings) {
        this.settings = settings;
    }

    /**
     * Lists the problems of a resource method.
     *
     * @param method   the resource method
     * @param produces whether the method or its class declares {@code @Produces}
     * @return the causes, in the order of the rules above
     */
    public List<Cause> causes(Method method, boolean produces) {
        List<Cause> causes = new ArrayList<>();
        causes.add(generic(500, "serverError", "An unexpected failure of the server.", null));
        if (MethodInputs.readsBody(method)) {
            causes.add(generic(400, "malformedBody", "The request body cannot be read (malformed JSON).",
                    error("malformed JSON", "pointer", "#", null)));
            causes.add(generic(415, "unsupportedMediaType", "The request body has a media type the operation"
                    + " does not consume.", null));
        }
        if (produces) {
            causes.add(generic(406, "notAcceptable", "No media type the operation produces is acceptable.",
                    null));
        }
        // One cause per status: path, query and matrix parameters give the conversion status, headers and
        // cookies 400; the first parameter of each status stands for the others in the example.
        Map<Integer, MethodInputs.Converted> conversions = new LinkedHashMap<>();
        for (MethodInputs.Converted param : MethodInputs.converted(method)) {
            conversions.putIfAbsent(param.notFound() ? settings.paramConversionStatus() : 400, param);
        }
        conversions.forEach((status, param) -> {
            Cause cause = generic(status, "parameterConversion", "A parameter cannot be converted to its type.",
                    error("invalid value", "in", param.in(), param.name()));
            cause.example().put("detail", "The " + param.in() + " parameter '" + param.name()
                    + "' has a value that cannot be used.");
            causes.add(cause);
        });
        List<ValidatedInputs.Validated> validated = ValidatedInputs.validated(method);
        if (!validated.isEmpty() && settings.validationStatus() != 0) {
            ValidatedInputs.Validated first = validated.get(0);
            Map<String, Object> entry = first.in().equals("body")
                    ? error("violates @" + first.constraint(), "pointer", first.name() == null ? "#"
                    : "#/" + first.name(), null)
                    : error("violates @" + first.constraint(), "in", first.in(), first.name());
            causes.add(generic(settings.validationStatus(), "validation", "An input violates a Bean Validation"
                    + " constraint.", entry));
        }
        for (Class<?> thrown : method.getExceptionTypes()) {
            Optional<ProblemType> type = settings.catalog().find(thrown);
            if (type.isPresent()) {
                causes.add(mapped(type.get()));
            } else if (RemoteProblemException.class.isAssignableFrom(thrown) && settings.downstreamGateway()) {
                // A problem another service answered (ProblemClients): the feature answers it with a 502.
                causes.add(generic(502, "downstreamProblem", "A service this operation calls answered with a"
                        + " problem, which is not passed on (DownstreamProblems).", null));
            } else {
                standardStatus(thrown).ifPresent(status -> causes.add(generic(status, thrown.getSimpleName(),
                        "Thrown as " + thrown.getName() + ".", null)));
            }
        }
        return causes;
    }

    /** The status of a Jakarta REST exception class or of its nearest standard superclass ({@code NotFound}'s own). */
    private static Optional<Integer> standardStatus(Class<?> thrown) {
        for (Class<?> type = thrown; type != null && type != Object.class; type = type.getSuperclass()) {
            Integer status = STANDARD.get(type);
            if (status != null) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }

    private Cause generic(int status, String name, String summary, Map<String, Object> errorEntry) {
        Problem problem = settings.factory().create(status);
        Map<String, Object> example = body(problem.type() == null ? "about:blank" : problem.type().toString(),
                problem.title(), status, problem.detail());
        if (errorEntry != null) {
            example.put("errors", List.of(errorEntry));
        }
        return new Cause(status, name, summary, Schemas.PROBLEM, example);
    }

    private Cause mapped(ProblemType type) {
        ProblemFactory factory = settings.factory();
        String title = type.titles().containsKey(Locale.ROOT) ? literal(type.titles().get(Locale.ROOT))
                : factory.texts(type.status()).title();
        String detail = type.details().containsKey(Locale.ROOT) ? literal(type.details().get(Locale.ROOT))
                : factory.texts(type.status()).detail();
        Map<String, Object> example = body(type.type() == null ? "about:blank" : type.type().toString(), title,
                type.status(), detail);
        return new Cause(type.status(), type.exception().getSimpleName(), "Thrown as "
                + JavaTypes.name(type.exception()) + ".", Schemas.name(settings.catalog(), type), example);
    }

    private static Map<String, Object> body(String type, String title, int status, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("title", title);
        body.put("status", status);
        if (detail != null) {
            body.put("detail", detail);
        }
        return body;
    }

    private static Map<String, Object> error(String detail, String key, String value, String name) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("detail", detail);
        entry.put(key, value);
        if (name != null) {
            entry.put("name", name);
        }
        return entry;
    }

    /** A template's text with its doubled braces undone; placeholders stay as they are. */
    private static String literal(String template) {
        return template.replace("{{", "{").replace("}}", "}");
    }
}
