package dev.problemguide.jersey;

import dev.problemguide.internal.Option;
import dev.problemguide.internal.OptionSet;
import java.util.List;

/** The options of a pretend Problem Guide module, found by the option registry like a real module's. */
public final class TestOptions implements OptionSet {

    @Override
    public List<Option<?>> options() {
        return List.of(Option.of("problemguide.test.extra", Integer.class, 0, Integer::valueOf, "a number"));
    }
}
