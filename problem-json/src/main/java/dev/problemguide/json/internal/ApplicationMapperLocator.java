package dev.problemguide.json.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.jakarta.rs.json.JacksonJsonProvider;
import dev.problemguide.Problem;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Providers;

/**
 * Finds the application's {@link ObjectMapper} exactly as Jackson's own Jakarta REST provider does: a
 * {@code ContextResolver<ObjectMapper>} for the media type, else one for any media type, else none.
 */
public final class ApplicationMapperLocator extends JacksonJsonProvider {

    /**
     * Creates a locator over the application's providers.
     *
     * @param providers the injected providers, or {@code null} outside a Jakarta REST runtime
     */
    public ApplicationMapperLocator(Providers providers) {
        super(ProblemMappers.defaultMapper());
        this._providers = providers;
    }

    /**
     * Returns the application's mapper for writing problems.
     *
     * @param mediaType the media type being written
     * @return the application's mapper, or {@code null} if it provides none
     */
    public ObjectMapper applicationMapper(MediaType mediaType) {
        if (_providers == null) {
            return null;
        }
        return _locateMapperViaProvider(Problem.class, mediaType);
    }
}
