package org.greencredit.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.greencredit.app.messaging.CaughtUp;
import org.greencredit.app.support.TemporaryDataDirectory;
import org.greencredit.app.support.TestCreditCodes;
import org.greencredit.app.support.TestEnterprises;
import org.greencredit.app.support.TestUsers;
import org.greencredit.domain.actor.Role;
import org.greencredit.ui.security.UserAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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
 * 批量导入 in a real browser: an officer uploads a small workbook of three complaints (two for a registered
 * enterprise, one for an enterprise nobody registered), sees the preview with the one refused row, confirms, follows
 * the import to its end, and finds the two complaints in the enterprise's credit file. Pages are saved under
 * {@code target/screenshots/import-*.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = "greencredit.mongo.embedded-port=0")
class ImportBrowserTest {

    private static final int REGISTERED = 4901;
    private static final int NOT_REGISTERED = 4902;
    /** The file's columns by key (every key is accepted as a header, as the template's Chinese header is). */
    private static final List<String> COLUMNS = List.of("creditCode", "type", "source", "sourceRecordId", "occurredOn",
                                                        "documentNo", "evidenceDescription", "channel",
                                                        "substantiated");

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @Autowired
    CommandGateway commands;

    @Autowired
    CaughtUp caughtUp;

    @TempDir
    Path files;

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
    void uploadsAWorkbookSeesTheRefusedRowConfirmsAndFindsTheFactsInTheCreditFile() throws IOException {
        String code = TestCreditCodes.code(REGISTERED);
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(
                TestEnterprises.registration(REGISTERED, "北京通州导入测试印刷有限公司"))
                                                  .andMetaData(TestEnterprises.OFFICER.asMetaData()));
        caughtUp.awaitAll(Duration.ofMinutes(1));
        Path workbook = workbook(List.of(
                complaint(code, "12345-IMPORT-001", "2025-03-01", "通环信〔2025〕101号"),
                complaint(code, "12345-IMPORT-002", "2025-04-15", "通环信〔2025〕102号"),
                complaint(TestCreditCodes.code(NOT_REGISTERED), "12345-IMPORT-003", "2025-05-20",
                          "通环信〔2025〕103号")));
        String officer = TestUsers.ensure(accounts, "import-officer", Role.OFFICER, null);
        HeadlessChromium.signIn(browser, url(""), officer, TestUsers.PASSWORD);

        browser.get(url("/imports"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("imports-upload")));
        assertThat(browser.findElement(By.id("imports-title")).getText()).isEqualTo("批量导入");
        HeadlessChromium.screenshot(browser, "import-01-start");

        fileInput(browser.findElement(By.id("imports-upload"))).sendKeys(workbook.toString());

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("imports-preview")));
        assertThat(text("imports-preview-count-rows")).isEqualTo("共 3 行");
        assertThat(text("imports-preview-count-new")).isEqualTo("新增 2 行");
        assertThat(text("imports-preview-count-refused")).isEqualTo("拒绝 1 行");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("imports-problems"), "12345-IMPORT-003"));
        assertThat(page.cellTexts()).contains("4", "12345-IMPORT-003", "拒绝");
        HeadlessChromium.fullPageScreenshot(browser, "import-02-preview", false);

        page.click(By.id("imports-confirm"));

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("imports-outcome"), "导入完成"));
        assertThat(text("imports-progress-status")).isEqualTo("已处理 3 / 3 行");
        assertThat(text("imports-progress-count-recorded")).isEqualTo("已导入 2 行");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("imports-report-download")));
        HeadlessChromium.fullPageScreenshot(browser, "import-03-finished", false);

        caughtUp.awaitAll(Duration.ofMinutes(1));
        browser.get(url("/enterprises/" + code));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("creditfile-timeline"),
                                                                      "通环信〔2025〕101号"));
        assertThat(page.cellTexts()).contains("通环信〔2025〕101号", "通环信〔2025〕102号")
                                    .doesNotContain("通环信〔2025〕103号");
        HeadlessChromium.fullPageScreenshot(browser, "import-04-credit-file", false);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    /** The upload's own file input, which a user reaches through the "choose file" button or by dropping. */
    private WebElement fileInput(WebElement upload) {
        return wait.until(driver -> (WebElement) ((JavascriptExecutor) driver).executeScript(
                "return arguments[0].querySelector('input[type=file]')"
                + " || (arguments[0].shadowRoot && arguments[0].shadowRoot.querySelector('input[type=file]'));",
                upload));
    }

    private static List<String> complaint(String creditCode, String ticket, String occurredOn, String documentNo) {
        return List.of(creditCode, "COMPLAINT", "COMPLAINT_PLATFORM", ticket, occurredOn, documentNo,
                       "12345热线工单 " + ticket, "12345热线", "true");
    }

    /** A workbook as an officer would fill the template in: a header row, then one row per complaint. */
    private Path workbook(List<List<String>> rows) throws IOException {
        Path file = files.resolve("信访投诉导入.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("信访投诉");
            write(sheet.createRow(0), COLUMNS);
            for (int i = 0; i < rows.size(); i++) {
                write(sheet.createRow(i + 1), rows.get(i));
            }
            workbook.write(out);
        }
        return file;
    }

    private static void write(Row row, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            row.createCell(i).setCellValue(cells.get(i));
        }
    }
}
