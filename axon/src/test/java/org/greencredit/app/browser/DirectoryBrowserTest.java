package org.greencredit.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.greencredit.app.support.TemporaryDataDirectory;
import org.greencredit.app.support.TestUsers;
import org.greencredit.domain.actor.Role;
import org.greencredit.ui.security.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.greencredit.app.support.TestCreditCodes;
import org.greencredit.app.support.TestEnterprises;
import org.greencredit.domain.creditfile.api.RegisterEnterprise;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The thin slice in a real browser: register an enterprise through the UI and see it listed. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = "greencredit.mongo.embedded-port=0")
class DirectoryBrowserTest {

    @LocalServerPort
    int port;

    private ChromeDriver browser;
    private WebDriverWait wait;
    private BrowserPage page;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        TemporaryDataDirectory.register(registry);
    }

    @Autowired
    UserAccounts accounts;

    @BeforeEach
    void openBrowser() {
        browser = HeadlessChromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        page = new BrowserPage(browser, wait);
        String officer = TestUsers.ensure(accounts, "directory-officer", Role.OFFICER, null);
        HeadlessChromium.signIn(browser, "http://localhost:" + port, officer, TestUsers.PASSWORD);
    }

    @AfterEach
    void closeBrowser() {
        try {
            assertThat(HeadlessChromium.contentSecurityPolicyViolations(browser)).isEmpty();
        } finally {
            browser.quit();
        }
    }

    @Test
    void registersAnEnterpriseAndSeesItListed() {
        String code = TestCreditCodes.code(4711);
        browser.get("http://localhost:" + port + "/enterprises");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("directory-grid")));
        assertThat(browser.findElement(By.tagName("h2")).getText()).isEqualTo("企业名录");

        RegisterEnterprise command = TestEnterprises.registration(4711, "北京通州浏览器测试家具有限公司");
        page.click(By.id("directory-register"));
        page.fillRegistration(command);
        HeadlessChromium.screenshot(browser, "directory-registration-form");
        browser.findElement(By.id("register-submit")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("directory-grid"), code));
        assertThat(page.cellTexts()).contains(code, "北京通州浏览器测试家具有限公司", "漷县镇");
        HeadlessChromium.screenshot(browser, "directory-after-registration");
    }

    @Test
    void refusesAnInvalidCreditCodeInChinese() {
        browser.get("http://localhost:" + port + "/enterprises");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("directory-register"))).click();
        page.type(By.cssSelector("#register-credit-code input"), "91110000600037341M");
        page.type(By.cssSelector("#register-name input"), "某企业");
        browser.findElement(By.id("register-submit")).click();

        WebElement field = browser.findElement(By.id("register-credit-code"));
        wait.until(driver -> field.getDomAttribute("invalid") != null);
        assertThat(field.getDomProperty("errorMessage")).contains("不是有效的统一社会信用代码");
        HeadlessChromium.screenshot(browser, "directory-invalid-credit-code");
    }
}
