package org.healthplanning.gateway.rest;

import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.healthplanning.gateway.client.Backend;

import org.healthplanning.gateway.config.WireMockBackends;
import org.healthplanning.gateway.service.OpenApiChecks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(WireMockBackends.class)
class OpenApiRoutesTest {
    static final String PAGE_INFO = """
            "PageInfo": {"type": "object", "properties": {"page": {"type": "integer"}, "total": {"type": "integer"}}},
            "Totals": {"type": "object", "properties": {"%s": {"type": "number"}}},
            "AuditEntry": {"type": "object", "required": ["id"], "properties": {"id": {"type": "integer", "format": "int64"}}},
            "Problem": {"type": "object", "additionalProperties": true, "required": ["type", "title", "status"],
                        "properties": {"type": {"type": "string"}, "title": {"type": "string"}, "status": {"type": "integer"},
                                       "errors": {"type": ["array", "null"], "items": {"$ref": "#/components/schemas/FieldError"}}}},
            "FieldError": {"type": "object", "properties": {"field": {"type": "string"}}}""";
    static final String AUDIT = """
            "/api/v1/audit": {"get": {"tags": ["Audit"], "operationId": "list%sAuditEntries", "summary": "Audit",
                 "security": [{"bearerJwt": []}],
                 "responses": {"200": {"description": "rows", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/AuditEntry"}}}}}}}""";
    static final String BEARER = """
            "securitySchemes": {"bearerJwt": {"type": "http", "scheme": "bearer", "bearerFormat": "JWT", "description": "%s"}}""";
    static final String INDICATOR_DOC = """
            {"openapi": "3.1.0", "info": {"title": "indicator-service", "version": "1.0.0"},
             "servers": [{"url": "http://localhost:8081"}],
             "tags": [{"name": "Plans", "description": "Five-year health development plans"}, {"name": "Audit", "description": "indicator audit"}],
             "paths": {
               "/api/v1/plans": {
                 "get": {"tags": ["Plans"], "operationId": "listPlans", "summary": "List plans", "security": [],
                         "responses": {"200": {"description": "A page", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/PageInfo"}}}}}},
                 "post": {"tags": ["Plans"], "operationId": "createPlan", "summary": "Create a plan", "security": [{"bearerJwt": []}],
                          "responses": {"201": {"description": "Created", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Totals"}}}},
                                        "400": {"description": "Invalid", "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}}}},
               "/api/v1/plans/{planCode}": {
                 "get": {"tags": ["Plans"], "operationId": "getPlan", "summary": "Get a plan", "security": [], "responses": {"200": {"description": "The plan"}}}},
               %s},
             "components": {"schemas": {%s}, %s}}""".formatted(AUDIT.formatted("Indicator"), PAGE_INFO.formatted("indicator"),
            BEARER.formatted("indicator's words"));
    static final String PROJECT_DOC = """
            {"openapi": "3.1.0", "info": {"title": "project-service", "version": "1.0.0"},
             "servers": [{"url": "http://localhost:8082"}],
             "security": [{"jwt": []}],
             "tags": [{"name": "Projects"}, {"name": "Project summaries", "description": "Sums of projects"}],
             "paths": {
               "/api/v1/projects": {
                 "get": {"tags": ["Projects"], "operationId": "listProjects", "summary": "List projects",
                         "responses": {"200": {"description": "A page", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/PageInfo"}}}}}}},
               "/api/v1/plans/{planCode}/project-summary": {
                 "get": {"tags": ["Project summaries"], "operationId": "getProjectSummary", "summary": "Project summary",
                         "responses": {"200": {"description": "Summary", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Totals"}}}},
                                       "404": {"description": "None", "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}}}},
               %s},
             "components": {"schemas": {%s},
             "securitySchemes": {"jwt": {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"}}}}""".formatted(AUDIT.formatted("Project"),
            PAGE_INFO.formatted("project"));
    static final String FACILITY_DOC = """
            {"openapi": "3.1.0", "info": {"title": "facility-service", "version": "1.0.0"},
             "paths": {
               "/api/v1/regions/{code}/ratios": {
                 "get": {"tags": ["Ratios and gaps"], "operationId": "getRegionRatios", "summary": "Ratios", "responses": {"200": {"description": "Ratios"}}}},
               "/api/v1/standards": {
                 "get": {"tags": ["Standards"], "operationId": "listStandards", "summary": "Standards", "responses": {"200": {"description": "Standards"}}},
                 "post": {"tags": ["Standards"], "operationId": "createStandard", "summary": "Create", "responses": {"201": {"description": "Created"}}}}},
             "components": {%s}}""".formatted(BEARER.formatted("facility's words"));

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    void reset() {
        WireMockBackends.resetAll();
        breakers.resetAll();
        stub(Backend.INDICATOR, INDICATOR_DOC);
        stub(Backend.PROJECT, PROJECT_DOC);
        stub(Backend.FACILITY, FACILITY_DOC);
        // the backends' documents are fetched with the short test timeout: wait until each has been read once
        for (int i = 0; i < 20; i++) {
            Map<String, Object> paths = merged().getMap("paths");
            if (paths.containsKey("/api/v1/plans") && paths.containsKey("/api/v1/projects") && paths.containsKey("/api/v1/standards")) {
                break;
            }
        }
    }

