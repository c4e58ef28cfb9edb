/**
 * Problem Guide core: the status guide catalog, the immutable RFC 9457 {@link dev.problemguide.Problem}
 * model and the resolution of its human-readable texts.
 *
 * <p>This module depends on nothing but {@code java.base}, so that any HTTP stack or JSON library can
 * build on it. Its {@code internal} package is shared with Problem Guide's own modules only (some of them
 * not yet built, hence the suppressed warning about modules javac cannot find).
 */
@SuppressWarnings("module")
module dev.problemguide {
    uses dev.problemguide.internal.OptionSet;

    exports dev.problemguide;
    exports dev.problemguide.internal to dev.problemguide.json, dev.problemguide.jersey, dev.problemguide.client,
            dev.problemguide.openapi, dev.problemguide.spring.boot, dev.problemguide.dropwizard;
}
