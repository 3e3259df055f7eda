package org.greencredit.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.greencredit.app.generator.DistrictGenerator;
import org.greencredit.app.generator.GeneratorSettings;
import org.greencredit.app.messaging.CaughtUp;
import org.greencredit.app.support.TemporaryDataDirectory;
import org.greencredit.app.support.TestUsers;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.actor.Role;
import org.greencredit.ui.security.NewUserAccount;
import org.greencredit.ui.security.UserAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The public enterprise search and an enterprise's public page in a real browser without signing in, and a partner
 * bank's result-use list, on a small generated district with one published cycle. Screenshots:
 * {@code public-search-zh.png}, {@code public-enterprise-zh.png}, {@code department-list-zh.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = {"greencredit.mongo.embedded-port=0", "greencredit.clock.mode=simulated",
                              "greencredit.clock.simulated-start=2025-01-02"})
class PublicAndResultListsBrowserTest {

    private static boolean generated;

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @Autowired
    DistrictGenerator generator;

    @Autowired
    CaughtUp caughtUp;

    private ChromeDriver browser;
    private WebDriverWait wait;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        TemporaryDataDirectory.register(registry);
    }

    @BeforeEach
    void generateOnceAndOpenBrowser() {
        synchronized (PublicAndResultListsBrowserTest.class) {
            if (!generated) {
                generator.generate(new GeneratorSettings(12, 1, 20250102L, 2025), progress -> { });
                caughtUp.awaitAll(Duration.ofMinutes(2));
                generated = true;
            }
        }
        browser = HeadlessChromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(40));
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
    void aVisitorSearchesByCodeAndOpensAnEnterprisesPublishedGrades() {
        browser.get(url("/public"));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("public-nav-search"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("public-search")));
        assertThat(browser.findElement(By.id("public-search-title")).getText()).isEqualTo("企业信用评价结果查询");

        browser.findElement(By.cssSelector("#public-search input")).sendKeys("91110112");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a.public-enterprise-link")));
        HeadlessChromium.screenshot(browser, "public-search-zh");
        String name = browser.findElement(By.cssSelector("a.public-enterprise-link")).getText();
        browser.findElement(By.cssSelector("a.public-enterprise-link")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("public-enterprise-name")));
        assertThat(browser.findElement(By.id("public-enterprise-name")).getText()).isEqualTo(name);
        assertThat(browser.getCurrentUrl()).contains("/public/enterprises/91110112");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("public-enterprise-grades"), "公开"));
        assertThat(browser.findElement(By.id("public-enterprise-grades")).getText()).doesNotContain("初评");
        HeadlessChromium.fullPageScreenshot(browser, "public-enterprise-zh", false);
    }

    @Test
    void aPartnerBankSeesItsGreenFinanceList() {
        if (accounts.find("bank-partner").isEmpty()) {
            accounts.create(new NewUserAccount("bank-partner", "测试合作银行", Role.PARTNER, "PARTNER_BANK", null,
                                               TestUsers.PASSWORD),
                            new Actor("test-admin", Role.ADMIN, "信息中心", null));
        }
        HeadlessChromium.signIn(browser, url(""), "bank-partner", TestUsers.PASSWORD);

        browser.get(url("/result-lists"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("result-list-green-finance-grid")));
        assertThat(browser.findElement(By.id("result-lists-shown-for")).getText()).isEqualTo("部门：合作银行（绿色信贷）");
        assertThat(browser.findElements(By.id("result-list-licensing-grid"))).isEmpty();
        HeadlessChromium.fullPageScreenshot(browser, "department-list-zh", false);

        browser.get(url("/result-lists/ECOLOGY"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("access-denied")));
        assertThat(browser.findElements(By.id("result-list-licensing-grid"))).isEmpty();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
