package org.healthplanning.suite;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;

/**
 * Starts the whole suite in the foreground: PostgreSQL, the four services and the demo data.
 * Ctrl-C or SIGTERM stops every process it started.
 */
public final class SuiteLauncher {
    private SuiteLauncher() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        SuiteOptions options;
        try {
            options = SuiteOptions.parse(args, System.getenv(), SuiteOptions.locateRoot());
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
            System.exit(2);
            return;
        }
        if (options.help) {
            out.print(SuiteOptions.USAGE);
            return;
        }
        Suite suite = new Suite(options, out);
        CountDownLatch stopped = new CountDownLatch(1);
        Thread main = Thread.currentThread();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            out.println("Stopping the suite…");
            suite.close();
            stopped.countDown();
            main.interrupt();
        }, "suite-shutdown"));
        try {
            suite.start();
        } catch (Exception e) {
            out.println();
            out.println("The suite did not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        try {
            while (stopped.getCount() > 0) {
                ServiceProcess ended = suite.exited();
                if (ended != null) {
                    // Ctrl-C reaches the services too: give the shutdown hook a moment to claim the stop.
                    Thread.sleep(1500);
                    if (suite.exited() == null) {
                        continue;
                    }
                    out.println(ended.name() + " exited with code " + ended.process().exitValue() + "; see " + ended.logFile() + ":");
                    out.println(ServiceProcess.tail(ended.logFile(), 20));
                    System.exit(1);
                    return;
                }
                Thread.sleep(1000);
            }
        } catch (InterruptedException e) {
            // the shutdown hook is stopping the suite
        }
    }
}
