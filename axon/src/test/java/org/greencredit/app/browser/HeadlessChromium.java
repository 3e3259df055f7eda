package org.greencredit.app.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's Chromium and ChromeDriver, headless, at their fixed paths (no driver download), with the flags this
 * closed network needs. Screenshots go to {@code target/screenshots/}.
 */
public final class HeadlessChromium {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private HeadlessChromium() {
    }

    public static ChromeDriver start() {
        try {
            Path profile = Files.createTempDirectory("chromium-profile");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                                 "--disable-dev-shm-usage", "--window-size=1366,900", "--lang=en-US",
                                 "--user-data-dir=" + profile);
            // The browser console is read back to catch Content-Security-Policy violations.
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
            return driver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * How many pixels of the page lie below the window: the app layout scrolls its content part, not the document,
     * so both are asked.
     */
    private static final String HIDDEN_BELOW =
            "const layout = document.querySelector('vaadin-app-layout');"
            + "const part = layout && layout.shadowRoot && layout.shadowRoot.querySelector('[content]');"
            + "const scrollers = [document.scrollingElement || document.documentElement];"
            + "if (part) { scrollers.push(part); }"
            + "return Math.max(0, ...scrollers.map(s => s.scrollHeight - s.clientHeight));";

    /**
     * A screenshot of the whole page, not only the window: the window is made taller until nothing lies below it
     * (a grid or chart may grow as it gets room, so it is measured again), then put back.
     * {@code print}: with the print style sheet applied, as the page would be printed.
     */
    public static Path fullPageScreenshot(ChromeDriver driver, String name, boolean print) {
        Dimension window = driver.manage().window().getSize();
        if (print) {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        }
        int height = window.getHeight();
        for (int attempt = 0; attempt < 3; attempt++) {
            int hidden = ((Number) driver.executeScript(HIDDEN_BELOW)).intValue();
            if (hidden <= 0 || height >= 8000) {
                break;
            }
            height = Math.min(8000, height + hidden + 16);
            driver.manage().window().setSize(new Dimension(window.getWidth(), height));
        }
        try {
            return screenshot(driver, name);
        } finally {
            driver.manage().window().setSize(window);
            if (print) {
                driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
            }
        }
    }

    public static Path screenshot(ChromeDriver driver, String name) {
        try {
            Path target = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(target.getParent());
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The console messages in which the browser refused something under the page's Content-Security-Policy since the
     * last call (reading the console empties it).
     */
    public static List<String> contentSecurityPolicyViolations(ChromeDriver driver) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                     .filter(message -> message.contains("Content Security Policy")).toList();
    }

    /** Signs in through the login view and waits until the signed-in frame shows. */
    public static void signIn(ChromeDriver driver, String baseUrl, String username, String password) {
        driver.get(baseUrl + "/login");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#login-form input[name=username]")))
            .sendKeys(username);
        driver.findElement(By.cssSelector("#login-form input[name=password]")).sendKeys(password);
        driver.findElement(By.cssSelector("#login-form vaadin-button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signed-in-user")));
    }

    public static void signOut(ChromeDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.elementToBeClickable(By.id("sign-out"))).click();
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
    }
}
