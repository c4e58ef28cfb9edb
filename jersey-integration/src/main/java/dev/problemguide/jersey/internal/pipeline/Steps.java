package dev.problemguide.jersey.internal.pipeline;

import dev.problemguide.Problem;
import dev.problemguide.ProblemFactory;
import dev.problemguide.StatusTexts;
import dev.problemguide.jersey.InstanceStrategy;
import dev.problemguide.jersey.ProblemPostProcessor;
import dev.problemguide.jersey.internal.request.RequestPaths;
import dev.problemguide.jersey.internal.request.TraceIds;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * The chain of steps, in its documented order: the status texts, the trace id, the instance, then the
 * application's post-processors in the order they were added.
 */
public final class Steps {

    private static final System.Logger LOG = System.getLogger("dev.problemguide.jersey.ProblemFeature");

    private Steps() {
    }

    /**
     * Builds the chain of one feature.
     *
     * @param factory        where status texts come from
     * @param instance       what {@code instance} holds
     * @param postProcessors the application's steps
     * @return the steps in order
     */
    public static List<Step> chain(ProblemFactory factory, InstanceStrategy instance,
                                   List<ProblemPostProcessor> postProcessors) {
        List<Step> chain = new ArrayList<>();
        chain.add(texts(factory));
        chain.add(traceId(instance == InstanceStrategy.TRACE_ID));
        chain.add(instance(instance));
        postProcessors.forEach(processor -> chain.add(postProcessor(processor)));
        return List.copyOf(chain);
    }

    /** The title and detail the problem lacks, from the status texts in the negotiated language. */
    static Step texts(ProblemFactory factory) {
        return (draft, context) -> {
            Problem problem = draft.problem();
            if (problem.title() != null && problem.detail() != null) {
                return draft;
            }
            StatusTexts texts = factory.texts(context.status(), context.languageOrNull());
            Problem.Builder builder = problem.toBuilder();
            if (problem.title() == null) {
                builder.title(texts.title());
            }
            if (problem.detail() == null) {
                builder.detail(texts.detail());
            }
            return draft.with(builder.build(), texts.language());
        };
    }

    /** A {@code traceId} member on every 5xx, and on every problem when the instance is the trace id. */
    static Step traceId(boolean always) {
        return (draft, context) -> always || context.status() >= 500
                ? draft.with(draft.problem().withExtension("traceId", context.traceId()), null)
                : draft;
    }

    /** The {@code instance} member, unless the problem has one. */
    static Step instance(InstanceStrategy strategy) {
        return (draft, context) -> {
            if (draft.problem().instance() != null || strategy == InstanceStrategy.NONE) {
                return draft;
            }
            URI instance = strategy == InstanceStrategy.TRACE_ID ? uuidUrn(context.traceId())
                    : RequestPaths.instance(context.path());
            return instance == null ? draft : draft.with(draft.problem().withInstance(instance), null);
        };
    }

    /** An application's post-processor; one that throws or returns nothing is logged and skipped. */
    static Step postProcessor(ProblemPostProcessor processor) {
        return (draft, context) -> {
            try {
                Problem next = processor.process(draft.problem(), context);
                return next == null ? draft : draft.with(next, null);
            } catch (RuntimeException | Error e) {
                ProblemPipeline.rethrowIfFatal(e);
                LOG.log(Level.ERROR, "Problem post-processor " + processor.getClass().getName() + " failed; traceId="
                        + context.traceId(), LogText.loggable(e));
                return draft;
            }
        };
    }

    private static URI uuidUrn(String traceId) {
        String urn = TraceIds.toUuidUrn(traceId);
        return urn == null ? null : URI.create(urn);
    }

}
