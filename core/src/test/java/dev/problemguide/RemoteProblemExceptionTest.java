package dev.problemguide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The exception a call fails with when another service answers with a problem. */
class RemoteProblemExceptionTest {

    private static final Problem NOT_FOUND = Problem.builder().status(404).title("Not Found")
            .detail("Order 8 does not exist").build();

    private static RemoteProblemException remote(Problem problem, String uri) {
        return new RemoteProblemException(problem, 404, Map.of("Retry-After", List.of("30")), "GET", URI.create(uri));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            http://api.example/orders/8                       | http://api.example/orders/8
            http://api.example/orders/8?token=s3cret          | http://api.example/orders/8
            http://api.example/orders/8#part                  | http://api.example/orders/8
            http://user:pa55@api.example:8443/orders?x=1#y    | http://api.example:8443/orders
            http://[::1]:8080/o%20rders/8?q=a%20b             | http://[::1]:8080/o%20rders/8
            /orders/8?page=2                                  | /orders/8
            urn:example:order?token=1                         | urn:example:order
            http://api.example/orders;token=s3cret/8;v=2      | http://api.example/orders/8
            """)
    void shouldKeepTheRequestUriWithoutQueryFragmentOrUserInformation(String given, String kept) {
        assertThat(remote(NOT_FOUND, given).requestUri()).isEqualTo(URI.create(kept));
    }

    @Test
    void shouldCarryTheResponseAndTheRequest() {
        RemoteProblemException e = remote(NOT_FOUND, "http://api.example/orders/8");

        assertThat(e).isInstanceOf(ProblemException.class);
        assertThat(e.problem()).isSameAs(NOT_FOUND);
        assertThat(e.responseStatus()).isEqualTo(404);
        assertThat(e.responseHeader("retry-after")).isEqualTo("30");
        assertThat(e.responseHeader("Location")).isNull();
        assertThat(e.responseHeaders()).containsEntry("RETRY-AFTER", List.of("30"));
        assertThat(e.requestMethod()).isEqualTo("GET");
        assertThat(e.headers()).as("headers to answer with").isEmpty();
        assertThat(e.getStackTrace()).as("where the call was made").isNotEmpty();
        assertThatThrownBy(() -> e.responseHeaders().put("X", List.of())).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void shouldDescribeTheCallInItsMessageWithoutTheOtherServicesControlCharacters() {
        Problem problem = Problem.builder().status(404)
                .detail("line one\r\nFAKE\u2028LOG\u202eLINE\u0000" + "x".repeat(300)).build();

        String message = remote(problem, "http://api.example/orders/8?token=s3cret").getMessage();

        assertThat(message).startsWith("GET http://api.example/orders/8 answered 404: line one  FAKE LOG LINE x")
                .doesNotContain("\r", "\n", "\u0000", "\u2028", "\u202e", "s3cret").endsWith("x…");
        assertThat(message.length()).isLessThan(260);
        assertThat(remote(Problem.builder().build(), "http://a.example/").getMessage())
                .isEqualTo("GET http://a.example/ answered 404");
    }

    @Test
    void shouldNotKeepTheOtherServicesCookies() {
        RemoteProblemException e = new RemoteProblemException(NOT_FOUND, 401,
                Map.of("Set-Cookie", List.of("session=abc"), "set-cookie2", List.of("x=1"), "Vary", List.of("Accept")),
                "GET", URI.create("http://api.example/"));

        assertThat(e.responseHeaders()).containsOnlyKeys("Vary");
    }

    @Test
    void shouldCopyItselfWithAHeaderToAnswerWith() {
        RemoteProblemException e = remote(NOT_FOUND, "http://api.example/orders/8");

        RemoteProblemException copy = e.withHeader("Retry-After", "60");

        assertThat(copy.headers()).containsEntry("Retry-After", List.of("60"));
        assertThat(copy.responseHeaders()).isEqualTo(e.responseHeaders());
        assertThat(copy.problem()).isSameAs(e.problem());
        assertThat(copy.requestUri()).isEqualTo(e.requestUri());
        assertThat(e.headers()).isEmpty();
    }

    @Test
    void shouldRefuseStatusesOutsideHttp() {
        assertThatThrownBy(() -> new RemoteProblemException(NOT_FOUND, 600, Map.of(), "GET", URI.create("/")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RemoteProblemException(NOT_FOUND, 404, Map.of(), null, URI.create("/")))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void shouldSurviveSerialization() throws Exception {
        RemoteProblemException e = remote(NOT_FOUND, "http://api.example/orders/8");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(e);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            RemoteProblemException read = (RemoteProblemException) in.readObject();
            assertThat(read.problem()).isEqualTo(NOT_FOUND);
            assertThat(read.responseHeader("RETRY-AFTER")).isEqualTo("30");
            assertThat(read.getMessage()).isEqualTo(e.getMessage());
        }
    }
}
