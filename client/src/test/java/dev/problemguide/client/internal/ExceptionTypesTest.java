package dev.problemguide.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.problemguide.Problem;
import dev.problemguide.ProblemMapping;
import dev.problemguide.RemoteProblemException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How a remote problem becomes the mapped exception, or stays remote. */
class ExceptionTypesTest {

    /** Built by a factory that fails. */
    @ProblemMapping(status = 409, type = "https://example.org/problems/broken")
    public static class Broken extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public static Broken from(Problem problem) {
            throw new IllegalStateException("cannot read " + problem.type());
        }
    }

    /** Mapped by a short name. */
    @ProblemMapping(status = 410, type = "gone")
    public static class Gone extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Gone(Problem problem) {
            super(problem.detail());
        }
    }

    private static RemoteProblemException remote(String type, String requestUri) {
        return new RemoteProblemException(Problem.builder().status(409).type(URI.create(type)).build(), 409, Map.of(),
                "GET", URI.create(requestUri));
    }

    @Test
    void shouldStayRemoteWhenTheFactoryFails() {
        ExceptionTypes types = new ExceptionTypes(List.of(ExceptionFactory.of(Broken.class, null)), null);
        RemoteProblemException remote = remote("https://example.org/problems/broken", "http://a.example/x");

        RuntimeException delivered = types.deliver(remote);

        assertThat(delivered).isSameAs(remote);
        assertThat(remote.getSuppressed()).singleElement().isInstanceOf(IllegalStateException.class);
    }

    @Test
    void shouldStayRemoteWhenTheFactoryGivesNothing() {
        ExceptionTypes types = new ExceptionTypes(List.of(ExceptionFactory.of(Gone.class, problem -> null, null)), null);
        RemoteProblemException remote = remote("http://a.example/gone", "http://a.example/x");

        assertThat(types.deliver(remote)).isSameAs(remote);
        assertThat(remote.getSuppressed()).singleElement().isInstanceOf(IllegalStateException.class);
    }

    @Test
    void shouldKeepTheRemoteProblemWithTheMappedException() {
        ExceptionTypes types = new ExceptionTypes(List.of(ExceptionFactory.of(Gone.class, null)), null);
        RemoteProblemException remote = remote("http://a.example/gone", "http://a.example/x");

        RuntimeException delivered = types.deliver(remote);

        assertThat(delivered).isInstanceOf(Gone.class);
        assertThat(delivered.getSuppressed()).containsExactly(remote);
    }

    @Test
    void shouldResolveShortNamesAgainstTheRequestOrTheTypeBase() {
        ExceptionFactory gone = ExceptionFactory.of(Gone.class, null);
        ExceptionTypes byRequest = new ExceptionTypes(List.of(gone), null);
        ExceptionTypes byBase = new ExceptionTypes(List.of(gone), URI.create("https://example.org/problems/"));

        assertThat(byRequest.deliver(remote("http://a.example/orders/gone", "http://a.example/orders/7?k=1")))
                .isInstanceOf(Gone.class);
        assertThat(byRequest.deliver(remote("http://b.example/orders/gone", "http://a.example/orders/7")))
                .isInstanceOf(RemoteProblemException.class);
        assertThat(byBase.deliver(remote("https://example.org/problems/gone", "http://a.example/orders/7")))
                .isInstanceOf(Gone.class);
        assertThat(byBase.deliver(remote("http://a.example/orders/gone", "http://a.example/orders/7")))
                .isInstanceOf(RemoteProblemException.class);
        assertThat(ExceptionTypes.NONE.deliver(remote("gone", "http://a.example/"))).isInstanceOf(RemoteProblemException.class);
    }
}
