package dev.problemguide.jersey.internal.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.problemguide.jersey.DownstreamProblems;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class DownstreamProblemResolverTest {

    private static final DownstreamProblemResolver STATUS = new DownstreamProblemResolver(DownstreamProblems.STATUS);

    @ParameterizedTest
    @ValueSource(ints = {400, 402, 403, 404, 406, 409, 410, 412, 415, 422, 423, 424, 428, 429, 451, 500, 501, 502,
        503, 504, 507})
    void shouldPassOnAListedStatusThatMeansTheSameToTheCaller(int status) {
        assertThat(STATUS.status(status)).isEqualTo(status);
    }

    @ParameterizedTest
    @ValueSource(ints = {401, 405, 407, 408, 413, 418, 426, 499, 511, 599, 420, 430, 509, 550, 100, 200, 204, 302,
        304, 399})
    void shouldAnswer502ForAStatusThatIsWrongForTheCaller(int status) {
        assertThat(STATUS.status(status)).isEqualTo(502);
    }

    @ParameterizedTest
    @EnumSource(value = DownstreamProblems.class, names = {"BAD_GATEWAY", "FORWARD"})
    void shouldAnswer502ForEveryStatusUnlessToldToPassItsStatusOn(DownstreamProblems choice) {
        DownstreamProblemResolver resolver = new DownstreamProblemResolver(choice);

        assertThat(IntStream.rangeClosed(100, 599).map(resolver::status)).containsOnly(502);
        assertThat(resolver.forwards()).isEqualTo(choice == DownstreamProblems.FORWARD);
        assertThat(STATUS.forwards()).isFalse();
    }
}
