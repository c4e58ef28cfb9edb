package dev.problemguide.dropwizard.tests;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import io.dropwizard.testing.ResourceHelpers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A Problem Guide option the feature refuses stops the Dropwizard service as it starts, naming it. */
class DropwizardStartupIT {

    @ParameterizedTest
    @CsvSource({"problems.maxErrors, 0, problemguide.maxErrors", "problems.maxErors, 5, problemguide.maxErors",
        "problems.messages, no-such-file, no-such-file.properties"})
    void shouldNotStartWithAnOptionTheFeatureRefuses(String path, String value, String said) {
        DropwizardTestSupport<SampleConfiguration> support = new DropwizardTestSupport<>(SampleApplication.class,
                ResourceHelpers.resourceFilePath("test.yml"), ConfigOverride.config(path, value));
        try {
            assertThatThrownBy(support::before).hasStackTraceContaining(said);
        } finally {
            support.after();
        }
    }
}
