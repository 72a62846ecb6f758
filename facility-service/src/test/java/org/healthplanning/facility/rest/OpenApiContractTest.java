package org.healthplanning.facility.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.healthplanning.platform.testing.PostgresResource;
import org.junit.jupiter.api.Test;

/** The published document is one a generated client can use unchanged. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@SuppressWarnings("unchecked")
class OpenApiContractTest {
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");
    private static final Pattern OPERATION_ID = Pattern.compile("^[a-z]+[A-Z][A-Za-z]*$");
    /** Parameters that carry numbers or booleans and must not be declared as strings. */
    private static final Pattern TYPED = Pattern.compile("^(page|size|year|from|to|dryRun|population|target|id|.*Id|.*Year)$");
    /** GETs that need a token: the audit trail is admin only. */
    private static final Set<String> PROTECTED_READS = Set.of("/api/v1/audit");

    private static Map<String, Object> doc;

    private static Map<String, Object> doc() {
        if (doc == null) {
            JsonPath json = given().accept("application/json").when().get("/q/openapi?format=json")
                    .then().statusCode(200).extract().jsonPath();
            doc = json.getMap("");
        }
        return doc;
    }

    private static List<Object[]> operations() {
        List<Object[]> out = new ArrayList<>();
        Map<String, Object> paths = (Map<String, Object>) doc().get("paths");
        for (Map.Entry<String, Object> path : paths.entrySet()) {
            for (Map.Entry<String, Object> op : ((Map<String, Object>) path.getValue()).entrySet()) {
                if (METHODS.contains(op.getKey())) {
                    out.add(new Object[] {op.getKey(), path.getKey(), op.getValue()});
                }
            }
        }
        return out;
    }

    private static Map<String, Object> resolve(Map<String, Object> node, String section) {
        Object ref = node.get("$ref");
        if (ref == null) {
            return node;
        }
        String name = ref.toString().substring(ref.toString().lastIndexOf('/') + 1);
        Map<String, Object> target = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) doc().get("components"))
                .get(section)).get(name);
        assertNotNull(target, "dangling " + ref);
        return target;
    }

    @Test
    void everyOperationHasAUniqueOperationIdSummaryDescriptionAndTag() {
        Set<String> ids = new HashSet<>();
        for (Object[] o : operations()) {
            Map<String, Object> op = (Map<String, Object>) o[2];
            String where = o[0] + " " + o[1];
            String id = (String) op.get("operationId");
            assertNotNull(id, "no operationId on " + where);
            assertTrue(OPERATION_ID.matcher(id).matches(), "operationId not verb + noun in camelCase: " + id);
            assertTrue(ids.add(id), "operationId used twice: " + id);
            assertFalse(String.valueOf(op.get("summary")).isBlank(), "no summary on " + where);
            assertNotNull(op.get("description"), "no description on " + where);
            assertFalse(((List<String>) op.get("tags")).isEmpty(), "no tag on " + where);
        }
        assertTrue(ids.containsAll(List.of("listRegions", "createRegion", "getRegion", "putRegion", "deleteRegion", "getRegionRatios",
                "getRegionGaps", "listRegionPopulation", "putRegionPopulation", "deleteRegionPopulation", "listReportedTotals",
                "putReportedTotals", "deleteReportedTotals", "listPublishedRatios", "putPublishedRatio", "deletePublishedRatio",
                "listAllPublishedRatios", "listFacilities", "createFacility", "getFacility", "putFacility",
                "deleteFacility", "listFacilityResources", "putFacilityResources", "deleteFacilityResources", "importFacilities",
                "exportFacilities", "listStandards", "createStandard", "getStandard", "putStandard", "deleteStandard",
                "listAuditEntries")), "operationIds: " + ids);
        List<Map<String, Object>> tags = (List<Map<String, Object>>) doc().get("tags");
        Set<String> names = new HashSet<>();
        for (Map<String, Object> tag : tags) {
            assertTrue(names.add((String) tag.get("name")), "tag declared twice: " + tag.get("name"));
            assertNotNull(tag.get("description"), "tag without description: " + tag.get("name"));
        }
    }

    @Test
    void numericAndBooleanParametersAreNotStrings() {
        for (Object[] o : operations()) {
            List<Map<String, Object>> parameters = (List<Map<String, Object>>) ((Map<String, Object>) o[2]).get("parameters");
            if (parameters == null) {
                continue;
            }
            for (Map<String, Object> p : parameters) {
                Map<String, Object> parameter = resolve(p, "parameters");
                String in = (String) parameter.get("in");
                String name = (String) parameter.get("name");
                if (!"path".equals(in) && !"query".equals(in) || !TYPED.matcher(name).matches()) {
                    continue;
                }
                if (o[1].equals("/api/v1/audit") && (name.equals("from") || name.equals("to"))) {
                    continue; // ISO-8601 instants or dates
                }
                Map<String, Object> schema = (Map<String, Object>) parameter.get("schema");
                assertNotNull(schema, "no schema for " + name + " of " + o[0] + " " + o[1]);
                assertFalse(String.valueOf(schema.get("type")).contains("string"),
                        name + " of " + o[0] + " " + o[1] + " is declared a string: " + schema);
            }
        }
    }

    @Test
    void everyJsonAnswerHasASchema() {
        for (Object[] o : operations()) {
            Map<String, Object> responses = (Map<String, Object>) ((Map<String, Object>) o[2]).get("responses");
            for (Map.Entry<String, Object> r : responses.entrySet()) {
                if (!r.getKey().startsWith("2") && !r.getKey().startsWith("4")) {
                    continue;
                }
                Map<String, Object> response = resolve((Map<String, Object>) r.getValue(), "responses");
                Map<String, Object> content = (Map<String, Object>) response.get("content");
                if (content == null) {
                    assertTrue(r.getKey().equals("204"), "no content for " + r.getKey() + " of " + o[0] + " " + o[1]);
                    continue;
                }
                for (Map.Entry<String, Object> media : content.entrySet()) {
                    assertNotNull(((Map<String, Object>) media.getValue()).get("schema"),
                            "no schema for " + r.getKey() + " " + media.getKey() + " of " + o[0] + " " + o[1]);
                    if (r.getKey().startsWith("4")) {
                        assertEquals("application/problem+json", media.getKey(), r.getKey() + " of " + o[0] + " " + o[1]);
                    }
                }
            }
        }
    }

    @Test
    void publicReadsDeclareNoSecurityAndWritesTheBearerScheme() {
        for (Object[] o : operations()) {
            Object security = ((Map<String, Object>) o[2]).get("security");
            String where = o[0] + " " + o[1];
            if (o[0].equals("get") && !PROTECTED_READS.contains(o[1])) {
                assertEquals(List.of(), security, "security of " + where);
            } else {
                assertTrue(String.valueOf(security).contains("bearerJwt"), "security of " + where);
            }
        }
        assertFalse(((Map<String, Object>) doc().get("paths")).containsKey("/api/v1/admin/synthetic-data"),
                "there is no synthetic-data endpoint");
    }
}
