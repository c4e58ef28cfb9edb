package dev.problemguide.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.problemguide.Problem;
import dev.problemguide.ProblemMapping;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("make it public")
                .hasMessageContaining("map(Hidden.class, problem -> …)");
        // A function needs no reflection, so no public constructor.
        ProblemClients.builder().map(Hidden.class, Hidden::new);
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

    /** Mapped to about:blank, which would swallow every problem without a type. */
    @ProblemMapping(status = 404, type = "about:blank")
    public static class Blank extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Blank(Problem problem) {
            super(problem.title());
        }
    }

    /** A parent whose type a child does not inherit once the child has an annotation of its own. */
    @ProblemMapping(status = 404, type = "https://example.org/problems/parent")
    public static class Parent extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Parent(Problem problem) {
            super(problem.title());
        }
    }

    /** Annotated with a status only: the server answers it with about:blank, so the client cannot map it. */
    @ProblemMapping(status = 409)
    public static class StatusOnlyChild extends Parent {
        private static final long serialVersionUID = 1L;

        public StatusOnlyChild(Problem problem) {
            super(problem);
        }
    }

    /** Not annotated: the server answers it with its parent's type, and so does the client. */
    public static class PlainChild extends Parent {
        private static final long serialVersionUID = 1L;

        public PlainChild(Problem problem) {
            super(problem);
        }
    }

    /** A short name that resolves to an absolute type mapped too. */
    @ProblemMapping(status = 409, type = "parent")
    public static class ShortParent extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public ShortParent(Problem problem) {
            super(problem.title());
        }
    }

    @Test
    void shouldReadTypesByTheServersRule() {
        assertThatThrownBy(() -> ProblemClients.builder().map(Blank.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("about:blank");
        assertThatThrownBy(() -> ProblemClients.builder().map(StatusOnlyChild.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has no problem type");
        assertThatThrownBy(() -> ProblemClients.builder().map(Parent.class).map(PlainChild.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is mapped to");
    }

    @Test
    void shouldRefuseTwoClassesForOneTypeOnceResolved() {
        ProblemClients.Builder builder = ProblemClients.builder().typeBaseUri(URI.create("https://example.org/problems/"))
                .map(Parent.class).map(ShortParent.class);
        Client client = ClientBuilder.newClient();
        try {
            assertThatThrownBy(() -> builder.wrap(client)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("https://example.org/problems/parent");
        } finally {
            client.close();
        }
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

    @ParameterizedTest
    @ValueSource(strings = {"problems/", "//example.org/problems/", "../problems/", "/problems/?x=1", "/problems/#x"})
    void shouldRefuseATypeBaseUriThatIsNeitherAbsoluteNorAPath(String base) {
        assertThatThrownBy(() -> ProblemClients.builder().typeBaseUri(URI.create(base)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be absolute or a path");
    }

    @Test
    void shouldTakeATypeBaseUriThatIsAPath() {
        assertThat(ProblemClients.builder().typeBaseUri(URI.create("/problems/"))).isNotNull();
    }
}
