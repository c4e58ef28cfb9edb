package dev.problemguide.json;

import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.problemguide.Problem;
import dev.problemguide.json.internal.ProblemDeserializer;
import dev.problemguide.json.internal.ProblemMappers;
import dev.problemguide.json.internal.ProblemSerializer;

/**
 * A Jackson module that reads and writes {@link Problem}s as RFC 9457 problem details JSON objects, for
 * applications that serialize problems with their own {@code ObjectMapper}.
 *
 * <p>Writing gives the same bytes as {@link ProblemJsonWriter}: the five standard members under their
 * fixed names in the order of RFC 9457 section 3.1, absent ones omitted, {@code type} always present, then
 * the extension members (section 3.2) rendered with the mapper's own serializers. Reading is tolerant as
 * section 3.1 requires. Root wrapping ({@code WRAP_ROOT_VALUE}) and indentation are the mapper's own
 * settings and still apply to what it writes; the Jakarta REST writer ignores them.
 *
 * <p>Registered with {@code mapper.registerModule(new ProblemModule())}, or found by
 * {@code ObjectMapper.findAndRegisterModules()} through {@code META-INF/services}.
 */
public final class ProblemModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** Creates the module. */
    public ProblemModule() {
        super("ProblemGuideModule");
        addSerializer(Problem.class, new ProblemSerializer());
        addDeserializer(Problem.class, new ProblemDeserializer());
        // Throwables nested in extension values are refused, as by the writer; elsewhere they are untouched.
        setSerializerModifier(ProblemMappers.throwableGuardModifier());
    }
}
