package dev.problemguide.jersey.internal;

import dev.problemguide.Problem;
import dev.problemguide.ProblemFactory;
import dev.problemguide.ProblemMessages;
import dev.problemguide.jersey.InstanceStrategy;
import dev.problemguide.jersey.ProblemPostProcessor;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * The resolved configuration of one {@code ProblemFeature}: builder options over Jersey properties over
 * defaults.
 *
 * @param factory              where titles and details come from
 * @param messages             the application's messages files, or {@code null} when it has none
 * @param typeBaseUri          the base that short type names resolve against, or {@code null}
 * @param instance             what {@code instance} holds
 * @param clientErrorMessages  whether a 4xx WebApplicationException's own message becomes the detail
 * @param serverErrorLevel     the log level of 5xx problems
 * @param clientErrorLevel     the log level of 4xx problems
 * @param validationStatus     the status of Bean Validation failures: 422 or 400
 * @param paramConversionStatus the status where Jakarta REST demands 404 for a bad parameter: 404 or 400
 * @param mappings             exception classes mapped by the builder, to problem templates with a status
 * @param postProcessors       the post-processing chain
 */
public record ProblemOptions(ProblemFactory factory, ProblemMessages messages, URI typeBaseUri, InstanceStrategy instance,
                             boolean clientErrorMessages, Level serverErrorLevel, Level clientErrorLevel,
                             int validationStatus, int paramConversionStatus,
                             Map<Class<? extends Throwable>, Problem> mappings,
                             List<ProblemPostProcessor> postProcessors) {

    /** Copies the collections. */
    public ProblemOptions {
        mappings = Map.copyOf(mappings);
        postProcessors = List.copyOf(postProcessors);
    }

    /**
     * Resolves a problem type as written in a mapping: an absolute URI as is, a short name against the
     * base URI when one is configured, else as a relative URI reference.
     *
     * @param type the type text; empty for none
     * @return the type URI, or {@code null} for {@code about:blank}
     * @throws IllegalArgumentException if the text is not a URI reference
     */
    public URI resolveType(String type) {
        if (type == null || type.isEmpty()) {
            return null;
        }
        URI uri = URI.create(type);
        if (uri.isAbsolute() || typeBaseUri == null) {
            return uri;
        }
        return typeBaseUri.resolve(uri);
    }

    /**
     * Resolves a template's type like {@link #resolveType(String)}.
     *
     * @param type the template's type
     * @return the resolved type
     */
    public URI resolveType(URI type) {
        if (type == null || type.isAbsolute() || typeBaseUri == null) {
            return type;
        }
        return typeBaseUri.resolve(type);
    }
}
