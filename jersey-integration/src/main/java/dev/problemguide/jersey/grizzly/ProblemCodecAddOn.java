package dev.problemguide.jersey.grizzly;

import dev.problemguide.jersey.internal.edge.EdgeProblems;
import org.glassfish.grizzly.filterchain.FilterChainBuilder;
import org.glassfish.grizzly.http.ContentEncoding;
import org.glassfish.grizzly.http.HttpContent;
import org.glassfish.grizzly.http.HttpRequestPacket;
import org.glassfish.grizzly.http.HttpResponsePacket;
import org.glassfish.grizzly.http.HttpServerFilter;
import org.glassfish.grizzly.http.server.AddOn;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.memory.Buffers;
import org.glassfish.grizzly.memory.MemoryManager;

/**
 * Grizzly's HTTP parser, answering what it refuses with a problem: a request line or headers over its size limit,
 * more headers than its limit, a body it cannot read. Grizzly answers those in its codec, before any handler, with
 * an empty 400 made by {@code customizeErrorResponse}, which is the one hook it gives; so this add-on puts, in the
 * listener's filter chain, the same codec as Grizzly builds, set up the same way, with that method overridden.
 * "The same way" is what {@code HttpServer.configureListener} does in Grizzly 4.0.1 and 4.0.2 (the versions Jersey 3.1
 * and 4.0 bring): a setting a later Grizzly adds to its codec would need copying here too.
 */
final class ProblemCodecAddOn implements AddOn {

    @Override
    public void setup(NetworkListener listener, FilterChainBuilder builder) {
        int index = builder.indexOfType(HttpServerFilter.class);
        if (index < 0) {
            return;
        }
        HttpServerFilter grizzlys = (HttpServerFilter) builder.get(index);
        int maxHeaderSize = listener.getMaxHttpHeaderSize() == -1 ? HttpServerFilter.DEFAULT_MAX_HTTP_PACKET_HEADER_SIZE
                : listener.getMaxHttpHeaderSize();
        ProblemCodec codec = new ProblemCodec(listener, maxHeaderSize);
        for (ContentEncoding encoding : grizzlys.getContentEncodings()) {
            codec.addContentEncoding(encoding);
        }
        codec.setAllowPayloadForUndefinedHttpMethods(grizzlys.isAllowPayloadForUndefinedHttpMethods());
        codec.setMaxPayloadRemainderToSkip(grizzlys.getMaxPayloadRemainderToSkip());
        codec.getMonitoringConfig().addProbes(grizzlys.getMonitoringConfig().getProbes());
        builder.set(index, codec);
    }

    /** Grizzly's codec, with its error answer a problem. */
    private static final class ProblemCodec extends HttpServerFilter {

        // Grizzly's own HttpServer builds its codec with this constructor, deprecated for Grizzly's callers only:
        // the idle timeout is another filter's (null delayed executor), as there.
        @SuppressWarnings("deprecation")
        ProblemCodec(NetworkListener listener, int maxHeaderSize) {
            super(listener.isChunkingEnabled(), maxHeaderSize, null, listener.getKeepAlive(), null,
                    listener.getMaxRequestHeaders(), listener.getMaxResponseHeaders());
        }

        @Override
        protected HttpContent customizeErrorResponse(HttpResponsePacket response) {
            HttpRequestPacket request = response.getRequest();
            String rawPath = request == null ? null : request.getRequestURI();
            byte[] body = EdgeProblems.json(EdgeProblems.problem(response.getStatus(),
                    method(request), rawPath, "Grizzly", null));
            response.setContentType(EdgeProblems.CONTENT_TYPE);
            if (request == null || request.getProtocolString() == null) {
                // With no request line read, Grizzly writes no Content-Type of its own: the header goes in as such.
                response.getHeaders().addValue("Content-Type").setString(EdgeProblems.CONTENT_TYPE);
            }
            response.getHeaders().addValue(EdgeProblems.NOSNIFF_HEADER).setString(EdgeProblems.NOSNIFF);
            response.getHeaders().addValue("Cache-Control").setString(EdgeProblems.CACHE_CONTROL);
            response.setContentLength(body.length);
            return HttpContent.builder(response).content(Buffers.wrap(MemoryManager.DEFAULT_MEMORY_MANAGER, body))
                    .last(true).build();
        }

        /** The request's method, when the request line got that far; else {@code null}. */
        private static String method(HttpRequestPacket request) {
            try {
                return request == null || request.getMethod() == null ? null : request.getMethod().getMethodString();
            } catch (RuntimeException unparsed) {
                return null;
            }
        }
    }
}
