package dev.problemguide.jersey.internal;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;

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
         * @param responses the decision it delegates to
         */
        public Processing(ExceptionResponses responses) {
            super(responses);
        }
    }

    /** Maps {@link JsonParseException}, the type of Jersey's {@code JsonParseExceptionMapper}. */
    public static final class Parse extends ProblemMapperSupport<JsonParseException> {
        /**
         * Creates the mapper.
         *
         * @param responses the decision it delegates to
         */
        public Parse(ExceptionResponses responses) {
            super(responses);
        }
    }

    /** Maps {@link JsonMappingException}, the type of Jersey's {@code JsonMappingExceptionMapper}. */
    public static final class Mapping extends ProblemMapperSupport<JsonMappingException> {
        /**
         * Creates the mapper.
         *
         * @param responses the decision it delegates to
         */
        public Mapping(ExceptionResponses responses) {
            super(responses);
        }
    }

    /** Maps request-body failures tagged by {@link RequestBodyInterceptor}. */
    public static final class RequestBody extends ProblemMapperSupport<RequestBodyException> {
        /**
         * Creates the mapper.
         *
         * @param responses the decision it delegates to
         */
        public RequestBody(ExceptionResponses responses) {
            super(responses);
        }
    }
}
