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
import org.greencredit.domain.enterprise.EnterpriseProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
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
        String officer = TestUsers.ensure(accounts, "directory-officer", Role.OFFICER, null);
        HeadlessChromium.signIn(browser, "http://localhost:" + port, officer, TestUsers.PASSWORD);
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void registersAnEnterpriseAndSeesItListed() {
        String code = TestCreditCodes.code(4711);
        browser.get("http://localhost:" + port + "/enterprises");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("directory-grid")));
        assertThat(browser.findElement(By.tagName("h2")).getText()).isEqualTo("企业名录");

        RegisterEnterprise command = TestEnterprises.registration(4711, "北京通州浏览器测试家具有限公司");
        EnterpriseProfile profile = command.profile();
        browser.findElement(By.id("directory-register")).click();
        type(By.cssSelector("#register-credit-code input"), code);
        type(By.cssSelector("#register-name input"), profile.name());
        type(By.cssSelector("#register-established-on input"), command.establishedOn().toString() + Keys.ENTER);
        choose("register-subdistrict", "漷县镇");
        type(By.cssSelector("#register-industry-code input"), profile.industry().code());
        type(By.cssSelector("#register-industry-name input"), profile.industry().name());
        type(By.cssSelector("#register-address input"), profile.address());
        choose("register-management-class", "简化管理");
        type(By.cssSelector("#register-permit-number input"), profile.permitNumber());
        type(By.cssSelector("#register-contact-name input"), profile.contact().name());
        type(By.cssSelector("#register-contact-phone input"), profile.contact().phone());
        HeadlessChromium.screenshot(browser, "directory-registration-form");
        browser.findElement(By.id("register-submit")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("directory-grid"), code));
        assertThat(cellTexts()).contains(code, "北京通州浏览器测试家具有限公司", "漷县镇");
        HeadlessChromium.screenshot(browser, "directory-after-registration");
    }

    @Test
    void refusesAnInvalidCreditCodeInChinese() {
        browser.get("http://localhost:" + port + "/enterprises");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("directory-register"))).click();
        type(By.cssSelector("#register-credit-code input"), "91110000600037341M");
        type(By.cssSelector("#register-name input"), "某企业");
        browser.findElement(By.id("register-submit")).click();

        WebElement field = browser.findElement(By.id("register-credit-code"));
        wait.until(driver -> field.getDomAttribute("invalid") != null);
        assertThat(field.getDomProperty("errorMessage")).contains("不是有效的统一社会信用代码");
        HeadlessChromium.screenshot(browser, "directory-invalid-credit-code");
    }

    private void choose(String selectId, String label) {
        browser.findElement(By.id(selectId)).click();
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-select-item[normalize-space(.)='" + label + "']"))).click();
    }

    private void type(By locator, String text) {
        WebElement input = wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
        input.clear();
        input.sendKeys(text);
    }

    private java.util.List<String> cellTexts() {
        return browser.findElements(By.tagName("vaadin-grid-cell-content")).stream().map(WebElement::getText).toList();
    }
}
