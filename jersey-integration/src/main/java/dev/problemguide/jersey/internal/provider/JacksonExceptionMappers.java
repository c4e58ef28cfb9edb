package dev.problemguide.jersey.internal.provider;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import dev.problemguide.jersey.internal.input.RequestBodyException;
import dev.problemguide.jersey.internal.input.UnreadableBodyException;
import dev.problemguide.jersey.internal.mapping.ExceptionResolver;

/**
 * The mappers for Jackson's exceptions. They exist to take these exceptions away from the text/plain
 * mappers that Jersey's {@code JacksonFeature} registers for the same types (which echo Jackson's message
 * and class names): Problem Guide registers them with a higher priority. A Jackson exception that reaches
 * them did not come from reading the request body (that one arrives as a {@link RequestBodyException}),
 * so it is the application's own bug: a 500.
 */
public final class JacksonExceptionMappers {

    private JacksonExceptionMappers() {
    }

    /** Maps every other {@link JsonProcessingException}, such as a nesting-limit violation. */
    public static final class Processing extends ProblemMapperSupport<JsonProcessingException> {
        /**
         * Creates the mapper.
         *
         * @param resolver the decision it delegates to
         */
        public Processing(ExceptionResolver resolver) {
            super(resolver);
        }
    }

    /** Maps {@link JsonParseException}, the type of Jersey's {@code JsonParseExceptionMapper}. */
    public static final class Parse extends ProblemMapperSupport<JsonParseException> {
        /**
         * Creates the mapper.
         *
         * @param resolver the decision it delegates to
         */
        public Parse(ExceptionResolver resolver) {
            super(resolver);
        }
    }

    /** Maps {@link JsonMappingException}, the type of Jersey's {@code JsonMappingExceptionMapper}. */
    public static final class Mapping extends ProblemMapperSupport<JsonMappingException> {
        /**
         * Creates the mapper.
         *
         * @param resolver the decision it delegates to
         */
        public Mapping(ExceptionResolver resolver) {
            super(resolver);
        }
    }

    /** Maps request bodies that could not be read at all, tagged by {@code RequestBodyInterceptor}. */
    public static final class UnreadableBody extends ProblemMapperSupport<UnreadableBodyException> {
        /**
         * Creates the mapper.
         *
         * @param resolver the decision it delegates to
         */
        public UnreadableBody(ExceptionResolver resolver) {
            super(resolver);
        }
    }

    /** Maps request-body failures tagged by {@code RequestBodyInterceptor}. */
    public static final class RequestBody extends ProblemMapperSupport<RequestBodyException> {
        /**
         * Creates the mapper.
         *
         * @param resolver the decision it delegates to
         */
        public RequestBody(ExceptionResolver resolver) {
            super(resolver);
        }
    }
}
