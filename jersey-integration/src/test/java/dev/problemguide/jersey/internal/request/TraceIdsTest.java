package dev.problemguide.jersey.internal.request;

import static org.assertj.core.api.Assertions.assertThat;

import dev.problemguide.Problem;
import dev.problemguide.RemoteProblemException;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TraceIdsTest {

    private static final String TRACERESPONSE = "00-1af7651916cd43dd8448eb211c80319d-c7ad6b7169203331-00";
    private static final String TRACEPARENT = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";

    private static RequestView request(Map<String, String> headers) {
        return RequestViews.get(headers);
    }

    @Test
    void shouldTakeTheTraceIdOfAValidTraceparent() {
        String id = TraceIds.of(request(Map.of("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
                "X-Request-Id", "other")));

        assertThat(id).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(TraceIds.toUuidUrn(id)).isEqualTo("urn:uuid:4bf92f35-77b3-4da6-a3ce-929d0e0e4736");
    }

    @ParameterizedTest
    @ValueSource(strings = {"00-00000000000000000000000000000000-00f067aa0ba902b7-01",
        "ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
        "00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01",
        "00-4bf92f3577b34da6a3ce929d0e0e473-00f067aa0ba902b7-01", "garbage", ""})
    void shouldIgnoreAnInvalidTraceparent(String value) {
        assertThat(TraceIds.of(request(Map.of("traceparent", value, "X-Request-Id", "fallback-1"))))
                .isEqualTo("fallback-1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a b", "x\r\ny", "<script>", "é", ""})
    void shouldGenerateAUuidWhenTheRequestIdIsUnsafe(String value) {
        String id = TraceIds.of(request(Map.of("X-Request-Id", value)));

        assertThat(id).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(TraceIds.toUuidUrn(id)).isEqualTo("urn:uuid:" + id);
    }

    @Test
    void shouldRejectOverlongRequestIds() {
        assertThat(TraceIds.of(request(Map.of("X-Request-Id", "a".repeat(129))))).hasSize(36);
        assertThat(TraceIds.of(request(Map.of("X-Request-Id", "a".repeat(128))))).hasSize(128);
        assertThat(TraceIds.toUuidUrn("req-1")).isNull();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        // W3C Trace Context level 1: version 00 is exactly 55 characters.
        "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01 | 0af7651916cd43dd8448eb211c80319c",
        "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01-FORGED\"</script> | ",
        "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01-ab | ",
        "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-0 | ",
        // A later version may add fields after a dash, and nothing else.
        "01-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01-ab | 0af7651916cd43dd8448eb211c80319c",
        "01-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01x | ",
        "ff-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01 | ",
        // All-zero ids, upper case, a header sent twice (joined by a comma).
        "00-00000000000000000000000000000000-b7ad6b7169203331-01 | ",
        "00-0af7651916cd43dd8448eb211c80319c-0000000000000000-01 | ",
        "00-0AF7651916CD43DD8448EB211C80319C-b7ad6b7169203331-01 | ",
        "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01,00-1af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01 | "
    })
    void shouldAcceptExactlyTheTraceparentsOfTraceContextLevel1(String header, String traceId) {
        assertThat(TraceIds.fromTraceparent(header)).isEqualTo(traceId);
    }

    @Test
    void shouldIgnoreEveryClientChosenIdWhenNotTrusted() {
        RequestView request = request(Map.of("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01",
                "X-Request-Id", "chosen-by-client"));

        String id = TraceIds.of(request, false);

        assertThat(id).isNotEqualTo("0af7651916cd43dd8448eb211c80319c").isNotEqualTo("chosen-by-client");
        assertThat(UUID.fromString(id)).isNotNull();
        assertThat(TraceIds.of(request, true)).isEqualTo("0af7651916cd43dd8448eb211c80319c");
    }

    @Test
    void shouldMakeAnIdWhenTheRequestsHeadersCannotBeRead() {
        RequestView broken = RequestViews.of("GET", "/", name -> {
            throw new IllegalStateException("request scope ended");
        });

        assertThat(UUID.fromString(TraceIds.of(broken))).isNotNull();
    }

    private static RemoteProblemException downstream(String member, String... headers) {
        Problem.Builder problem = Problem.builder().status(503);
        if (member != null) {
            problem.extension("traceId", member);
        }
        Map<String, List<String>> answered = new HashMap<>();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            answered.put(headers[i], List.of(headers[i + 1]));
        }
        return new RemoteProblemException(problem.build(), 503, answered, "GET", URI.create("http://orders/7"));
    }

    @Test
    void shouldTakeTheDownstreamsMemberThenTraceresponseThenTraceparentThenRequestId() {
        String[] all = {"traceresponse", TRACERESPONSE, "traceparent", TRACEPARENT, "X-Request-Id", "req-9"};
        assertThat(TraceIds.ofDownstream(downstream("orders:trace-1.a_b", all))).isEqualTo("orders:trace-1.a_b");
        assertThat(TraceIds.ofDownstream(downstream(null, all))).isEqualTo("1af7651916cd43dd8448eb211c80319d");
        assertThat(TraceIds.ofDownstream(downstream(null, "TraceResponse", " " + TRACERESPONSE + " ")))
                .isEqualTo("1af7651916cd43dd8448eb211c80319d");
        assertThat(TraceIds.ofDownstream(downstream(null, "traceresponse", "00-broken", "traceparent", TRACEPARENT,
                "X-Request-Id", "req-9"))).isEqualTo("0af7651916cd43dd8448eb211c80319c");
        assertThat(TraceIds.ofDownstream(downstream(null, "traceparent", "junk", "X-Request-Id", "req-9")))
                .isEqualTo("req-9");
        assertThat(TraceIds.ofDownstream(downstream(null))).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"t-1\u202e", "t-1\u00a0downstreamStatus=200", "t 1", "t-1\r\nSEVERE:", "t\u200b1", "",
        "caf\u00e9", "t/1"})
    void shouldPassOverADownstreamTraceIdThatIsNoSafeId(String unsafe) {
        assertThat(TraceIds.ofDownstream(downstream(unsafe, "traceparent", TRACEPARENT)))
                .isEqualTo("0af7651916cd43dd8448eb211c80319c");
        assertThat(TraceIds.ofDownstream(downstream(unsafe, "X-Request-Id", unsafe))).isNull();
    }

    @Test
    void shouldTakeADownstreamTraceIdOfAtMost128Characters() {
        assertThat(TraceIds.ofDownstream(downstream("x".repeat(129), "X-Request-Id", "y".repeat(129)))).isNull();
        assertThat(TraceIds.ofDownstream(downstream("x".repeat(128)))).isEqualTo("x".repeat(128));
    }
}
