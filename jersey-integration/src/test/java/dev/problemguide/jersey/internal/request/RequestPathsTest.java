package dev.problemguide.jersey.internal.request;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequestPathsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "/orders/42            | /orders/42",
        "/nowhere/Ã©           | /nowhere/%C3%A9",
        "/nowhere/é            | /nowhere/%C3%A9",
        "/a b                  | /a%20b",
        "/x%20y                | /x%20y",
        "/%zz                  | /%25zz",
        "/100%                 | /100%25",
        "/a%2                  | /a%252",
        "/%e9t%C3%A9           | /%e9t%C3%A9",
        "//evil.example/x      | /evil.example/x",
        "/<script>             | /%3Cscript%3E",
        "/日本                  | /%E6%97%A5%E6%9C%AC"
    })
    void shouldMakeTheInstanceThePathAsItTravelled(String raw, String instance) {
        assertThat(RequestPaths.instance(raw)).hasToString(instance);
    }

    @ParameterizedTest
    @CsvSource(value = {"''", "*", "javascript:alert(1)", "host:443", "http://evil.example/x", "x/y"})
    void shouldGiveNoInstanceWithoutAPath(String raw) {
        assertThat(RequestPaths.instance(raw)).isNull();
        assertThat(RequestPaths.instance(null)).isNull();
    }
}
