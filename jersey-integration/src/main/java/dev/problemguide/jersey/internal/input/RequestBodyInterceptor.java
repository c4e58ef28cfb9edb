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
        WatchedInputStream body = new WatchedInputStream(context.getInputStream());
        context.setInputStream(body);
        try {
            return context.proceed();
        } catch (JsonProcessingException e) {
            throw new RequestBodyException(e);
        } catch (IOException e) {
            // The transfer failed (the container's stream threw), or the bytes are not text in their encoding:
            // the client's doing. Any other I/O failure is the application's reader's, a server error.
            if (body.threw(e) || UnreadableBodyException.isDecoding(e)) {
                throw new UnreadableBodyException(e);
            }
            throw e;
        }
    }
}
