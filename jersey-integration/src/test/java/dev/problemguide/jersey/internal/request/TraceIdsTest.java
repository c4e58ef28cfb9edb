package dev.problemguide.jersey.internal.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TraceIdsTest {

    private static RequestView request(Map<String, String> headers) {
        return new RequestView() {
            @Override
            public String method() {
                return "GET";
            }

            @Override
            public String rawPath() {
                return "/";
            }

            @Override
            public String header(String name) {
                return headers.get(name);
            }
        };
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

    @Test
    void shouldMakeAnIdWhenTheRequestsHeadersCannotBeRead() {
        RequestView broken = new RequestView() {
            @Override
            public String method() {
                return "GET";
            }

            @Override
            public String rawPath() {
                return "/";
            }

            @Override
            public String header(String name) {
                throw new IllegalStateException("request scope ended");
            }
        };

        assertThat(UUID.fromString(TraceIds.of(broken))).isNotNull();
    }
}
