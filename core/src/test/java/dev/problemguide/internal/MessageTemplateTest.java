package dev.problemguide.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MessageTemplateTest {

    @Test
    void shouldRenderPlaceholdersByName() {
        MessageTemplate template = MessageTemplate.parse("Order {orderId} of {customer} failed ({orderId}).");

        assertThat(template.names()).containsExactly("orderId", "customer");
        assertThat(template.render(Map.<String, Object>of("orderId", 42, "customer", "ACME")::get))
                .isEqualTo("Order 42 of ACME failed (42).");
    }

    @Test
    void shouldFormatLiteralsAndPlaceholdersEachTheirOwnWay() {
        MessageTemplate template = MessageTemplate.parse("{{a}} <b> {orderId} and {x}");

        assertThat(template.format(literal -> "[" + literal + "]", name -> "<" + name + ">"))
                .isEqualTo("[{a} <b> ]<orderId>[ and ]<x>[]");
        assertThat(MessageTemplate.parse("plain").format(String::toUpperCase, name -> "?")).isEqualTo("PLAIN");
    }

    @Test
    void shouldTreatDoubleOpeningBracesAsALiteralBraceAndLoneClosingBracesAsLiteral() {
        MessageTemplate template = MessageTemplate.parse("Use {{name}} or {{name} or } for {status}.");

        assertThat(template.names()).containsExactly("status");
        assertThat(template.render(name -> 404)).isEqualTo("Use {name} or {name} or } for 404.");
    }

    @Test
    void shouldNeverInterpretAValueAgain() {
        assertThat(MessageTemplate.parse("Hello {name}").render(name -> "{status} {{x}}"))
                .isEqualTo("Hello {status} {{x}}");
    }

    @Test
    void shouldReturnTheSameTextWhenThereIsNoPlaceholder() {
        MessageTemplate template = MessageTemplate.parse("Plain text.");

        assertThat(template.hasPlaceholders()).isFalse();
        assertThat(template.render(name -> {
            throw new AssertionError("not asked");
        })).isEqualTo("Plain text.");
        assertThat(template).isEqualTo(MessageTemplate.parse("Plain text.")).hasToString("Plain text.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Order {orderId", "Empty {} name", "Bad {order-id} name", "Space { x }"})
    void shouldRejectMalformedPlaceholders(String text) {
        assertThatThrownBy(() -> MessageTemplate.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("placeholder");
    }
}
