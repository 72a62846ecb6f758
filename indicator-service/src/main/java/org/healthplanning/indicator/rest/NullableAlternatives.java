package org.healthplanning.indicator.rest;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * A nullable field whose values are a named enumeration ({@code @Schema(nullable = true, anyOf = ...)})
 * comes out of the scanner as {@code type: [string, null]} with {@code anyOf: [{$ref}]}, which a null
 * does not satisfy; this adds the {@code {type: null}} alternative so that the schema says what the
 * service sends: one of the values, or null.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class NullableAlternatives implements OASFilter {
    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        for (Schema schema : openAPI.getComponents().getSchemas().values()) {
            Map<String, Schema> properties = schema.getProperties();
            if (properties == null) {
                continue;
            }
            properties.values().forEach(NullableAlternatives::allowNull);
        }
    }

    private static void allowNull(Schema property) {
        List<Schema.SchemaType> types = property.getType();
        List<Schema> anyOf = property.getAnyOf();
        if (types == null || !types.contains(Schema.SchemaType.NULL) || anyOf == null || anyOf.isEmpty()) {
            return;
        }
        boolean hasNull = anyOf.stream().anyMatch(s -> s.getType() != null && s.getType().equals(List.of(Schema.SchemaType.NULL)));
        if (!hasNull) {
            List<Schema> alternatives = new ArrayList<>(anyOf);
            alternatives.add(OASFactory.createSchema().addType(Schema.SchemaType.NULL));
            property.setAnyOf(alternatives);
        }
    }
}
