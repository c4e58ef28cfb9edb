package dev.problemguide.jersey.internal.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "/problems/order-not-found                     | /problems/                    | order-not-found",
        "/problems/orders/not-found                    | /problems/                    | orders/not-found",
        "https://api.example.com/problems/out-of-stock | https://api.example.com/problems/ | out-of-stock",
        "https://other.example/types/out-of-stock      | https://api.example.com/problems/ | out-of-stock",
        "https://other.example/types/out-of-stock      | -                             | out-of-stock",
        "urn:example:gone                              | -                             | gone",
        "/problems/a%20b?x=1#y                         | /problems/                    | a-20b",
        "/problems/../../etc/passwd                    | /problems/                    | etc/passwd",
        "/problems/..                                  | /problems/                    | type",
        "order-not-found                               | -                             | order-not-found",
        "/problems/%C3%9Cber                           | /problems/                    | -C3-9Cber"})
    void shouldNameAPageByTheTypesPartAfterTheBase(String type, String base, String name) {
        String named = PageNames.of(URI.create(type), base == null ? null : URI.create(base));

        assertThat(named).isEqualTo(name);
        assertThat(named).matches("[A-Za-z0-9._~-]+(/[A-Za-z0-9._~-]+)*").doesNotContain("..");
    }

    @Test
    void shouldNumberNamesTakenAlreadyAndNeverTakeIndex() {
        Set<String> taken = new HashSet<>();

        List<String> names = List.of("gone", "gone", "index", "gone").stream()
                .map(name -> PageNames.unique(name, taken)).toList();

        assertThat(names).containsExactly("gone", "gone-2", "index-2", "gone-3");
    }
}
