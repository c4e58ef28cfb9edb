/**
 * Problem Guide core: the status guide catalog, the immutable RFC 9457 {@link dev.problemguide.Problem}
 * model and the resolution of its human-readable texts.
 *
 * <p>This module depends on nothing but {@code java.base}, so that any HTTP stack or JSON library can
 * build on it.
 */
module dev.problemguide {
    exports dev.problemguide;
}
