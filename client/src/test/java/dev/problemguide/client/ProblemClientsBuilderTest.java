package dev.problemguide.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.problemguide.Problem;
import dev.problemguide.ProblemMapping;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** What {@code ProblemClients.builder().map(…)} refuses, each with a message that says what to do. */
class ProblemClientsBuilderTest {

    /** No type anywhere. */
    public static class Untyped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Untyped(Problem problem) {
            super(problem.title());
        }
    }

    /** A type, but no way to be built from a problem. */
    @ProblemMapping(status = 409, type = "https://example.org/problems/no-factory")
    public static class NoFactory extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public NoFactory(String message) {
            super(message);
        }
    }

    /** Abstract. */
    @ProblemMapping(status = 409, type = "https://example.org/problems/abstract")
    public abstract static class Abstract extends RuntimeException {
        private static final long serialVersionUID = 1L;

        protected Abstract(Problem problem) {
            super(problem.title());
        }
    }

    /** Not public: the client cannot call its constructor. */
    @ProblemMapping(status = 409, type = "https://example.org/problems/hidden")
    static class Hidden extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Hidden(Problem problem) {
            super(problem.title());
        }
    }

    /** The same type as {@link OrderNotFound}. */
    @ProblemMapping(status = 404, type = "https://example.org/problems/order-not-found")
    public static class SameType extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public SameType(Problem problem) {
            super(problem.title());
        }
    }

    /** Inherits its type from {@link OrderNotFound}'s annotation and is built by its constructor. */
    public static class Inheriting extends OrderNotFound {
        private static final long serialVersionUID = 1L;

        public Inheriting(Problem problem) {
            super(0);
        }
    }

    @Test
    void shouldRefuseAClassWithoutAType() {
        assertThatThrownBy(() -> ProblemClients.builder().map(Untyped.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(Untyped.class.getName() + " has no problem type")
                .hasMessageContaining("@ProblemMapping(type")
                .hasMessageContaining("exception." + Untyped.class.getName() + ".type in problem-messages.properties");
    }

    @Test
    void shouldRefuseClassesThatCannotBeBuiltFromAProblem() {
        assertThatThrownBy(() -> ProblemClients.builder().map(NoFactory.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot be built from a problem")
                .hasMessageContaining("public constructor taking a dev.problemguide.Problem")
                .hasMessageContaining("public static NoFactory from(Problem)");
        assertThatThrownBy(() -> ProblemClients.builder().map(Hidden.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot be built from a problem");
        assertThatThrownBy(() -> ProblemClients.builder().map(Abstract.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is abstract");
    }

    @Test
    void shouldRefuseTwoClassesForOneType() {
        ProblemClients.Builder builder = ProblemClients.builder().map(OrderNotFound.class).map(OrderNotFound.class);

        assertThatThrownBy(() -> builder.map(SameType.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("https://example.org/problems/order-not-found")
                .hasMessageContaining(OrderNotFound.class.getName());
        assertThatThrownBy(() -> builder.map(Inheriting.class)).isInstanceOf(IllegalArgumentException.class);
        ProblemClients.builder().map(Inheriting.class);
    }

    @Test
    void shouldRefuseToMapTypesOntoAWrappedClient() {
        Client wrapped = ProblemClients.wrap(ClientBuilder.newClient());
        try {
            assertThat(ProblemClients.wrap(wrapped)).isSameAs(wrapped);
            assertThatThrownBy(() -> ProblemClients.builder().map(OrderNotFound.class).wrap(wrapped))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("wrapped already");
        } finally {
            wrapped.close();
        }
    }

    @Test
    void shouldRefuseARelativeTypeBaseUri() {
        assertThatThrownBy(() -> ProblemClients.builder().typeBaseUri(URI.create("problems/")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be absolute");
    }
}
