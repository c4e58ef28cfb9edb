package dev.problemguide.json;

import dev.problemguide.Problem;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The problems whose JSON the fixtures hold, by fixture name. */
final class SampleProblems {

    record Point(int x, int y) {
    }

    private SampleProblems() {
    }

    static Map<String, Problem> all() {
        Map<String, Problem> all = new LinkedHashMap<>();
        all.put("minimal.json", Problem.builder().build());
        all.put("not-found.json", Problem.builder().title("Not Found").status(404)
                .detail("Order 42 does not exist.").instance(URI.create("/orders/42")).build());
        all.put("out-of-credit.json", Problem.builder()
                .type(URI.create("https://example.com/probs/out-of-credit"))
                .title("You do not have enough credit.").status(403)
                .detail("Your current balance is 30, but that costs 50.")
                .instance(URI.create("/account/12345/msgs/abc"))
                .extension("balance", 30)
                .extension("accounts", List.of("/account/12345", "/account/67890"))
                .build());
        Map<String, Object> level = new LinkedHashMap<>();
        level.put("deep", List.of(1, 2, 3));
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("b", true);
        all.put("extension-kinds.json", Problem.builder().status(422)
                .extension("zeta", "last-inserted-first")
                .extension("count", 7)
                .extension("big", 12345678901234L)
                .extension("ratio", 0.25d)
                .extension("price", new BigDecimal("19.90"))
                .extension("huge", new BigInteger("123456789012345678901234567890"))
                .extension("flag", false)
                .extension("nothing", null)
                .extension("nested", Map.of("level", level))
                .extension("list", List.of("a", b))
                .extension("at", Instant.parse("2026-11-25T10:15:30Z"))
                .extension("day", LocalDate.of(2026, 11, 25))
                .extension("wait", Duration.ofSeconds(30))
                .extension("point", new Point(1, 2))
                .extension("text", "ünïcödé \"quoted\" <b>&amp;</b>")
                .build());
        return all;
    }
}
