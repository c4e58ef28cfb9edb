package dev.problemguide;

import java.io.Serializable;
import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An RFC 9457 problem details object: a machine-readable description of an error in an HTTP API.
 *
 * <p>It holds the five standard members of RFC 9457 section 3.1 and any extension members of section 3.2:
 * <ul>
 *   <li>{@code type}: a URI reference identifying the problem type; defaults to {@code about:blank}
 *       (section 4.2), never {@code null};</li>
 *   <li>{@code title}: a short, human-readable summary of the problem type, or {@code null};</li>
 *   <li>{@code status}: the HTTP status code of this occurrence, from 100 to 599, or {@code null};</li>
 *   <li>{@code detail}: a human-readable explanation of this occurrence, or {@code null};</li>
 *   <li>{@code instance}: a URI reference identifying this occurrence, or {@code null};</li>
 *   <li>extensions: further members in insertion order; their values may be {@code null}.</li>
 * </ul>
 *
 * <p>Instances are immutable and value-based: {@code equals}, {@code hashCode} and {@code toString} depend
 * on the members only. {@link #builder()} creates one; {@link #toBuilder()} and the {@code withX} methods
 * derive changed copies. Extension values are kept as given, so they should be immutable too.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9457#section-3">RFC 9457 section 3: the problem details JSON object</a>
 */
public final class Problem implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The default problem type, {@code about:blank}: the problem has no semantics beyond its status (RFC 9457 section 4.2). */
    public static final URI DEFAULT_TYPE = URI.create("about:blank");

    /** The names of the five standard members, which extension members must not use (RFC 9457 section 3.1). */
    public static final Set<String> STANDARD_MEMBERS = Set.of("type", "title", "status", "detail", "instance");

    /** The type member; never {@code null}. */
    private final URI type;
    /** The title member, or {@code null}. */
    private final String title;
    /** The status member, or {@code null}. */
    private final Integer status;
    /** The detail member, or {@code null}. */
    private final String detail;
    /** The instance member, or {@code null}. */
    private final URI instance;
    /** Never changed after construction: a builder that shares it copies it before any change. */
    private final LinkedHashMap<String, Object> members;
    /** The extension members, in insertion order: an unmodifiable view of {@code members}, or empty. */
    private final Map<String, Object> extensions;

    private Problem(Builder builder) {
        this.type = builder.type;
        this.title = builder.title;
        this.status = builder.status;
        this.detail = builder.detail;
        this.instance = builder.instance;
        this.members = builder.extensions.isEmpty() ? null : builder.share();
        this.extensions = members == null ? Collections.emptyMap() : Collections.unmodifiableMap(members);
    }

    /**
     * Creates an empty builder: type {@code about:blank}, every other member absent.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Creates a builder that starts from this problem's members.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.type = type;
        builder.title = title;
        builder.status = status;
        builder.detail = detail;
        builder.instance = instance;
        if (members != null) {
            builder.useShared(members);
        }
        return builder;
    }

    /**
     * Returns the problem type (RFC 9457 section 3.1.1).
     *
     * @return a URI reference; {@link #DEFAULT_TYPE} unless set
     */
    public URI type() {
        return type;
    }

    /**
     * Returns the short summary of the problem type (RFC 9457 section 3.1.3).
     *
     * @return the title, or {@code null}
     */
    public String title() {
        return title;
    }

    /**
     * Returns the HTTP status code of this occurrence (RFC 9457 section 3.1.2).
     *
     * @return from 100 to 599, or {@code null}
     */
    public Integer status() {
        return status;
    }

    /**
     * Returns the explanation of this occurrence (RFC 9457 section 3.1.4).
     *
     * @return the detail, or {@code null}
     */
    public String detail() {
        return detail;
    }

    /**
     * Returns the URI reference of this occurrence (RFC 9457 section 3.1.5).
     *
     * @return the instance, or {@code null}
     */
    public URI instance() {
        return instance;
    }

    /**
     * Returns the extension members (RFC 9457 section 3.2) in insertion order.
     *
     * @return an unmodifiable map; values may be {@code null}
     */
    public Map<String, Object> extensions() {
        return extensions;
    }

    /**
     * Returns a copy with another type.
     *
     * @param newType a URI reference, or {@code null} for {@link #DEFAULT_TYPE}
     * @return the copy
     */
    public Problem withType(URI newType) {
        return toBuilder().type(newType).build();
    }

    /**
     * Returns a copy with another title.
     *
     * @param newTitle the title, or {@code null} for none
     * @return the copy
     */
    public Problem withTitle(String newTitle) {
        return toBuilder().title(newTitle).build();
    }

    /**
     * Returns a copy with another status.
     *
     * @param newStatus from 100 to 599, or {@code null} for none
     * @return the copy
     */
    public Problem withStatus(Integer newStatus) {
        return toBuilder().status(newStatus).build();
    }

    /**
     * Returns a copy with another detail.
     *
     * @param newDetail the detail, or {@code null} for none
     * @return the copy
     */
    public Problem withDetail(String newDetail) {
        return toBuilder().detail(newDetail).build();
    }

    /**
     * Returns a copy with another instance.
     *
     * @param newInstance a URI reference, or {@code null} for none
     * @return the copy
     */
    public Problem withInstance(URI newInstance) {
        return toBuilder().instance(newInstance).build();
    }

    /**
     * Returns a copy with one extension member added, or replaced in place if it exists.
     *
     * @param name  the member name; see {@link Builder#extension(String, Object)}
     * @param value the value, may be {@code null}
     * @return the copy
     */
    public Problem withExtension(String name, Object value) {
        return toBuilder().extension(name, value).build();
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Problem that)) {
            return false;
        }
        return type.equals(that.type)
                && Objects.equals(title, that.title)
                && Objects.equals(status, that.status)
                && Objects.equals(detail, that.detail)
                && Objects.equals(instance, that.instance)
                && extensions.equals(that.extensions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, title, status, detail, instance, extensions);
    }

    @Override
    public String toString() {
        return "Problem[type=" + type + ", title=" + title + ", status=" + status + ", detail=" + detail
                + ", instance=" + instance + ", extensions=" + extensions + "]";
    }

    /**
     * A mutable builder of {@link Problem}s; each setter replaces the member and returns this builder.
     *
     * <p>Not thread-safe; {@link #build()} may be called repeatedly.
     */
    public static final class Builder {
        private URI type = DEFAULT_TYPE;
        private String title;
        private Integer status;
        private String detail;
        private URI instance;
        /** Copy-on-write: shared with the problems built from it, copied before the next change. */
        private LinkedHashMap<String, Object> extensions = new LinkedHashMap<>();
        private boolean shared;

        private Builder() {
        }

        private void useShared(LinkedHashMap<String, Object> members) {
            extensions = members;
            shared = true;
        }

        private LinkedHashMap<String, Object> share() {
            shared = true;
            return extensions;
        }

        private Map<String, Object> writableExtensions() {
            if (shared) {
                extensions = new LinkedHashMap<>(extensions);
                shared = false;
            }
            return extensions;
        }

        /**
         * Sets the problem type.
         *
         * @param type a URI reference, or {@code null} for {@link #DEFAULT_TYPE}
         * @return this builder
         */
        public Builder type(URI type) {
            this.type = type == null ? DEFAULT_TYPE : type;
            return this;
        }

        /**
         * Sets the title.
         *
         * @param title a short summary of the problem type, or {@code null}
         * @return this builder
         */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /**
         * Sets the status.
         *
         * @param status an HTTP status code from 100 to 599, or {@code null}
         * @return this builder
         * @throws IllegalArgumentException if the status is outside 100 to 599
         */
        public Builder status(Integer status) {
            if (status != null) {
                StatusGuide.checkRange(status);
            }
            this.status = status;
            return this;
        }

        /**
         * Sets the detail.
         *
         * @param detail an explanation of this occurrence, or {@code null}
         * @return this builder
         */
        public Builder detail(String detail) {
            this.detail = detail;
            return this;
        }

        /**
         * Sets the instance.
         *
         * @param instance a URI reference identifying this occurrence, or {@code null}
         * @return this builder
         */
        public Builder instance(URI instance) {
            this.instance = instance;
            return this;
        }

        /**
         * Adds an extension member, or replaces its value in place when the name exists.
         *
         * <p>RFC 9457 section 3.2 recommends names of at least three characters made of ASCII letters,
         * digits and "_"; other non-empty names are accepted, since they are still valid JSON member names.
         *
         * @param name  the member name; not empty and not one of {@link #STANDARD_MEMBERS}
         * @param value the value, may be {@code null} (written as JSON {@code null})
         * @return this builder
         * @throws NullPointerException     if the name is {@code null}
         * @throws IllegalArgumentException if the name is empty or a standard member's
         */
        public Builder extension(String name, Object value) {
            Objects.requireNonNull(name, "name");
            if (name.isEmpty()) {
                throw new IllegalArgumentException("Extension member name must not be empty");
            }
            if (STANDARD_MEMBERS.contains(name)) {
                throw new IllegalArgumentException("Extension member name '" + name
                        + "' collides with a standard member of RFC 9457 section 3.1");
            }
            writableExtensions().put(name, value);
            return this;
        }

        /**
         * Adds every entry of a map as an extension member, in the map's iteration order.
         *
         * @param members the members to add
         * @return this builder
         * @throws IllegalArgumentException if a name is empty or a standard member's
         */
        public Builder extensions(Map<String, ?> members) {
            Objects.requireNonNull(members, "members");
            if (!members.isEmpty()) {
                members.forEach(this::extension);
            }
            return this;
        }

        /**
         * Removes an extension member if present.
         *
         * @param name the member name
         * @return this builder
         */
        public Builder removeExtension(String name) {
            Objects.requireNonNull(name, "name");
            if (extensions.containsKey(name)) {
                writableExtensions().remove(name);
            }
            return this;
        }

        /**
         * Creates the problem.
         *
         * @return a new immutable problem
         */
        public Problem build() {
            return new Problem(this);
        }
    }
}
