package vn.motcua.support;

import java.io.File;
import java.time.Duration;
import java.util.List;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver (no browser download), with
 * axe-core for accessibility checks (WCAG 2.1 A and AA rules).
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = System.getenv().getOrDefault("MOTCUA_CHROMIUM", "/usr/bin/chromium");
    private static final String DRIVER = System.getenv().getOrDefault("MOTCUA_CHROMEDRIVER", "/usr/bin/chromedriver");

    private final WebDriver driver;
    private final String base;

    public Browser(int port) {
        if (!new File(CHROMIUM).canExecute() || !new File(DRIVER).canExecute()) {
            throw new IllegalStateException("End-to-end tests need Debian's chromium and chromium-driver: "
                    + "apt-get install chromium chromium-driver (.ci/run installs them)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,900", "--lang=vi");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        this.driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        this.base = "http://localhost:" + port;
    }

    public WebDriver driver() {
        return driver;
    }

    public Browser open(String path) {
        driver.get(base + path);
        return this;
    }

    public Browser login(String username, String password) {
        open("/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        return clickAndWait(By.cssSelector("form button[type=submit]"));
    }

    /**
     * Clicks what leads to another page and waits until that page replaced this one. The old document
     * is marked before the click; the wait ends when a complete document without the mark is there.
     * Mid-navigation Chromium may answer with an inspector error instead of a stale element, so the
     * wait ignores every WebDriver error until then.
     */
    public Browser clickAndWait(By selector) {
        var js = (org.openqa.selenium.JavascriptExecutor) driver;
        js.executeScript("window.__motcuaLeaving = true");
        driver.findElement(selector).click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(js.executeScript(
                        "return window.__motcuaLeaving === undefined && document.readyState === 'complete'")));
        return this;
    }

    /** Saves a PNG of the current page under target/screenshots (for looking at, never asserted). */
    public void screenshot(String name) {
        try {
            java.nio.file.Path dir = java.nio.file.Path.of("target", "screenshots");
            java.nio.file.Files.createDirectories(dir);
            byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            java.nio.file.Files.write(dir.resolve(name + ".png"), png);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Serious and critical WCAG 2.1 A/AA violations on the current page, as readable lines. */
    public List<String> accessibilityViolations() {
        screenshot(driver.getTitle().replaceAll("[^\\p{L}0-9]+", "-"));
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(driver);
        return results.getViolations().stream()
                .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
                .map(Browser::describe).toList();
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " — "
                + rule.getNodes().stream().limit(3).map(n -> n.getTarget() + ": " + n.getFailureSummary()).toList();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
