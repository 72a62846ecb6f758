package org.healthplanning.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.healthplanning.gateway.client.Backend;
import org.healthplanning.gateway.client.BackendClient;
import org.healthplanning.gateway.config.WireMockBackends;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(WireMockBackends.class)
class OpenApiRoutesTest {
    static final String PAGE_INFO = """
            "PageInfo": {"type": "object", "properties": {"page": {"type": "integer"}, "total": {"type": "integer"}}},
            "FieldError": {"type": "object", "properties": {"field": {"type": "string"}}}""";
    static final String INDICATOR_DOC = """
            {"openapi": "3.1.0", "info": {"title": "indicator-service", "version": "1.0.0"},
             "servers": [{"url": "http://localhost:8081"}],
             "tags": [{"name": "Plans", "description": "Five-year health development plans"}],
             "paths": {
               "/api/v1/plans": {
                 "get": {"tags": ["Plans"], "operationId": "list", "summary": "List plans", "responses": {"200": {"description": "A page"}}},
                 "post": {"tags": ["Plans"], "summary": "Create a plan", "responses": {"201": {"description": "Created",
                          "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}}}},
               "/api/v1/plans/{planCode}": {
                 "get": {"tags": ["Plans"], "operationId": "get", "summary": "Get a plan", "responses": {"200": {"description": "The plan"}}}}},
             "components": {"schemas": {
               "Problem": {"type": "object", "properties": {"status": {"type": "integer"},
                           "errors": {"type": "array", "items": {"$ref": "#/components/schemas/FieldError"}}}},
               %s}}}""".formatted(PAGE_INFO);
    static final String PROJECT_DOC = """
            {"openapi": "3.1.0", "info": {"title": "project-service", "version": "1.0.0"},
             "servers": [{"url": "http://localhost:8082"}],
             "security": [{"jwt": []}],
             "tags": [{"name": "Projects"}],
             "paths": {
               "/api/v1/projects": {
                 "get": {"tags": ["Projects"], "operationId": "list", "summary": "List projects", "responses": {"200": {"description": "A page"}}}},
               "/api/v1/plans/{planCode}/project-summary": {
                 "get": {"tags": ["Projects"], "summary": "Project summary", "responses": {"200": {"description": "Summary",
                         "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}}}}},
             "components": {"schemas": {
               "Problem": {"type": "object", "properties": {"status": {"type": "integer"}, "code": {"type": "string"}}},
               %s},
             "securitySchemes": {"jwt": {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"}}}}""".formatted(PAGE_INFO);
    static final String FACILITY_DOC = """
            {"openapi": "3.1.0", "info": {"title": "facility-service", "version": "1.0.0"},
             "paths": {
               "/api/v1/regions/{code}/ratios": {
                 "get": {"tags": ["Ratios"], "summary": "Ratios", "responses": {"200": {"description": "Ratios"}}}},
               "/api/v1/standards": {
                 "get": {"tags": ["Standards"], "summary": "Standards", "responses": {"200": {"description": "Standards"}}},
                 "post": {"tags": ["Standards"], "summary": "Create", "responses": {"201": {"description": "Created"}}}}}}""";

    @Inject
    BackendClient client;

    @BeforeEach
    void reset() {
        WireMockBackends.resetAll();
        client.resetBreakers();
        stub(Backend.INDICATOR, INDICATOR_DOC);
        stub(Backend.PROJECT, PROJECT_DOC);
        stub(Backend.FACILITY, FACILITY_DOC);
    }

