package dev.problemguide.openapi.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The schema of an extension member's values, from its Java type. */
class JavaTypesTest {

    private enum Region { EU }

    @Test
    void shouldDescribeTextAsString() {
        for (Class<?> type : List.of(String.class, URI.class, Region.class, char.class)) {
            assertThat(JavaTypes.schema(type).getType()).as(type.getName()).isEqualTo("string");
        }
    }

    @Test
    void shouldDescribeWholeNumbersAsIntegerAndOthersAsNumber() {
        assertThat(JavaTypes.schema(long.class).getType()).isEqualTo("integer");
        assertThat(JavaTypes.schema(Integer.class).getType()).isEqualTo("integer");
        assertThat(JavaTypes.schema(double.class).getType()).isEqualTo("number");
        assertThat(JavaTypes.schema(BigDecimal.class).getType()).isEqualTo("number");
    }

    @Test
    void shouldDescribeBooleansCollectionsAndMaps() {
        assertThat(JavaTypes.schema(boolean.class).getType()).isEqualTo("boolean");
        assertThat(JavaTypes.schema(List.class).getType()).isEqualTo("array");
        assertThat(JavaTypes.schema(String[].class).getType()).isEqualTo("array");
        assertThat(JavaTypes.schema(Map.class).getType()).isEqualTo("object");
    }

    @Test
    void shouldLeaveValuesWhoseJsonDependsOnTheMapperOpen() {
        assertThat(JavaTypes.schema(Instant.class).getType()).isNull();
        assertThat(JavaTypes.schema(Object.class).getType()).isNull();
    }

    @Test
    void shouldNameNestedClassesAsJavaDoes() {
        assertThat(JavaTypes.name(Region.class)).isEqualTo("dev.problemguide.openapi.internal.JavaTypesTest.Region");
    }

    @Test
    void shouldAllowNullOnlyForReferenceTypes() {
        assertThat(JavaTypes.schema(String.class).getNullable()).isTrue();
        assertThat(JavaTypes.schema(Long.class).getNullable()).isTrue();
        assertThat(JavaTypes.schema(long.class).getNullable()).isNull();
        assertThat(JavaTypes.schema(boolean.class).getNullable()).isNull();
    }
}