    static void stub(Backend b, String doc) {
        WireMockBackends.server(b).stubFor(get(urlPathEqualTo("/q/openapi"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(doc)));
    }

    static JsonNode tree() {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                    .extract().asByteArray());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonPath merged() {
        return given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).contentType(containsString("application/json")).extract().jsonPath();
    }

    @Test
    void everyBackendOperationAndTheGatewaysOwnAreInOneDocument() {
        JsonPath doc = merged();
        Map<String, List<String>> expected = Map.of(
                "/api/v1/plans", List.of("get", "post"),
                "/api/v1/plans/{planCode}", List.of("get"),
                "/api/v1/projects", List.of("get"),
                "/api/v1/plans/{planCode}/project-summary", List.of("get"),
                "/api/v1/regions/{code}/ratios", List.of("get"),
                "/api/v1/standards", List.of("get", "post"),
                "/api/v1/plans/{planCode}/overview", List.of("get"),
                "/api/v1/regions/{code}/dashboard", List.of("get"),
                "/problems/{type}", List.of("get"));
        expected.forEach((path, methods) -> methods.forEach(m ->
                org.hamcrest.MatcherAssert.assertThat(path + " " + m, doc.getMap("paths.'" + path + "'"), hasKey(m))));

        org.hamcrest.MatcherAssert.assertThat(doc.getString("servers[0].url"), equalTo("/"));
        org.hamcrest.MatcherAssert.assertThat(doc.getList("servers"), hasSize(1));
        // tags as the services name them, merged by name, each declared once with its description
        List<String> tagNames = doc.getList("tags.name", String.class);
        org.hamcrest.MatcherAssert.assertThat(tagNames, hasItems("Plans", "Projects", "Project summaries", "Ratios and gaps",
                "Standards", "Audit", "Plan overviews", "Region dashboards", "Problem types"));
        org.hamcrest.MatcherAssert.assertThat(tagNames.size(), equalTo(new java.util.HashSet<>(tagNames).size()));
        org.hamcrest.MatcherAssert.assertThat(tagNames, everyItem(not(containsString("service"))));
        org.hamcrest.MatcherAssert.assertThat(doc.getString("tags.find { it.name == 'Plans' }.description"),
                equalTo("Five-year health development plans"));
        org.hamcrest.MatcherAssert.assertThat(doc.getList("paths.'/api/v1/projects'.get.tags", String.class), equalTo(List.of("Projects")));
        org.hamcrest.MatcherAssert.assertThat(doc.getString("paths.'/api/v1/projects'.get.x-service"), equalTo("project-service"));
        // every operation keeps its own operationId
        org.hamcrest.MatcherAssert.assertThat(doc.getString("paths.'/api/v1/plans'.get.operationId"), equalTo("listPlans"));
        org.hamcrest.MatcherAssert.assertThat(doc.getString("paths.'/api/v1/projects'.get.operationId"), equalTo("listProjects"));
        org.hamcrest.MatcherAssert.assertThat(doc.getString("paths.'/api/v1/regions/{code}/ratios'.get.operationId"),
                equalTo("getRegionRatios"));
        org.hamcrest.MatcherAssert.assertThat(doc.getString("paths.'/api/v1/plans/{planCode}/overview'.get.operationId"),
                equalTo("getPlanOverview"));
        org.hamcrest.MatcherAssert.assertThat(doc.getString("paths.'/api/v1/regions/{code}/dashboard'.get.operationId"),
                equalTo("getRegionDashboard"));
        org.hamcrest.MatcherAssert.assertThat(doc.getString("paths.'/problems/{type}'.get.operationId"), equalTo("getProblemType"));
        JsonNode tree = tree();
        org.hamcrest.MatcherAssert.assertThat(OpenApiChecks.operationIdProblems(tree), equalTo(List.of()));
        org.hamcrest.MatcherAssert.assertThat(OpenApiChecks.unresolvedRefs(tree), equalTo(List.of()));
        // Try-it-out can send the bearer token project-service asks for; public reads stay public
        org.hamcrest.MatcherAssert.assertThat(doc.getString("components.securitySchemes.jwt.scheme"), equalTo("bearer"));
        org.hamcrest.MatcherAssert.assertThat(doc.getMap("paths.'/api/v1/projects'.get.security[0]"), hasKey("jwt"));
        org.hamcrest.MatcherAssert.assertThat(doc.getList("paths.'/api/v1/plans'.get.security"), hasSize(0));
        for (String view : List.of("/api/v1/plans/{planCode}/overview", "/api/v1/regions/{code}/dashboard", "/problems/{type}")) {
            org.hamcrest.MatcherAssert.assertThat(view, doc.getList("paths.'" + view + "'.get.security"), hasSize(0));
        }
    }

