package dev.problemguide.jersey.internal.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;

/**
 * Tags Jackson exceptions thrown while a request body is read, so that only they become a 400 problem:
 * the same exception thrown by the application's own code is a server error.
 */
@ConstrainedTo(RuntimeType.SERVER)
public final class RequestBodyInterceptor implements ReaderInterceptor {

    /** Creates the interceptor. */
    public RequestBodyInterceptor() {
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        try {
            return context.proceed();
        } catch (JsonProcessingException e) {
            throw new RequestBodyException(e);
        }
    }
}
