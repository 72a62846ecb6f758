package org.healthplanning.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.healthplanning.suite.Http.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each backend publishes the document the gateway was built with (contract/backends/&lt;service&gt;.json,
 * merged into the suite's document at the gateway's build), and the gateway's document is the
 * committed snapshot contract/openapi.json, from which
 * the build generates and compiles clients and which it lints (contract/README.md). The live document
 * (normalized as {@link Contract#normalized} says) is written to suite-runner/target/openapi/suite.json;
 * with -Dcontract.snapshot.write=true (contract/refresh.sh) it replaces the snapshot instead of being
 * compared with it.
 */
class OpenApiContractIT {
    static final Path LIVE = RunningSuite.ROOT.resolve("suite-runner/target/openapi/suite.json");
    static final String REFRESH = "contract/refresh.sh";

    private static SuiteUnderTest sut;

    @BeforeAll
    static void startSuite() throws Exception {
        sut = SuiteUnderTest.start("contract");
    }

    @AfterAll
    static void stopSuite() {
        if (sut != null) {
            sut.close();
        }
    }

    @Test
    void eachBackendPublishesTheDocumentTheGatewayIsBuiltWith() throws Exception {
        assumeFalse(Boolean.getBoolean("contract.snapshot.write"), "refreshing: contract/refresh.sh copies the backends' documents");
        for (String service : List.of("indicator-service", "project-service", "facility-service")) {
            Reply reply = sut.get(sut.services.get(service).baseUrl() + "/q/openapi?format=json");
            assertEquals(200, reply.status(), reply.body());
            Path committed = RunningSuite.ROOT.resolve("contract/backends/" + service + ".json");
            JsonNode live = Contract.sorted(Contract.JSON.readTree(reply.body()));
            JsonNode built = Contract.sorted(Contract.JSON.readTree(Files.readString(committed, StandardCharsets.UTF_8)));
            if (!built.equals(live)) {
                throw new AssertionError(service + " publishes another OpenAPI document than "
                        + RunningSuite.ROOT.relativize(committed) + ", the one the gateway is built with. Refresh with\n    "
                        + REFRESH + "\nand commit contract/. Differences (first 40):\n  "
                        + String.join("\n  ", Contract.differences(built, live, 40)));
            }
        }
    }

    @Test
    void theMergedDocumentIsTheCommittedSnapshot() throws Exception {
        Reply reply = sut.get(sut.gateway("/q/openapi?format=json"));
        assertEquals(200, reply.status(), reply.body());
        JsonNode live = Contract.normalized(reply.body(), sut.suite.gatewayUrl());
        String text = Contract.pretty(live);
        Files.createDirectories(LIVE.getParent());
        Files.writeString(LIVE, text, StandardCharsets.UTF_8);
        if (Boolean.getBoolean("contract.snapshot.write")) {
            Files.writeString(Contract.SNAPSHOT, text, StandardCharsets.UTF_8);
            System.out.println("Wrote " + Contract.SNAPSHOT);
            return;
        }
        assumeFalse(Contract.skipped(), "-Dcontract.skip: the snapshot is not compared");

        assertTrue(Files.exists(Contract.SNAPSHOT), "No snapshot " + Contract.SNAPSHOT + ": run " + REFRESH + " and commit it");
        JsonNode committed = Contract.JSON.readTree(Files.readString(Contract.SNAPSHOT, StandardCharsets.UTF_8));
        if (!committed.equals(live)) {
            List<String> differences = Contract.differences(committed, live, 40);
            throw new AssertionError("The gateway's merged OpenAPI document differs from the committed snapshot "
                    + RunningSuite.ROOT.relativize(Contract.SNAPSHOT) + " (live document: " + RunningSuite.ROOT.relativize(LIVE)
                    + "). If the change is intended, refresh the snapshot with\n    " + REFRESH
                    + "\nand commit contract/openapi.json. Differences (first " + differences.size() + "):\n  "
                    + String.join("\n  ", differences));
        }
    }
}
