package dev.problemguide.jersey.internal.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
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
    void shouldGiveEveryTypeUnderTheBaseItsOwnNameFirst() {
        List<String> names = PageNames.assign(uris("https://errors.other.example/v1/own", "/problems/own",
                "/problems/a%20b", "/problems/a-20b", "/problems/index"), URI.create("/problems/"), Set.of());

        // The foreign type comes first in the catalog, yet /problems/own must open the page of its own type.
        assertThat(names).containsExactly("own-2", "own", "a-20b-2", "a-20b", "index-2");
    }

    @Test
    void shouldKeepNamesApartThatDifferInCaseOnlyOrStartWithATranslationsFolder() {
        List<String> names = PageNames.assign(uris("/problems/Orders/x", "/problems/orders/x", "/problems/de/index",
                "/problems/de"), URI.create("/problems/"), Set.of("de"));

        assertThat(names).containsExactly("Orders/x", "orders/x-2", "type-de/index", "de");
    }

    @Test
    void shouldNameTypesAgainstTheBasesLastSlashAsResolutionDoes() {
        assertThat(PageNames.assign(uris("https://x.example/problems-old/y"), URI.create("https://x.example/problems"),
                Set.of())).containsExactly("problems-old/y");
    }

    private static List<URI> uris(String... texts) {
        return Stream.of(texts).map(URI::create).toList();
    }
}
