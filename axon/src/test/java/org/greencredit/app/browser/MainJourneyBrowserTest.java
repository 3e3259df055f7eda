package org.greencredit.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import org.axonframework.queryhandling.QueryGateway;
import org.greencredit.app.deadline.DeadlineSweeper;
import org.greencredit.app.messaging.CaughtUp;
import org.greencredit.app.reference.ShippedReferenceData;
import org.greencredit.app.support.TemporaryDataDirectory;
import org.greencredit.app.support.TestCreditCodes;
import org.greencredit.app.support.TestEnterprises;
import org.greencredit.app.support.TestUsers;
import org.greencredit.domain.actor.Role;
import org.greencredit.domain.common.SimulatedClock;
import org.greencredit.domain.creditfile.api.RegisterEnterprise;
import org.greencredit.projections.cycle.CycleSummary;
import org.greencredit.projections.cycle.FindCycle;
import org.greencredit.ui.security.UserAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The main journey in a real browser, each role signing in for its part: an officer registers an enterprise and
 * records a violation, opens a cycle for it; time passes (the simulated clock and the deadline sweep) until the
 * preliminary grade is disclosed; the enterprise user sees the grade and its explanation and files an objection; a
 * reviewer rejects it; after the disclosure the officer publishes, and the public page shows the final grade. Every
 * page is saved under {@code target/screenshots/journey-*.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = {"greencredit.mongo.embedded-port=0", "greencredit.clock.mode=simulated",
                              "greencredit.clock.simulated-start=2026-03-02"})
class MainJourneyBrowserTest {

    private static final String CYCLE = "2026-JOURNEY";
    private static final String NAME = "北京通州旅程测试汽车零部件有限公司";
    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @Autowired
    SimulatedClock clock;

    @Autowired
    DeadlineSweeper sweeper;

    @Autowired
    CaughtUp caughtUp;

    @Autowired
    QueryGateway queries;

    @Autowired
    ShippedReferenceData referenceData;

