package dev.problemguide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProblemTest {

    private static Problem sample() {
        return Problem.builder()
                .type(URI.create("https://example.com/problems/out-of-credit"))
                .title("You do not have enough credit.")
                .status(403)
                .detail("Your current balance is 30, but that costs 50.")
                .instance(URI.create("/account/12345/msgs/abc"))
                .extension("balance", 30)
                .extension("accounts", java.util.List.of("/account/12345", "/account/67890"))
                .build();
    }

    @Test
    void shouldDefaultTypeToAboutBlankAndLeaveOtherMembersAbsent() {
        Problem problem = Problem.builder().build();

        assertThat(problem.type()).isEqualTo(URI.create("about:blank")).isEqualTo(Problem.DEFAULT_TYPE);
        assertThat(problem.title()).isNull();
        assertThat(problem.status()).isNull();
        assertThat(problem.detail()).isNull();
        assertThat(problem.instance()).isNull();
        assertThat(problem.extensions()).isEmpty();
    }

    @Test
    void shouldTreatANullTypeAsAboutBlank() {
        assertThat(Problem.builder().type(null).build().type()).isEqualTo(Problem.DEFAULT_TYPE);
    }

    @Test
    void shouldKeepExtensionsInInsertionOrderAndReplaceInPlace() {
        Problem problem = Problem.builder()
                .extension("zeta", 1).extension("alpha", 2).extension("mid", null).extension("zeta", 3)
                .build();

        assertThat(problem.extensions().keySet()).containsExactly("zeta", "alpha", "mid");
        assertThat(problem.extensions()).containsEntry("zeta", 3).containsEntry("mid", null);
    }

    @Test
    void shouldBeImmutable() {
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("a_b", 1);
        Problem.Builder builder = Problem.builder().extensions(source);
        Problem problem = builder.build();

        source.put("later", 2);
        builder.extension("after_build", 3).title("changed");

        assertThat(problem.extensions()).containsOnlyKeys("a_b");
        assertThat(problem.title()).isNull();
        assertThatThrownBy(() -> problem.extensions().put("x_y", 1))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void shouldBeEqualByValue() {
        assertThat(sample()).isEqualTo(sample()).hasSameHashCodeAs(sample());
        assertThat(sample()).isNotEqualTo(sample().withDetail("other"));
        assertThat(sample()).isNotEqualTo(sample().withExtension("balance", 31));
        assertThat(sample().toString())
                .contains("type=https://example.com/problems/out-of-credit", "status=403", "balance=30");
    }

    @Test
    void shouldCopyWithChangedMembers() {
        Problem original = sample();

        assertThat(original.withTitle("t").title()).isEqualTo("t");
        assertThat(original.withStatus(409).status()).isEqualTo(409);
        assertThat(original.withStatus(null).status()).isNull();
        assertThat(original.withType(null).type()).isEqualTo(Problem.DEFAULT_TYPE);
        assertThat(original.withInstance(URI.create("urn:x")).instance()).isEqualTo(URI.create("urn:x"));
        assertThat(original.withExtension("extra", true).extensions()).containsEntry("extra", true).hasSize(3);
        assertThat(original).isEqualTo(sample());
        assertThat(original.toBuilder().build()).isEqualTo(original);
    }

    @ParameterizedTest
    @ValueSource(strings = {"type", "title", "status", "detail", "instance"})
    void shouldRejectExtensionNamesOfStandardMembers(String name) {
        assertThatThrownBy(() -> Problem.builder().extension(name, "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + name + "'")
                .hasMessageContaining("RFC 9457");
        assertThatThrownBy(() -> sample().withExtension(name, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRejectEmptyOrNullExtensionNames() {
        assertThatThrownBy(() -> Problem.builder().extension("", 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> Problem.builder().extension(null, 1))
                .isInstanceOf(NullPointerException.class).hasMessage("name");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 99, 600, -404})
    void shouldRejectStatusOutsideTheHttpRange(int status) {
        assertThatThrownBy(() -> Problem.builder().status(status)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRemoveAnExtension() {
        assertThat(sample().toBuilder().removeExtension("balance").build().extensions()).containsOnlyKeys("accounts");
    }
}
