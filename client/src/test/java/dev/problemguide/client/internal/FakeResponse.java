package dev.problemguide.client.internal;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.net.URI;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A client-side {@link Response} whose entity stream comes from a supplier that may fail as a runtime's does
 * (the connection broke, the entity was consumed already): what {@link ErrorBody#read} is given, without a
 * network. It records whether it was closed.
 */
final class FakeResponse extends Response {

    private final boolean hasEntity;
    private final Supplier<InputStream> entity;
    private boolean closed;

    private FakeResponse(boolean hasEntity, Supplier<InputStream> entity) {
        this.hasEntity = hasEntity;
        this.entity = entity;
    }

    /**
     * Creates a response with an entity.
     *
     * @param entity what {@code readEntity(InputStream.class)} returns or throws
     * @return the response
     */
    static FakeResponse withEntity(Supplier<InputStream> entity) {
        return new FakeResponse(true, entity);
    }

    /**
     * Creates a response without an entity.
     *
     * @return the response
     */
    static FakeResponse withoutEntity() {
        return new FakeResponse(false, () -> {
            throw new AssertionError("An absent entity is not read");
        });
    }

    boolean closed() {
        return closed;
    }

    @Override
    public <T> T readEntity(Class<T> type) {
        if (type != InputStream.class) {
            throw new UnsupportedOperationException(type.getName());
        }
        return type.cast(entity.get());
    }

    @Override
    public boolean hasEntity() {
        return hasEntity;
    }

    @Override
    public void close() {
        closed = true;
    }

    @Override
    public int getStatus() {
        return 502;
    }

    @Override
    public StatusType getStatusInfo() {
        return Status.BAD_GATEWAY;
    }

    @Override
    public MediaType getMediaType() {
        return MediaType.TEXT_HTML_TYPE;
    }

    @Override
    public MultivaluedMap<String, Object> getMetadata() {
        return new MultivaluedHashMap<>();
    }

    @Override
    public MultivaluedMap<String, String> getStringHeaders() {
        return new MultivaluedHashMap<>();
    }

    @Override
    public String getHeaderString(String name) {
        return null;
    }

    // What ErrorBody never asks.

    @Override
    public Object getEntity() {
        throw new UnsupportedOperationException();
    }

    @Override
    public <T> T readEntity(GenericType<T> type) {
        throw new UnsupportedOperationException();
    }

    @Override
    public <T> T readEntity(Class<T> type, Annotation[] annotations) {
        throw new UnsupportedOperationException();
    }

    @Override
    public <T> T readEntity(GenericType<T> type, Annotation[] annotations) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean bufferEntity() {
        throw new UnsupportedOperationException();
    }

    @Override
    public Locale getLanguage() {
        return null;
    }

    @Override
    public int getLength() {
        return -1;
    }

    @Override
    public Set<String> getAllowedMethods() {
        return Set.of();
    }

    @Override
    public Map<String, NewCookie> getCookies() {
        return Map.of();
    }

    @Override
    public EntityTag getEntityTag() {
        return null;
    }

    @Override
    public Date getDate() {
        return null;
    }

    @Override
    public Date getLastModified() {
        return null;
    }

    @Override
    public URI getLocation() {
        return null;
    }

    @Override
    public Set<Link> getLinks() {
        return Set.of();
    }

    @Override
    public boolean hasLink(String relation) {
        return false;
    }

    @Override
    public Link getLink(String relation) {
        return null;
    }

    @Override
    public Link.Builder getLinkBuilder(String relation) {
        return null;
    }
}
