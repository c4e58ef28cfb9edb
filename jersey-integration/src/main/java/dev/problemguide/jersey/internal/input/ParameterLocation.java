package dev.problemguide.jersey.internal.input;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.lang.annotation.Annotation;
import java.util.Locale;

/**
 * Where a request parameter comes from and its name, as an {@code errors} entry of RFC 9457 section 3's
 * example names it: {@code "in":"query","name":"limit"}. Read from the Jakarta REST annotation, never from
 * the Java parameter name, so it does not depend on {@code -parameters}.
 *
 * @param in   {@code path}, {@code query}, {@code header}, {@code cookie}, {@code form} or {@code matrix}
 * @param name the name in the annotation
 */
public record ParameterLocation(String in, String name) {

    /**
     * Reads a parameter annotation.
     *
     * @param annotation any annotation of a parameter or field
     * @return its location, or {@code null} when it is not a Jakarta REST parameter annotation
     */
    public static ParameterLocation of(Annotation annotation) {
        if (annotation instanceof QueryParam param) {
            return new ParameterLocation("query", param.value());
        }
        if (annotation instanceof PathParam param) {
            return new ParameterLocation("path", param.value());
        }
        if (annotation instanceof HeaderParam param) {
            return new ParameterLocation("header", param.value());
        }
        if (annotation instanceof CookieParam param) {
            return new ParameterLocation("cookie", param.value());
        }
        if (annotation instanceof FormParam param) {
            return new ParameterLocation("form", param.value());
        }
        if (annotation instanceof MatrixParam param) {
            return new ParameterLocation("matrix", param.value());
        }
        return null;
    }

    /**
     * Names where a parameter annotation type takes its value from.
     *
     * @param annotation a Jakarta REST parameter annotation type
     * @return as {@link #in()}, or {@code request} for any other type
     */
    public static String in(Class<? extends Annotation> annotation) {
        String simple = annotation.getSimpleName();
        return simple.endsWith("Param") && annotation.getPackageName().equals("jakarta.ws.rs")
                ? simple.substring(0, simple.length() - "Param".length()).toLowerCase(Locale.ROOT)
                : "request";
    }
}
