package dev.problemguide.jersey.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.problemguide.Problem;
import dev.problemguide.ProblemFactory;
import dev.problemguide.jersey.InstanceStrategy;
import dev.problemguide.jersey.internal.config.FeatureConfig;
import dev.problemguide.jersey.internal.config.FeatureOptions;
import dev.problemguide.jersey.internal.request.RequestView;
import dev.problemguide.jersey.internal.request.RequestViews;
import dev.problemguide.json.testsupport.LogCapture;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProblemPipelineTest {

    private static final RequestView REQUEST = RequestViews.of("GET", "/orders/7",
            name -> "traceparent".equals(name) ? "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01" : null);

    private static FeatureConfig config() {
        return new FeatureConfig(ProblemFactory.standard(), null, Map.of(FeatureOptions.INSTANCE,
                InstanceStrategy.REQUEST_PATH, FeatureOptions.LOG_SERVER_ERRORS, Level.ERROR,
                FeatureOptions.LOG_CLIENT_ERRORS, Level.WARNING), Map.of(), Set.of(), List.of());
    }

    @Test
    void shouldRunTheBuiltInStepsInTheirDocumentedOrder() {
        ProblemPipeline pipeline = new ProblemPipeline(config(), Steps.chain(ProblemFactory.standard(),
                InstanceStrategy.REQUEST_PATH, List.of((problem, context) -> problem.withExtension("seen",
                        problem.title() + "|" + problem.extensions().get("traceId") + "|" + problem.instance()))));

        Problem problem = pipeline.complete(Draft.EMPTY, pipeline.context(503, null, REQUEST)).problem();

        assertThat(problem.extensions().get("seen"))
                .isEqualTo("Service Unavailable|0af7651916cd43dd8448eb211c80319c|/orders/7");
        assertThat(problem.status()).isEqualTo(503);
    }

    @ParameterizedTest
    @ValueSource(ints = {404, 500, 503})
    void shouldAnswerTheGuidesProblemForTheSameStatusWhenAStepFails(int status) {
        Step failing = (draft, context) -> {
            throw new IllegalStateException("a step's bug");
        };
        ProblemPipeline pipeline = new ProblemPipeline(config(), List.of(failing));

        try (LogCapture log = LogCapture.of("dev.problemguide.jersey.ProblemFeature")) {
            ErrorContext context = pipeline.context(status, new IllegalArgumentException("original"), REQUEST);
            Problem problem = pipeline.complete(Draft.EMPTY, context).problem();

            Problem guide = ProblemFactory.standard().create(status);
            assertThat(problem.status()).isEqualTo(status);
            assertThat(problem.title()).isEqualTo(guide.title());
            assertThat(problem.detail()).isEqualTo(guide.detail());
            LogRecord failure = log.records().stream()
                    .filter(r -> r.getMessage().startsWith("Problem Guide failed to build")).findFirst().orElseThrow();
            assertThat(failure.getThrown()).hasMessage("a step's bug");
            assertThat(failure.getMessage()).contains("traceId=" + context.traceId());
            if (status >= 500) {
                // The body's trace id is the one the log line names, for both lines.
                assertThat(problem.extensions()).containsEntry("traceId", context.traceId());
                assertThat(log.records()).filteredOn(r -> r.getMessage().startsWith(status + " GET /orders/7"))
                        .singleElement().satisfies(r -> assertThat(r.getMessage())
                                .contains("traceId=" + context.traceId()));
            } else {
                assertThat(problem.extensions()).doesNotContainKey("traceId");
            }
        }
    }
}
