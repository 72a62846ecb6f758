package org.healthplanning.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * scripts/load-demo.sh, the loader for a suite started some other way (Docker Compose): here a local
 * run started with --no-demo, filled through its gateway's public API by the script.
 */
class LoadDemoScriptIT {
    private static RunningSuite suite;

    @BeforeAll
    static void startEmptySuite() throws Exception {
        suite = new RunningSuite("load-demo");
        String printed = suite.start("--reset", "--no-demo");
        assertTrue(printed.contains("Demo data: not loaded (--no-demo)"), printed);
    }

    @AfterAll
    static void stop() throws Exception {
        List<String> left = suite.stop(true);
        assertTrue(left.isEmpty(), "processes left: " + left);
    }

    private static String loadDemo(int expectedExit, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", RunningSuite.ROOT.resolve("scripts/load-demo.sh").toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String printed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the loader did not end:\n" + printed);
        assertEquals(expectedExit, p.exitValue(), printed);
        return printed;
    }

    @Test
    void loadsTheDemoAndItsValuesOnceAndSaysSoTheSecondTime() throws Exception {
        Http http = new Http(suite.gatewayUrl(), null, java.time.Duration.ofSeconds(30));
        assertEquals(404, http.get("/api/v1/plans/tongliang-14th").status());

        String first = loadDemo(0, "--url", suite.gatewayUrl());
        assertTrue(first.contains("Demo data: loaded"), first);
        assertTrue(first.contains("Demo values: illustrative monitoring values"), first);
        for (String plan : List.of("tongliang-14th", "yuzhong-14th")) {
            assertEquals(DemoData.read("indicators-" + plan + ".json").size(),
                    http.get("/api/v1/plans/" + plan + "/indicators?size=500").json().path("total").asInt(), plan);
            JsonNode summary = http.get("/api/v1/plans/" + plan + "/evaluation").json().path("summary");
            for (String status : List.of("ACHIEVED", "ON_TRACK", "BEHIND", "NO_DATA")) {
                assertTrue(summary.path(status).asInt() > 0, plan + " has no " + status + ": " + summary);
            }
        }

        String second = loadDemo(0, "--url", suite.gatewayUrl() + "/");
        assertTrue(second.contains("already present"), second);
    }

    @Test
    void aSuiteThatIsNotThereIsAClearFailure() throws Exception {
        int nothing = RunningSuite.freePorts(1)[0];
        String printed = loadDemo(1, "--url", "http://localhost:" + nothing);
        assertTrue(printed.contains("The demo load failed") && printed.contains(Integer.toString(nothing)), printed);
    }
}