    @Test
    void theGatewaysAuditTrailReplacesTheBackendsOwn() {
        JsonPath doc = merged();
        org.hamcrest.MatcherAssert.assertThat(doc.getString("paths.'/api/v1/audit'.get.operationId"), equalTo("listAuditEntries"));
        org.hamcrest.MatcherAssert.assertThat(doc.getString("paths.'/api/v1/audit'.get.x-service"), equalTo("gateway"));
        org.hamcrest.MatcherAssert.assertThat(doc.getMap("paths.'/api/v1/audit'.get.security[0]"), hasKey("bearerJwt"));
        String text = tree().toString();
        org.hamcrest.MatcherAssert.assertThat(text, not(containsString("listIndicatorAuditEntries")));
        org.hamcrest.MatcherAssert.assertThat(text, not(containsString("listProjectAuditEntries")));
        // the gateway's rows carry a backend's audit members plus the service that wrote them
        org.hamcrest.MatcherAssert.assertThat(doc.getString("components.schemas.SuiteAuditEntry.properties.id.format"), equalTo("int64"));
        org.hamcrest.MatcherAssert.assertThat(doc.getList("components.schemas.SuiteAuditEntry.required"), org.hamcrest.Matchers.hasItem("service"));
        org.hamcrest.MatcherAssert.assertThat(doc.getList("tags.findAll { it.name == 'Audit' }"), hasSize(1));
    }

    @Test
    void identicalSchemasAreSharedAndDifferentOnesRenamedWithTheirReferences() {
        JsonPath doc = merged();
        Map<String, Object> schemas = doc.getMap("components.schemas");
        // PageInfo is the same in indicator- and project-service: one copy
        org.hamcrest.MatcherAssert.assertThat(schemas, hasKey("PageInfo"));
        org.hamcrest.MatcherAssert.assertThat(schemas, not(hasKey("ProjectPageInfo")));
        // one Problem and one FieldError: the backends' (the gateway's mirrors the same schema)
        org.hamcrest.MatcherAssert.assertThat(OpenApiChecks.extraProblemSchemas(tree()), equalTo(List.of()));
        org.hamcrest.MatcherAssert.assertThat(doc.getList("components.schemas.Problem.required", String.class),
                equalTo(List.of("type", "title", "status")));
        org.hamcrest.MatcherAssert.assertThat(doc.getString(
                        "paths.'/api/v1/plans'.post.responses.'400'.content.'application/problem+json'.schema.$ref"),
                equalTo("#/components/schemas/Problem"));
        org.hamcrest.MatcherAssert.assertThat(doc.getString(
                        "paths.'/api/v1/plans/{planCode}/overview'.get.responses.'404'.content.'application/problem+json'.schema.$ref"),
                equalTo("#/components/schemas/Problem"));
        // Totals differ between indicator- and project-service: project's is renamed, its reference too
        org.hamcrest.MatcherAssert.assertThat(doc.getString(
                        "paths.'/api/v1/plans/{planCode}/project-summary'.get.responses.'200'.content.'application/json'.schema.$ref"),
                equalTo("#/components/schemas/ProjectTotals"));
        org.hamcrest.MatcherAssert.assertThat(doc.getString("components.schemas.ProjectTotals.properties.project.type"), equalTo("number"));
        org.hamcrest.MatcherAssert.assertThat(doc.getString("components.schemas.Totals.properties.indicator.type"), equalTo("number"));
        // one bearerJwt scheme though each service describes it in its own words
        org.hamcrest.MatcherAssert.assertThat(doc.getMap("components.securitySchemes"), not(hasKey("IndicatorBearerJwt")));
        org.hamcrest.MatcherAssert.assertThat(doc.getMap("components.securitySchemes"), not(hasKey("FacilityBearerJwt")));
        org.hamcrest.MatcherAssert.assertThat(doc.getString("components.securitySchemes.bearerJwt.scheme"), equalTo("bearer"));
    }

