package dev.problemguide.jersey.internal.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;

/**
 * Tags Jackson exceptions thrown while a request body is read, so that only they become a 400 problem (the
 * same exception thrown by the application's own code is a server error), and I/O failures of reading it,
 * which become a 400 or a 408.
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
        } catch (IOException e) {
            // Reading the body failed below JSON: its encoding, or its transfer. The client's doing.
            throw new UnreadableBodyException(e);
        }
    }
}
