package org.healthplanning.suite;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) driven by Selenium: opens a
 * page, collects what the browser logged, takes a screenshot and prints the page to PDF. Without Chromium the
 * test using it is skipped on a developer machine and fails in CI ({@code CI} set), where {@code .ci/run}
 * installs it.
 */
final class ReportInBrowser implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Where the screenshot and the PDF are kept for a person to look at. */
    static final Path ARTIFACTS = RunningSuite.ROOT.resolve("suite-runner/target/report-artifacts");

    private final ChromeDriver driver;
    private final Path profile;

    private ReportInBrowser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Skips the calling test (JUnit assumption) when Chromium is not installed here, unless CI is set: then it fails. */
    static void requireChromium() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        String ci = System.getenv("CI");
        if (!present && ci != null && !ci.isBlank()) {
            throw new AssertionError("CI is set but " + CHROMIUM + " or " + CHROMEDRIVER + " is missing: .ci/run installs Debian's "
                    + "chromium and chromium-driver (apt-get install chromium chromium-driver fonts-noto-cjk)");
        }
        Assumptions.assumeTrue(present, "Chromium is not installed (" + CHROMIUM + ", " + CHROMEDRIVER + "): the report is not rendered "
                + "in a browser here. Install it with: apt-get install chromium chromium-driver fonts-noto-cjk (CI does)");
    }

    /** A new browser with a fresh profile, headless, A4-wide window at 96 dpi. */
    static ReportInBrowser start() throws IOException {
        Path profile = Files.createTempDirectory("report-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--lang=zh-CN", "--window-size=1240,1754", "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        Files.createDirectories(ARTIFACTS);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(ARTIFACTS.resolve("chromedriver.log").toFile())
                .build();
        try {
            return new ReportInBrowser(new ChromeDriver(service, options), profile);
        } catch (RuntimeException e) {
            delete(profile);
            throw e;
        }
    }

    /** Opens the URL and waits until the document has loaded. */
    void open(String url) {
        driver.get(url);
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** What the page logged to the console at SEVERE (errors, failed loads) since it was opened. */
    List<String> severeLogEntries() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::toString).toList();
    }

    /** A screenshot of the whole page (the window grown to the page's height, at most 16 000 px), as PNG. */
    Path screenshot(String name) throws IOException {
        Dimension before = driver.manage().window().getSize();
        long height = ((Number) script("return Math.ceil(document.documentElement.scrollHeight)")).longValue();
        driver.manage().window().setSize(new Dimension(before.getWidth(), (int) Math.min(16_000, Math.max(before.getHeight(), height))));
        try {
            Path png = ARTIFACTS.resolve(name);
            Files.write(png, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return png;
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    /** The page printed by the browser on A4 (21.0 × 29.7 cm), backgrounds included, as PDF. */
    Path printA4(String name) throws IOException {
        PrintOptions print = new PrintOptions();
        print.setPageSize(new PageSize(29.7, 21.0));
        print.setBackground(true);
        Path pdf = ARTIFACTS.resolve(name);
        Files.write(pdf, Base64.getDecoder().decode(((PrintsPage) driver).print(print).getContent()));
        return pdf;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            delete(profile);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException ignored) {
            // a profile left in /tmp is harmless
        }
    }
}