    private ChromeDriver browser;
    private WebDriverWait wait;
    private BrowserPage page;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        TemporaryDataDirectory.register(registry);
    }

    @BeforeEach
    void openBrowser() {
        referenceData.publishIfAbsent();
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
    void fromRegistrationToThePublishedGrade() {
        RegisterEnterprise registration = TestEnterprises.registration(4801, NAME);
        String code = TestCreditCodes.code(4801);
        String officer = TestUsers.ensure(accounts, "journey-officer", Role.OFFICER, null);
        String enterprise = TestUsers.ensure(accounts, "journey-enterprise", Role.ENTERPRISE, code);
        String reviewer = TestUsers.ensure(accounts, "journey-reviewer", Role.REVIEWER, null);

        browser.get(url("/login"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
        shot("01-login");
        signIn(officer);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dashboard-title")));
        shot("02-dashboard-officer");

        registerEnterprise(registration);
        recordViolation(code);
        openCycle();

        pass(() -> schedule().declarationDeadline().plusDays(1));
        pass(() -> schedule().verificationDeadline().plusDays(1));

        signOutAndIn(enterprise);
        browser.get(url("/my-file"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("portal-preliminary-grade"), "级"));
        String preliminary = text("portal-preliminary-grade");
        shot("07-portal-disclosure");
        browser.get(url("/enterprises/" + code));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("creditfile-explanation")));
        assertThat(text("creditfile-title")).contains(NAME);
        assertThat(text("creditfile-explanation")).contains("级");
        assertThat(text("creditfile-advice")).isNotBlank();
        shot("08-credit-file-enterprise");
        assertThat(text("creditfile-explanation")).contains("京通环罚〔2025〕4801号").doesNotContainPattern(UUID);
        assertThat(text("creditfile-advice-repair")).isEqualTo("尚无生效的信用等级，无需修复");
        scrollBelowTheHeader(By.id("creditfile-grade"));
        HeadlessChromium.screenshot(browser, "grade-explanation-zh");
        browser.get(url("/enterprises/" + code + "/print"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("creditfile-print-facts")));
        assertThat(text("creditfile-print")).contains(NAME, "京通环罚〔2025〕4801号", "等级决定记录")
                                            .doesNotContainPattern(UUID);
        HeadlessChromium.fullPageScreenshot(browser, "credit-file-print-zh", true);
        browser.get(url("/my-file"));
        page.click(By.id("portal-file-objection"));
        page.type(By.cssSelector("#portal-objection-reason textarea"), "该处罚已整改完毕，申请复核");
        page.type(By.cssSelector("#portal-objection-evidence-no input"), "整改报告-001");
        shot("09-objection-dialog");
        page.click(By.id("portal-objection-submit"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("portal-objection-submit")));
        caughtUp.awaitAll(Duration.ofMinutes(1));
        browser.navigate().refresh();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("portal-objection-status"), "待复核"));

        signOutAndIn(reviewer);
        browser.get(url("/reviews"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("reviews-objections"), NAME));
        shot("10-reviews-queue");
        page.click(By.id("reviews-review"));
        page.click(By.xpath("//vaadin-radio-button[normalize-space(.)='异议不成立']"));
        page.type(By.cssSelector("#reviews-reason textarea"), "经复核，处罚认定无误");
        page.click(By.id("reviews-submit"));
        wait.until(driver -> !driver.findElement(By.id("reviews-objections")).getText().contains(NAME));

        pass(() -> schedule().disclosureEnd().plusDays(1));

        signOutAndIn(officer);
        browser.get(url("/cycles/" + CYCLE));
        page.click(By.id("cycle-publish"));
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-notification-card[contains(., '已完成')]")));
        caughtUp.awaitAll(Duration.ofMinutes(1));
        browser.navigate().refresh();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("cycle-phase"), "结果公开"));
        shot("11-cycle-published");
        HeadlessChromium.signOut(browser);

        browser.get(url("/public"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("public-published-grid"), NAME));
        assertThat(page.cellTexts()).contains(NAME).anyMatch(cell -> cell.startsWith(preliminary.substring(0, 2)));
        shot("12-public-page");
    }

    @Test
    void theAdministratorsPagesRenderInChinese() {
        String admin = TestUsers.ensure(accounts, "journey-admin", Role.ADMIN, null);
        signIn(admin);
        for (String[] page : new String[][] {
                {"/supervision", "supervision-title", "分级分类监管", "13-supervision"},
                {"/indicators", "indicator-title", "评价指标体系", "14-indicators"},
                {"/indicators/guide/2026.1", "indicator-guide-title", "指南", "15-indicator-guide"},
                {"/audit", "audit-tabs", "审计", "16-audit"},
                {"/admin", "admin-tabs", "用户", "17-admin"},
                {"/cycles", "cycles-grid", "周期", "18-cycles"}}) {
            browser.get(url(page[0]));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(page[1])));
            assertThat(browser.findElement(By.tagName("body")).getText()).as(page[0]).contains(page[2]);
            shot(page[3]);
        }
        browser.get(url("/indicators"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("indicator-dimension-EM")));
        assertThat(browser.findElement(By.id("indicator-detail")).getText()).contains("逾期提交", "环保手续")
                .doesNotContainPattern("\\b(PROCEDURES|LATE|MISSING|WATER|MAJOR|DISTRICT)\\b");
        scrollBelowTheHeader(By.id("indicator-dimension-EM"));
        HeadlessChromium.screenshot(browser, "indicators-zh");
        HeadlessChromium.fullPageScreenshot(browser, "indicators-zh-full", false);
        WebElement chineseNavigation = browser.findElement(By.id("navigation"));
        browser.findElement(By.id("language-switch")).click();
        // The switch reloads the page: wait for the old page to go before reading the new one, or the read can
        // catch the navigation while the reload detaches it.
        wait.until(ExpectedConditions.stalenessOf(chineseNavigation));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("navigation"), "Dashboard"));
        shot("19-cycles-english");
    }

    /** Scrolls {@code element} to the top of the window with its section's heading still in sight. */
    private void scrollBelowTheHeader(By element) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'start'}); window.scrollBy(0, -140);",
                              browser.findElement(element));
    }

    private void registerEnterprise(RegisterEnterprise command) {
        browser.get(url("/enterprises"));
        page.click(By.id("directory-register"));
        page.fillRegistration(command);
        shot("03-register-enterprise");
        page.click(By.id("register-submit"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("directory-grid"), command.creditCode()));
    }

    private void recordViolation(String code) {
        browser.get(url("/enterprises/" + code));
        page.click(By.id("creditfile-record-fact-open"));
        page.choose("fact-type", "环境违法（行政处罚）");
        page.type(By.cssSelector("#fact-occurred-on input"), "2025-06-10" + Keys.ENTER);
        page.choose("fact-source", "执法");
        page.type(By.cssSelector("#fact-evidence-document-no input"), "京通环罚〔2025〕4801号");
        page.choose("fact-attribute-category", "扬尘、挥发性有机物污染");
        page.choose("fact-attribute-severity", "一般");
        page.type(By.cssSelector("#fact-attribute-fineYuan input"), "30000");
        page.type(By.cssSelector("#fact-attribute-decisionNo input"), "京通环罚〔2025〕4801号");
        page.choose("fact-attribute-medium", "大气");
        shot("04-record-violation");
        page.click(By.id("fact-submit"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("creditfile-record-fact")));
        caughtUp.awaitAll(Duration.ofMinutes(1));
        page.click(By.id("creditfile-refresh"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("creditfile-timeline"), "2025-06-10"));
        shot("05-credit-file-officer");
    }

    private void openCycle() {
        browser.get(url("/cycles"));
        page.click(By.id("cycle-open"));
        page.type(By.cssSelector("#cycle-open-id input"), CYCLE);
        page.type(By.cssSelector("#cycle-open-name input"), "2026年度企业绿色信用评价（浏览器测试批次）");
        page.click(By.id("cycle-open-select-all"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("cycle-open-schedule"), "2026"));
        shot("06-open-cycle");
        page.click(By.id("cycle-open-submit"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("cycle-open-dialog")));
        caughtUp.awaitAll(Duration.ofMinutes(1));
        browser.navigate().refresh();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("cycles-grid"), CYCLE));
    }

    /** Time passes: the clock moves to the day and the deadline sweep acts, as the running system would. */
    private void pass(java.util.function.Supplier<LocalDate> day) {
        caughtUp.awaitAll(Duration.ofMinutes(1));
        clock.moveTo(day.get());
        sweeper.sweep();
        caughtUp.awaitAll(Duration.ofMinutes(1));
    }

    private CycleSummary schedule() {
        return queries.query(new FindCycle(CYCLE), CycleSummary.class).join();
    }

    private void signOutAndIn(String username) {
        HeadlessChromium.signOut(browser);
        signIn(username);
    }

    private void signIn(String username) {
        HeadlessChromium.signIn(browser, url(""), username, TestUsers.PASSWORD);
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private void shot(String name) {
        HeadlessChromium.screenshot(browser, "journey-" + name);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