    @Test
    void theDocumentPublishesNoBackendAddressesOrErrors() {
        merged();
        WireMockBackends.server(Backend.FACILITY).resetAll();
        WireMockBackends.server(Backend.FACILITY).stubFor(get(urlPathEqualTo("/q/openapi"))
                .willReturn(aResponse().withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER)));
        JsonPath doc = merged();
        org.hamcrest.MatcherAssert.assertThat(doc.getMap("info"), not(hasKey("x-backends")));
        String text = tree().toString();
        for (Backend b : Backend.values()) {
            org.hamcrest.MatcherAssert.assertThat(text, not(containsString(":" + WireMockBackends.server(b).port())));
        }
        org.hamcrest.MatcherAssert.assertThat(text, not(containsString("localhost:8081")));
        org.hamcrest.MatcherAssert.assertThat(doc.getString("info.version"), equalTo("1.0.0"));
        org.hamcrest.MatcherAssert.assertThat(doc.getString("info.contact.email"), equalTo("healthplanning@example.org"));
        org.hamcrest.MatcherAssert.assertThat(doc.getString("info.contact.name"), equalTo("District health planning suite"));
        org.hamcrest.MatcherAssert.assertThat(doc.getString("info.license.name"), equalTo("Apache-2.0"));
        org.hamcrest.MatcherAssert.assertThat(doc.getString("info.license.url"), equalTo("https://www.apache.org/licenses/LICENSE-2.0.html"));
    }

    @Test
    void aBackendThatIsDownLeavesWhatWasLastKnown() {
        merged();
        WireMockBackends.server(Backend.FACILITY).resetAll();
        WireMockBackends.server(Backend.FACILITY).stubFor(get(urlPathEqualTo("/q/openapi"))
                .willReturn(aResponse().withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER)));
        JsonPath doc = merged();
        org.hamcrest.MatcherAssert.assertThat(doc.getMap("paths"), hasKey("/api/v1/standards"));
        org.hamcrest.MatcherAssert.assertThat(doc.getMap("paths"), hasKey("/api/v1/projects"));
    }

    @Test
    void yamlByDefaultAndSwaggerUiShowsTheMergedDocument() {
        given().when().get("/q/openapi").then().statusCode(200).contentType(containsString("yaml"))
                .body(containsString("/api/v1/regions/{code}/ratios:"))
                .body(containsString("/api/v1/plans/{planCode}/overview:"));
        given().accept("application/json").when().get("/q/openapi").then().statusCode(200)
                .contentType(containsString("json")).body("paths", hasKey("/api/v1/projects"));
        given().when().get("/q/openapi.json").then().statusCode(200).body("paths", hasKey("/api/v1/standards"));
        given().when().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
        String ui = given().when().get("/q/swagger-ui/").then().extract().asString();
        org.hamcrest.MatcherAssert.assertThat(ui, containsString("/q/openapi"));
        org.hamcrest.MatcherAssert.assertThat(ui, not(containsString("/q/openapi-gateway")));
    }
}
