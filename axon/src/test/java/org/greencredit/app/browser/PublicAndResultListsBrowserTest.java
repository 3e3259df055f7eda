package org.greencredit.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.greencredit.app.generator.DistrictGenerator;
import org.greencredit.app.generator.GeneratorSettings;
import org.greencredit.app.messaging.CaughtUp;
import org.greencredit.app.support.TemporaryDataDirectory;
import org.greencredit.app.support.TestInspections;
import org.greencredit.app.support.TestUsers;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.actor.Role;
import org.greencredit.domain.inspection.DrawBasis;
import org.greencredit.domain.inspection.InspectionOutcome;
import org.greencredit.projections.inspection.InspectionEntry;
import org.greencredit.projections.inspection.InspectionPlanSummary;
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
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The public enterprise search and an enterprise's public page in a real browser without signing in, and a partner
 * bank's result-use list, on a small generated district with one published cycle. Screenshots:
 * {@code public-search-zh.png}, {@code public-enterprise-zh.png}, {@code department-list-zh.png},
 * {@code public-inspections-zh.png} (an ended quarter's inspection draw and results, 一公开).
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

    @Autowired
    ApplicationContext context;

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
    void aVisitorReadsAnEndedQuartersInspectionsWithoutTheInspectors() {
        TestInspections.ensureInspectors(context, "browserinsp", "浏览器执法人员");
        InspectionPlanSummary plan = TestInspections.drawn(context, "2024-Q4", "2024-Q4 公开摇号");
        List<InspectionEntry> onSite = plan.entries().stream().filter(entry -> entry.basis() != DrawBasis.OFF_SITE)
                                           .toList();
        TestInspections.result(context, "2024-Q4", onSite.get(0).creditCode(), InspectionOutcome.PROBLEM_FOUND,
                               "内部备注");
        TestInspections.result(context, "2024-Q4", onSite.get(1).creditCode(), InspectionOutcome.NO_PROBLEM, null);

        browser.get(url("/public"));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("public-nav-inspections"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("public-inspections-grid"), "发现问题"));
        assertThat(browser.findElement(By.id("public-inspections-title")).getText()).isEqualTo("双随机抽查结果公开");
        assertThat(browser.findElement(By.id("public-inspections-seed")).getText()).isEqualTo("抽签种子：2024-Q4 公开摇号");
        String page = browser.findElement(By.tagName("body")).getText();
        assertThat(page).doesNotContain("浏览器执法人员", "browserinsp", "内部备注");
        HeadlessChromium.fullPageScreenshot(browser, "public-inspections-zh", false);
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
