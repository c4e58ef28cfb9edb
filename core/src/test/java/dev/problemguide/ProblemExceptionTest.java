package dev.problemguide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

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
}