    static void stub(Backend b, String doc) {
        WireMockBackends.server(b).stubFor(get(urlPathEqualTo("/q/openapi"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(doc)));
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
                "/api/v1/regions/{code}/dashboard", List.of("get"));
        expected.forEach((path, methods) -> methods.forEach(m ->
                org.hamcrest.MatcherAssert.assertThat(path + " " + m, doc.getMap("paths.'" + path + "'"), hasKey(m))));

        org.hamcrest.MatcherAssert.assertThat(doc.getString("servers[0].url"), equalTo("http://localhost:" + RestAssured.port));
        org.hamcrest.MatcherAssert.assertThat(doc.getList("tags.name"), hasItem("indicator-service · Plans"));
        org.hamcrest.MatcherAssert.assertThat(doc.getList("tags.name"), hasItem("project-service · Projects"));
        org.hamcrest.MatcherAssert.assertThat(doc.getList("tags.name"), hasItem("gateway · Views"));
        org.hamcrest.MatcherAssert.assertThat(doc.getList("paths.'/api/v1/projects'.get.tags", String.class),
                everyItem(startsWith("project-service")));
        org.hamcrest.MatcherAssert.assertThat(doc.getString("paths.'/api/v1/projects'.get.x-service"), equalTo("project-service"));
        // both services call an operation "list": the second one is renamed
        org.hamcrest.MatcherAssert.assertThat(doc.getString("paths.'/api/v1/plans'.get.operationId"), equalTo("list"));
        org.hamcrest.MatcherAssert.assertThat(doc.getString("paths.'/api/v1/projects'.get.operationId"), equalTo("ProjectList"));
        // Try-it-out can send the bearer token project-service asks for
        org.hamcrest.MatcherAssert.assertThat(doc.getString("components.securitySchemes.jwt.scheme"), equalTo("bearer"));
        org.hamcrest.MatcherAssert.assertThat(doc.getMap("paths.'/api/v1/projects'.get.security[0]"), hasKey("jwt"));
        org.hamcrest.MatcherAssert.assertThat(doc.getMap("paths.'/api/v1/plans'.get"), not(hasKey("security")));
    }

    @Test
    void identicalSchemasAreSharedAndDifferentOnesRenamedWithTheirReferences() {
        JsonPath doc = merged();
        Map<String, Object> schemas = doc.getMap("components.schemas");
        // PageInfo is the same in indicator- and project-service: one copy
        org.hamcrest.MatcherAssert.assertThat(schemas, hasKey("PageInfo"));
        org.hamcrest.MatcherAssert.assertThat(schemas, not(hasKey("ProjectPageInfo")));
        // the gateway's own Problem and FieldError came first; the backends' differ and are renamed, references too
        org.hamcrest.MatcherAssert.assertThat(doc.getString("components.schemas.Problem.description"), equalTo("RFC 9457 problem details"));
        org.hamcrest.MatcherAssert.assertThat(doc.getString(
                        "paths.'/api/v1/plans'.post.responses.'201'.content.'application/problem+json'.schema.$ref"),
                equalTo("#/components/schemas/IndicatorProblem"));
        org.hamcrest.MatcherAssert.assertThat(doc.getString("components.schemas.IndicatorProblem.properties.errors.items.$ref"),
                equalTo("#/components/schemas/IndicatorFieldError"));
        org.hamcrest.MatcherAssert.assertThat(doc.getString(
                        "paths.'/api/v1/plans/{planCode}/project-summary'.get.responses.'200'.content.'application/problem+json'.schema.$ref"),
                equalTo("#/components/schemas/ProjectProblem"));
        org.hamcrest.MatcherAssert.assertThat(doc.getString("components.schemas.ProjectProblem.properties.code.type"), equalTo("string"));
        // project's FieldError equals indicator's renamed one only by content, under its own clash name
        org.hamcrest.MatcherAssert.assertThat(schemas, hasKey("ProjectFieldError"));
    }

    @Test
    void aBackendThatIsDownLeavesWhatWasLastKnown() {
        merged();
        WireMockBackends.server(Backend.FACILITY).resetAll();
        WireMockBackends.server(Backend.FACILITY).stubFor(get(urlPathEqualTo("/q/openapi"))
                .willReturn(aResponse().withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER)));
        JsonPath doc = merged();
        org.hamcrest.MatcherAssert.assertThat(doc.getMap("paths"), hasKey("/api/v1/standards"));
        org.hamcrest.MatcherAssert.assertThat(doc.getString("info.x-backends.facility-service.lastError"), notNullValue());
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
