package org.greencredit.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.greencredit.app.generator.DistrictGenerator;
import org.greencredit.app.generator.GeneratorSettings;
import org.greencredit.app.messaging.CaughtUp;
import org.greencredit.app.support.TemporaryDataDirectory;
import org.greencredit.app.support.TestUsers;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.actor.Role;
import org.greencredit.domain.common.BusinessDay;
import org.greencredit.domain.inspection.DrawBasis;
import org.greencredit.domain.inspection.InspectionPeriod;
import org.greencredit.projections.inspection.InspectionEntry;
import org.greencredit.ui.inspection.InspectionWork;
import org.greencredit.ui.inspector.InspectorDirectory;
import org.greencredit.ui.inspector.InspectorDirectory.InspectorDetails;
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
 * 双随机抽查 in a real browser: an officer opens this quarter's plan, draws it with an announced seed and records a
 * result; one of the inspectors drawn signs in and finds the inspection among their own. Screenshots:
 * {@code inspections-plan-zh.png}, {@code inspections-drawn-zh.png}, {@code my-inspections-zh.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = {"greencredit.mongo.embedded-port=0", "greencredit.clock.mode=simulated",
                              "greencredit.clock.simulated-start=2025-01-02"})
class InspectionsBrowserTest {

    private static final Actor ADMIN = new Actor("test-admin", Role.ADMIN, "信息中心", null);

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @Autowired
    DistrictGenerator generator;

    @Autowired
    CaughtUp caughtUp;

    @Autowired
    InspectorDirectory directory;

    @Autowired
    InspectionWork work;

    @Autowired
    Clock clock;

    private ChromeDriver browser;
    private WebDriverWait wait;
    private BrowserPage page;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        TemporaryDataDirectory.register(registry);
    }

    @BeforeEach
    void openBrowser() {
        browser = HeadlessChromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(40));
        page = new BrowserPage(browser, wait);
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
    void anOfficerDrawsTheQuarterAndRecordsAResultAndADrawnInspectorSeesTheirInspection() {
        generator.generate(new GeneratorSettings(12, 1, 20250102L, 2025), progress -> { });
        Map<String, String> accountOf = new LinkedHashMap<>();
        String[][] officers = {{"张建国", "insp-zhang"}, {"李秀英", "insp-li"}, {"王志强", "insp-wang"}};
        for (int i = 0; i < officers.length; i++) {
            TestUsers.ensure(accounts, officers[i][1], Role.INSPECTOR, null);
            accountOf.put(directory.register(new InspectorDetails(officers[i][0], "区生态环境局执法大队一中队",
                                                                  "TZHB-2025-010" + i, officers[i][1]), ADMIN),
                          officers[i][1]);
        }
        TestUsers.ensure(accounts, "officer-draw", Role.OFFICER, null);
        caughtUp.awaitAll(Duration.ofMinutes(2));
        String period = InspectionPeriod.of(BusinessDay.today(clock)).toString();

        HeadlessChromium.signIn(browser, url(""), "officer-draw", TestUsers.PASSWORD);
        browser.get(url("/inspections"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("inspections-preview-grid")));
        assertThat(browser.findElement(By.id("inspections-preview-inspectors")).getText()).isEqualTo(
                "在岗执法人员 3 名（每户两名，排除回避人员和上一周期检查过该企业的人员）");
        HeadlessChromium.fullPageScreenshot(browser, "inspections-plan-zh", false);

        page.type(By.cssSelector("#inspections-seed input"), "公开摇号 0375");
        page.click(By.id("inspections-draw"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("inspections-grid")));
        assertThat(browser.findElement(By.id("inspections-seed-used")).getText()).isEqualTo("抽签种子：公开摇号 0375");

        InspectionEntry drawn = work.plan(period).orElseThrow().entries().stream()
                                    .filter(entry -> entry.basis() != DrawBasis.OFF_SITE).findFirst().orElseThrow();
        page.click(By.id("inspections-record-" + drawn.creditCode()));
        page.type(By.cssSelector("#inspection-result-note textarea"), "现场检查污染防治设施运行正常，台账完整");
        page.click(By.id("inspection-result-submit"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("inspections-grid"), "未发现问题（"));
        HeadlessChromium.fullPageScreenshot(browser, "inspections-drawn-zh", false);
        HeadlessChromium.signOut(browser);

        HeadlessChromium.signIn(browser, url(""), accountOf.get(drawn.inspectorIds().get(0)), TestUsers.PASSWORD);
        browser.get(url("/my-inspections"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("my-inspections-grid"),
                                                                      drawn.creditCode()));
        assertThat(page.cellTexts()).contains(period, "未发现问题（" + BusinessDay.today(clock) + "）");
        HeadlessChromium.fullPageScreenshot(browser, "my-inspections-zh", false);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
