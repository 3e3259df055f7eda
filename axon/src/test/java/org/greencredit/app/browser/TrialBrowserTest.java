package org.greencredit.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.greencredit.app.generator.DemoDistrictSeeder;
import org.greencredit.app.messaging.CaughtUp;
import org.greencredit.app.support.TemporaryDataDirectory;
import org.greencredit.app.support.TestUsers;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.actor.Role;
import org.greencredit.domain.common.BusinessDay;
import org.greencredit.domain.indicator.DefaultIndicatorSystem;
import org.greencredit.domain.indicator.api.DraftIndicatorVersion;
import org.greencredit.ui.security.UserAccounts;
import org.greencredit.ui.trial.TrialDesk;
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
 * 试评价 in a real browser on the demo district: an administrator drafts a version whose only change is one rule —
 * an enterprise penalised in the period (ceiling C01) is graded C at best instead of B — runs it over the whole
 * district against the published version, and sees only B → C movers, the reasons of one of them and the sensitivity
 * line of that rule; the run is recorded with the result hash the page shows. Screenshot: {@code trial-run-zh.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = {"greencredit.mongo.embedded-port=0", "greencredit.clock.mode=simulated",
                              "greencredit.reference-data.publish-shipped=false"})
class TrialBrowserTest {

    private static final String DRAFT = "2027.1-draft";
    private static final Actor ADMIN = new Actor("test-admin", Role.ADMIN, "信息中心", null);
    private static final LocalDate TODAY = LocalDate.now(BusinessDay.DISTRICT_ZONE);

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @Autowired
    DemoDistrictSeeder demo;

    @Autowired
    CommandGateway commands;

    @Autowired
    CaughtUp caughtUp;

    @Autowired
    TrialDesk desk;

    private ChromeDriver browser;
    private WebDriverWait wait;
    private BrowserPage page;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TemporaryDataDirectory.register(registry);
        registry.add("greencredit.clock.simulated-start", () -> TODAY.minusYears(2).withDayOfYear(1).toString());
    }

    @BeforeEach
    void openBrowser() {
        browser = HeadlessChromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
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
    void anAdministratorTriesADraftThatChangesOneRuleOnTheDemoDistrict() {
        demo.seed(TODAY, step -> { });
        String yaml = DefaultIndicatorSystem.yaml()
                .replace("version: \"" + DefaultIndicatorSystem.VERSION + "\"", "version: \"" + DRAFT + "\"")
                .replace("window: PERIOD, maxGrade: B}", "window: PERIOD, maxGrade: C}");
        assertThat(yaml).contains("penaltyExempted: false}, window: PERIOD, maxGrade: C}");
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(
                new DraftIndicatorVersion(DefaultIndicatorSystem.SYSTEM, DRAFT, yaml)).andMetaData(ADMIN.asMetaData()));
        TestUsers.ensure(accounts, "admin-trial", Role.ADMIN, null);
        caughtUp.awaitAll(Duration.ofMinutes(2));

        HeadlessChromium.signIn(browser, url(""), "admin-trial", TestUsers.PASSWORD);
        browser.get(url("/indicators/trial?version=" + DRAFT));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("trial-run")));
        page.click(By.id("trial-run"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("trial-movers"), " → "));

        String summary = browser.findElement(By.id("trial-summary")).getText();
        assertThat(summary).contains(DRAFT, "2026.1");
        assertThat(page.cellTexts()).contains("B → C").noneMatch(cell -> cell.matches("[A-D] → [A-D]")
                                                                          && !cell.equals("B → C"));
        assertThat(browser.findElement(By.id("trial-sensitivity")).getText())
                .containsPattern("C01 .*单独调整：[1-9][0-9]* 家企业等级变化（上升 0 家");
        caughtUp.awaitAll(Duration.ofMinutes(1));
        String resultHash = desk.runsOf(DRAFT).stream().findFirst().orElseThrow().resultHash();
        assertThat(summary).contains(resultHash);

        HeadlessChromium.fullPageScreenshot(browser, "trial-run-zh", false);
        page.click(By.cssSelector("[id^='trial-why-']"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-dialog-overlay"), "C01"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
