package dev.problemguide.internal;

import java.util.List;

/**
 * The {@code problemguide.*} options of one Problem Guide module, found with {@link java.util.ServiceLoader}
 * so that the unknown-property check knows every option of every module on the class or module path.
 */
public interface OptionSet {

    /**
     * Returns this module's options.
     *
     * @return the options
     */
    List<Option<?>> options();
}
