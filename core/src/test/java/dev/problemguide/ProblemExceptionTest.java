package dev.problemguide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ProblemExceptionTest {

    @Test
    void shouldNotFillAStackTraceByDefault() {
        ProblemException exception = new ProblemException(Problem.builder().status(404).build());

        assertThat(exception.getStackTrace()).isEmpty();
        assertThat(ProblemException.of(409, "taken").getStackTrace()).isEmpty();
        assertThat(new ProblemException(Problem.builder().build(), new IllegalStateException()).getStackTrace())
                .isEmpty();
    }

    @Test
    void shouldFillAStackTraceWhenAskedTo() {
        ProblemException exception = new ProblemException(Problem.builder().status(500).build(), null, true);

        assertThat(exception.getStackTrace()).isNotEmpty();
    }

    @Test
    void shouldCarryItsProblemAndCause() {
        IllegalStateException cause = new IllegalStateException("root");
        Problem problem = Problem.builder().status(409).detail("Order 42 was already shipped.").build();
        ProblemException exception = new ProblemException(problem, cause);

        assertThat(exception.problem()).isSameAs(problem);
        assertThat(exception.getCause()).isSameAs(cause);
        assertThat(exception.getMessage()).isEqualTo("409: Order 42 was already shipped.");
    }

    @Test
    void shouldBuildAProblemFromStatusAndDetail() {
        ProblemException exception = ProblemException.of(404, "Order 42 does not exist");

        assertThat(exception.problem()).isEqualTo(
                Problem.builder().status(404).detail("Order 42 does not exist").build());
        assertThat(exception.problem().title()).isNull();
        assertThat(ProblemException.of(503, null).getMessage()).isEqualTo("status 503");
    }

    @Test
    void shouldRejectMissingProblemsAndBadStatuses() {
        assertThatThrownBy(() -> new ProblemException(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("problem");
        assertThatThrownBy(() -> ProblemException.of(700, "x")).isInstanceOf(IllegalArgumentException.class);
    }

    /** A subclass that keeps its type when headers are added. */
    static final class RateLimited extends ProblemException {
        private static final long serialVersionUID = 1L;

        RateLimited() {
            this(Map.of());
        }

        private RateLimited(Map<String, List<String>> headers) {
            super(Problem.builder().status(429).build(), null, false, headers);
        }

        @Override
        public RateLimited withHeader(String name, String value) {
            return new RateLimited(headersWith(name, value));
        }
    }

    @Test
    void shouldCarryHeadersInACopyWithTheSameProblemCauseAndStackTraceSetting() {
        IllegalStateException cause = new IllegalStateException("root");
        ProblemException original = new ProblemException(Problem.builder().status(503).build(), cause, true);

        ProblemException withHeaders = original.withHeader("Retry-After", "30").withHeader("link", "<a>")
                .withHeader("Link", "<b>");

        assertThat(original.headers()).isEmpty();
        assertThat(withHeaders).isNotSameAs(original);
        assertThat(withHeaders.problem()).isSameAs(original.problem());
        assertThat(withHeaders.getCause()).isSameAs(cause);
        assertThat(withHeaders.getStackTrace()).isNotEmpty();
        assertThat(withHeaders.headers()).containsOnlyKeys("Retry-After", "link");
        assertThat(withHeaders.headers().get("LINK")).containsExactly("<a>", "<b>");
        assertThat(ProblemException.of(429, null).withHeader("Retry-After", "30").getStackTrace()).isEmpty();
        assertThatThrownBy(() -> withHeaders.headers().put("X", List.of()))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void shouldLetASubclassKeepItsTypeWithHeaders() {
        RateLimited limited = new RateLimited().withHeader("Retry-After", "5");

        assertThat(limited.headers()).containsEntry("Retry-After", List.of("5"));
        assertThat(limited.problem().status()).isEqualTo(429);
    }

    static Stream<Arguments> forbiddenHeaders() {
        return Stream.of(Arguments.of("Content-Type", "text/html"), Arguments.of("content-length", "12"),
                Arguments.of("Bad Name", "x"), Arguments.of("", "x"),
                Arguments.of("X-Ok", "line\r\nSet-Cookie: a=b"), Arguments.of("X-Ok", "nul\u0000"));
    }

    @ParameterizedTest
    @MethodSource("forbiddenHeaders")
    void shouldRejectHeadersTheResponseCannotCarry(String name, String value) {
        assertThatThrownBy(() -> ProblemException.of(429, null).withHeader(name, value))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldStaySerializableWithHeaders() throws Exception {
        ProblemException exception = ProblemException.of(429, "slow down").withHeader("Retry-After", "30");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(exception);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            ProblemException copy = (ProblemException) in.readObject();
            assertThat(copy.problem()).isEqualTo(exception.problem());
            assertThat(copy.headers().get("retry-after")).containsExactly("30");
        }
    }

    /** A subclass that does not say how to copy itself. */
    static final class Unsaid extends ProblemException {
        private static final long serialVersionUID = 1L;

        Unsaid() {
            super(Problem.builder().status(409).build());
        }
    }

    @Test
    void shouldRefuseToTurnASubclassIntoAPlainProblemExceptionWithHeaders() {
        assertThatThrownBy(() -> new Unsaid().withHeader("Retry-After", "1"))
                .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("must override withHeader");
    }
}
