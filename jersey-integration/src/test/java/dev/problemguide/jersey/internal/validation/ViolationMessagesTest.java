package dev.problemguide.jersey.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ViolationMessagesTest {

    @Test
    void shouldRememberNoMoreLanguagesThanIsoDefinesWhateverClientsAsk() {
        ViolationMessages messages = new ViolationMessages();
        Random random = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder tag = new StringBuilder();
            for (int c = 0; c < 8; c++) {
                tag.append((char) ('a' + random.nextInt(26)));
            }
            messages.choose(List.of(tag.toString()));
        }
        for (String language : Locale.getISOLanguages()) {
            messages.choose(List.of(language));
        }

        assertThat(messages.rememberedLanguages()).isLessThanOrEqualTo(Locale.getISOLanguages().length);
    }

    @Test
    void shouldStillChooseALanguageTheValidatorHasMessagesIn() {
        ViolationMessages messages = new ViolationMessages();

        assertThat(messages.choose(List.of("xqzvwkjh", "de"))).isEqualTo(Locale.GERMAN);
        assertThat(messages.choose(List.of("xqzvwkjh"))).isNull();
    }
}
