package org.healthplanning.indicator.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.healthplanning.indicator.service.DefinitionIndex;
import org.healthplanning.platform.testing.PostgresResource;
import org.healthplanning.platform.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The shipped catalogue (migrations V2 and V23): at least 150 definitions, each naming the document it
 * is taken from, with a direction and a unit (or a reason to have none), unique codes and printed names,
 * and resource metrics only where facility-service computes that ratio.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class CatalogueTest {
    static final String BASE = "/api/v1/indicator-definitions";

    /** The ratios facility-service computes (its RatioResource); the only values resourceMetric may take. */
    static final Set<String> RESOURCE_METRICS = Set.of("bedsPer1000", "licensedDoctorsPer1000", "registeredNursesPer1000",
            "pharmacistsPer1000", "tcmDoctorsPer1000", "healthTechniciansPer1000", "gpsPer10000", "publicHealthStaffPer10000",
            "ambulancesPer30000", "childcareSlotsPer1000", "doctorNurseRatio", "bedStaffRatio");
    /** Ratios no catalogued definition names: their definitions' documents were not found (V25 leaves them out). */
    static final Set<String> WITHOUT_DEFINITION = Set.of("pharmacistsPer1000", "bedStaffRatio");

    /** The shipped definitions printed without a unit, and why. */
    static final Map<String, String> NO_UNIT = Map.of(
            "DOCTOR_NURSE_RATIO", "a ratio: nurses per doctor, printed 1:1.25",
            "CITY_HOSPITAL_BED_NURSE_RATIO", "a ratio: nurses per bed, printed 1:0.6",
            "OUTPATIENT_TO_DISCHARGE_RATIO", "a ratio of two counts",
            "EMR_FUNCTION_LEVEL", "a grade, not a quantity",
            "APPOINTMENT_WAITING_TIME", "the performance indicator table prints no unit",
            "INPATIENT_WORKLOAD_PER_DOCTOR", "the performance indicator table prints no unit");

    /** The marker V23 put on the two definitions whose document was not found (V25 removes them): none may carry it. */
    static final String NOT_FOUND_MARKER = "未检索到原文出处";

    @BeforeEach
    void adminToken() {
        Tokens.adminByDefault();
    }

    /** Every definition, read page by page as a client would (page and size, default order by code). */
    static List<JsonNode> all() {
        List<JsonNode> out = new ArrayList<>();
        int size = 100;
        long total;
        int page = 0;
        do {
            JsonNode body = Demo.tree(given().queryParam("page", page).queryParam("size", size)
                    .when().get(BASE).then().statusCode(200).extract().asString());
            total = body.get("total").asLong();
            body.get("items").forEach(out::add);
            page++;
        } while ((long) page * size < total);
        assertEquals(total, out.size(), "every page read");
        return out;
    }

    /**
     * The definitions the migrations ship: created no later than CVD_MORTALITY, which V23 inserts (one
     * transaction, one timestamp); definitions other tests create through the API come later.
     */
    static List<JsonNode> shipped(List<JsonNode> all) {
        Instant catalogue = all.stream().filter(d -> d.get("code").asText().equals("CVD_MORTALITY"))
                .map(d -> Instant.parse(d.get("createdAt").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("CVD_MORTALITY (V23) is missing"));
        return all.stream().filter(d -> !Instant.parse(d.get("createdAt").asText()).isAfter(catalogue)).toList();
    }

    @Test
    void theCatalogueHasAtLeast150DefinitionsEachWithItsSource() {
        List<JsonNode> shipped = shipped(all());
        assertTrue(shipped.size() >= 150, "shipped definitions: " + shipped.size());
        assertEquals(156, shipped.size(), "the definitions of V2 (49) and V23 (109), less the two V25 leaves out");
        List<String> problems = new ArrayList<>();
        Set<String> unverified = new TreeSet<>();
        for (JsonNode d : shipped) {
            String code = d.get("code").asText();
            String source = d.path("source").asText("");
            if (source.isBlank()) {
                problems.add(code + ": no source");
            } else if (source.length() > 500) {
                problems.add(code + ": source longer than 500 characters");
            } else if (source.startsWith(NOT_FOUND_MARKER)) {
                unverified.add(code);
            } else if (!source.contains("《") && !source.contains("（")) {
                problems.add(code + ": source is not a citation: " + source);
            }
            if (!d.hasNonNull("direction") || !Set.of("INCREASE", "DECREASE", "NEUTRAL").contains(d.get("direction").asText())) {
                problems.add(code + ": no direction");
            }
            boolean hasUnit = d.hasNonNull("unit") && !d.get("unit").asText().isBlank();
            if (!hasUnit && !NO_UNIT.containsKey(code)) {
                problems.add(code + ": no unit and no reason to have none");
            }
            if (hasUnit && NO_UNIT.containsKey(code)) {
                problems.add(code + ": has a unit, yet is listed as having none");
            }
            if (!code.matches("[A-Z][A-Z0-9_]{0,63}")) {
                problems.add(code + ": not UPPER_SNAKE within 64 characters");
            }
            if (d.hasNonNull("resourceMetric") && !RESOURCE_METRICS.contains(d.get("resourceMetric").asText())) {
                problems.add(code + ": resourceMetric " + d.get("resourceMetric").asText() + " is not a facility-service ratio");
            }
        }
        assertEquals(List.of(), problems);
        assertEquals(Set.of(), unverified, "every definition is taken from a document");
    }

    @Test
    void codesNamesAndAliasesAreUniqueSoThatRowsLinkUnambiguously() {
        List<JsonNode> all = all();
        Set<String> codes = new TreeSet<>();
        Map<String, String> owner = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (JsonNode d : all) {
            String code = d.get("code").asText();
            if (!codes.add(code)) {
                clashes.add("code " + code + " twice");
            }
            List<String> names = new ArrayList<>();
            names.add(d.get("name").asText());
            d.get("aliases").forEach(a -> names.add(a.asText()));
            for (String n : names) {
                // as DefinitionIndex matches: spaces dropped, full-width folded
                String previous = owner.putIfAbsent(DefinitionIndex.normalise(n), code);
                // (a definition may print the same name twice, as 每千人口执业(助理)医师数 beside its full-width name)
                if (previous != null && !previous.equals(code)) {
                    clashes.add("'" + n + "' belongs to " + previous + " and " + code);
                }
            }
        }
        assertEquals(List.of(), clashes);
    }

    @Test
    void resourceMetricsAreFacilityServiceRatiosEachLinkedOnce() {
        Map<String, String> byMetric = new HashMap<>();
        for (JsonNode d : shipped(all())) {
            if (d.hasNonNull("resourceMetric")) {
                String metric = d.get("resourceMetric").asText();
                assertTrue(RESOURCE_METRICS.contains(metric), d.get("code").asText() + ": " + metric);
                String previous = byMetric.put(metric, d.get("code").asText());
                assertFalse(previous != null, metric + " is linked by " + previous + " and " + d.get("code").asText());
            }
        }
        Set<String> linked = new TreeSet<>(RESOURCE_METRICS);
        linked.removeAll(WITHOUT_DEFINITION);
        assertEquals(linked, new TreeSet<>(byMetric.keySet()), "every other facility-service ratio has its definition");
    }

    @Test
    void aDefinitionCarriesItsSourceThroughTheApi() {
        given().when().get(BASE + "/LIFE_EXPECTANCY").then().statusCode(200)
                .body("source", org.hamcrest.Matchers.equalTo("《“十四五”国民健康规划》（国办发〔2022〕11号）"));
        given().when().get(BASE + "/CVD_MORTALITY").then().statusCode(200)
                .body("name", org.hamcrest.Matchers.equalTo("心脑血管疾病死亡率"))
                .body("unit", org.hamcrest.Matchers.equalTo("/10万"))
                .body("direction", org.hamcrest.Matchers.equalTo("DECREASE"))
                .body("source", org.hamcrest.Matchers.containsString("心脑血管疾病防治行动实施方案"));
        // the property follows description in the JSON document
        String json = given().when().get(BASE + "/CVD_MORTALITY").then().statusCode(200).extract().asString();
        assertTrue(json.indexOf("\"description\"") < json.indexOf("\"source\"")
                && json.indexOf("\"source\"") < json.indexOf("\"version\""), json);
        // admin writes may give a source, or none
        given().contentType(io.restassured.http.ContentType.JSON)
                .body("{\"code\": \"CATALOGUE_SOURCE_TEST\", \"name\": \"目录出处测试指标\", \"unit\": \"%\", \"direction\": \"INCREASE\","
                        + " \"source\": \"《测试文件》（测试机关，2024）\"}")
                .when().post(BASE).then().statusCode(201).body("source", org.hamcrest.Matchers.equalTo("《测试文件》（测试机关，2024）"));
        given().contentType(io.restassured.http.ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"code\": \"CATALOGUE_SOURCE_TEST\", \"name\": \"目录出处测试指标\", \"unit\": \"%\", \"direction\": \"INCREASE\"}")
                .when().put(BASE + "/CATALOGUE_SOURCE_TEST").then().statusCode(200).header("ETag", "\"1\"")
                .body("source", org.hamcrest.Matchers.nullValue());
        given().contentType(io.restassured.http.ContentType.JSON)
                .body("{\"code\": \"CATALOGUE_SOURCE_LONG\", \"name\": \"目录出处过长测试指标\", \"direction\": \"NEUTRAL\", \"source\": \""
                        + "文".repeat(501) + "\"}")
                .when().post(BASE).then().statusCode(400).body("errors[0].field", org.hamcrest.Matchers.equalTo("source"));
        given().when().delete(BASE + "/CATALOGUE_SOURCE_TEST").then().statusCode(204);
    }
}
