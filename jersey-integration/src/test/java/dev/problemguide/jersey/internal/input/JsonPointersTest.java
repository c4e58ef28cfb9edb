package dev.problemguide.jersey.internal.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonPointersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "items       | #/items",
        "a/b         | #/a~1b",
        "m~n         | #/m~0n",
        "with space  | #/with%20space",
        "ünï         | #/%C3%BCn%C3%AF",
        "q\"<>#      | #/q%22%3C%3E%23",
        "0           | #/0",
        "''          | #/"
    })
    void shouldEscapeTokensAsRfc6901AndUriFragmentsRequire(String token, String pointer) {
        assertThat(JsonPointers.append(JsonPointers.root(), token.equals("''") ? "" : token).toString())
                .isEqualTo(pointer);
    }
}
