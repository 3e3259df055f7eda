package org.greencredit.app.views;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import org.greencredit.app.support.SignedInUi;
import org.greencredit.app.support.TemporaryDataDirectory;
import org.greencredit.domain.actor.Role;
import org.greencredit.domain.common.Refusal;
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.domain.intake.ImportKind;
import org.greencredit.domain.intake.RowOutcome;
import org.greencredit.domain.intake.RowProblem;
import org.greencredit.domain.intake.RowResult;
import org.greencredit.ui.components.GridCount;
import org.greencredit.ui.intake.ImportPreview;
import org.greencredit.ui.intake.ImportProgress;
import org.greencredit.ui.intake.ImportView;
import org.greencredit.ui.intake.TemplateFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * 批量导入 in the web UI against a fake import port: what an officer sees of a preview, a refused file, a file with
 * nothing new, the running import and its report; and that no other role may open it.
 */
@SpringBootTest(properties = "greencredit.mongo.embedded-port=0")
class ImportViewTest {

    private static final String FILE = "处罚与投诉.xlsx";
    private static final byte[] CONTENT = "not really a workbook".getBytes(StandardCharsets.UTF_8);
    private static final String SHA = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
    private static final String UNKNOWN = "91110112MA00000000";

    @Autowired
    ApplicationContext context;

    @Autowired
    FakeImports imports;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        TemporaryDataDirectory.register(registry);
    }

    @TestConfiguration
    static class FakeImportsConfiguration {

        @Bean
        @Primary
        FakeImports fakeImports() {
            return new FakeImports();
        }
    }

    @BeforeEach
    void resetImports() {
        imports.reset();
    }

    @AfterEach
    void closeUi() {
        SignedInUi.close();
    }

    @Test
    void theUploadedFileIsPreviewedWithItsCountsAndEveryProblemInTheUsersLanguage() {
        imports.nextPreview = preview(3, 2, 0, 1, List.of(refusedRow()));
        openAsOfficer();

        upload();

        assertThat(imports.calls).containsExactly("preview FACTS " + FILE);
        assertThat(imports.uploaded.get(0)).isEqualTo(CONTENT);
        assertThat(imports.actors.get(0).role()).isEqualTo(Role.OFFICER);
        assertThat(text("imports-file-name")).isEqualTo("文件：" + FILE);
        assertThat(text("imports-file-size")).isEqualTo("大小：1.5 KB");
        Span sha = _get(Span.class, spec -> spec.withId("imports-file-sha256"));
        assertThat(sha.getText()).isEqualTo("SHA-256：0123456789ab…");
        assertThat(sha.getTitle()).contains(SHA);
        assertThat(text("imports-file-format")).isEqualTo("格式：Excel 工作簿（XLSX）");
        assertThat(text("imports-preview-count-rows")).isEqualTo("共 3 行");
        assertThat(text("imports-preview-count-new")).isEqualTo("新增 2 行");
        assertThat(text("imports-preview-count-alreadyRecorded")).isEqualTo("此前已导入 0 行");
        assertThat(text("imports-preview-count-conflicts")).isEqualTo("冲突 0 行");
        assertThat(text("imports-preview-count-refused")).isEqualTo("拒绝 1 行");
        assertThat(_get(Span.class, spec -> spec.withId("imports-preview-count-new")).getClassNames())
                .contains("import-count-good");
        assertThat(_get(Span.class, spec -> spec.withId("imports-preview-count-refused")).getClassNames())
                .contains("import-count-bad");

        Grid<?> problems = _get(Grid.class, spec -> spec.withId("imports-problems"));
        assertThat(lines(problems)).containsExactly(
                List.of("4", "TS-3", "拒绝", "统一社会信用代码", "未找到统一社会信用代码为 " + UNKNOWN + " 的企业档案"),
                List.of("4", "TS-3", "拒绝", "发生日期", "请填写发生日期"));
        assertThat(GridCount.text(problems)).isEqualTo("共 2 条");
        _assertNone(Paragraph.class, spec -> spec.withId("imports-truncated"));
        assertThat(_get(Button.class, spec -> spec.withId("imports-confirm")).isEnabled()).isTrue();
        assertThat(_get(Paragraph.class, spec -> spec.withId("imports-confirm-hint")).getText())
                .isEqualTo("确认后将导入 2 行新记录；其余 1 行不会导入，原因见上表和导入结果报告。");
    }

    @Test
    void aFileWithNothingNewCannotBeConfirmedAndSaysWhy() {
        imports.nextPreview = preview(3, 0, 3, 0, List.of());
        openAsOfficer();

        upload();

        assertThat(_get(Button.class, spec -> spec.withId("imports-confirm")).isEnabled()).isFalse();
        assertThat(_get(Paragraph.class, spec -> spec.withId("imports-confirm-hint")).getText())
                .isEqualTo("没有需要导入的新记录：3 行此前已导入，再次导入不会保存任何内容。");
        assertThat(_get(Grid.class, spec -> spec.withId("imports-problems")).getEmptyStateText())
                .isEqualTo("所有行均可导入");
        assertThat(imports.calls).noneMatch(call -> call.startsWith("confirm"));
    }

    @Test
    void aRefusedFileIsExplainedInTheUsersLanguageAndGoesNoFurther() {
        imports.nextRefusal = new RuleViolation("date.required", "field.occurredOn");
        openAsOfficer();

        UploadKt._upload(_get(Upload.class, spec -> spec.withId("imports-upload")), FILE, CONTENT);
        awaitUi(() -> !_find(Paragraph.class, spec -> spec.withId("imports-refusal")).isEmpty());

        assertThat(_get(Paragraph.class, spec -> spec.withId("imports-refusal")).getText())
                .isEqualTo("无法导入此文件：请填写发生日期");
        _assertNone(Button.class, spec -> spec.withId("imports-confirm"));
        assertThat(imports.calls).containsExactly("preview FACTS " + FILE);
    }

    @Test
    void aConfirmedImportShowsItsProgressUntilItEndsThenOffersTheReport() {
        imports.nextPreview = preview(3, 2, 0, 1, List.of(refusedRow()));
        String importId = "import-of-preview-1";
        imports.progressReports.add(new ImportProgress(importId, 3, 1, 1, 0, 0, 0, false, null));
        imports.progressReports.add(new ImportProgress(importId, 3, 3, 2, 0, 0, 1, true, null));
        openAsOfficer();
        upload();

        _click(_get(Button.class, spec -> spec.withId("imports-confirm")));

        assertThat(imports.calls).contains("confirm preview-1");
        assertThat(imports.actors.get(1).role()).isEqualTo(Role.OFFICER);
        _assertNone(Button.class, spec -> spec.withId("imports-confirm"));
        assertThat(UI.getCurrent().getPollInterval()).isPositive();
        assertThat(_get(ProgressBar.class, spec -> spec.withId("imports-progress-bar")).getValue())
                .isEqualTo(1.0 / 3);
        assertThat(text("imports-progress-status")).isEqualTo("正在导入：已处理 1 / 3 行");
        _assertNone(Anchor.class, spec -> spec.withId("imports-report-download"));

        poll();

        assertThat(_get(ProgressBar.class, spec -> spec.withId("imports-progress-bar")).getValue()).isEqualTo(1.0);
        assertThat(text("imports-progress-status")).isEqualTo("已处理 3 / 3 行");
        assertThat(text("imports-progress-count-recorded")).isEqualTo("已导入 2 行");
        assertThat(text("imports-progress-count-refused")).isEqualTo("拒绝 1 行");
        assertThat(_get(Paragraph.class, spec -> spec.withId("imports-outcome")).getText())
                .isEqualTo("导入完成：新增 2 行，此前已导入 0 行，冲突 0 行，拒绝 1 行。");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
        Anchor report = _get(Anchor.class, spec -> spec.withId("imports-report-download"));
        assertThat(report.getTitle()).contains("导入结果-处罚与投诉.xlsx");
        assertThat(new String(DownloadKt._download(report), StandardCharsets.UTF_8))
                .isEqualTo("report of " + importId);
        assertThat(imports.calls).contains("report " + importId + " zh");

        _click(_get(Button.class, spec -> spec.withId("imports-again")));
        _get(Upload.class, spec -> spec.withId("imports-upload"));
        _assertNone(ProgressBar.class, spec -> spec.withId("imports-progress-bar"));
    }

    @Test
    void anImportThatStoppedSaysWhyInTheUsersLanguage() {
        imports.nextPreview = preview(3, 2, 0, 1, List.of(refusedRow()));
        imports.progressReports.add(new ImportProgress("import-of-preview-1", 3, 1, 1, 0, 0, 0, false,
                                                       new Refusal("creditFile.notFound", List.of(UNKNOWN))));
        openAsOfficer();
        upload();

        _click(_get(Button.class, spec -> spec.withId("imports-confirm")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("imports-outcome")).getText())
                .isEqualTo("导入中止：未找到统一社会信用代码为 " + UNKNOWN + " 的企业档案。中止前已处理的行已保存。");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void templatesOfTheChosenKindAreOfferedWithTheirColumns() {
        openAsOfficer();

        Anchor csv = _get(Anchor.class, spec -> spec.withId("imports-template-facts-COMPLAINT-csv"));
        assertThat(csv.getTitle()).contains("导入模板-信访投诉.csv");
        assertThat(new String(DownloadKt._download(csv), StandardCharsets.UTF_8))
                .isEqualTo("template facts-COMPLAINT " + TemplateFormat.CSV);
        _assertNone(Anchor.class, spec -> spec.withId("imports-template-enterprises-xlsx"));

        _click(_get(Button.class, spec -> spec.withId("imports-template-facts-columns")));
        Grid<?> columns = _get(Grid.class, spec -> spec.withId("imports-columns-grid"));
        assertThat(lines(columns)).contains(
                List.of("发生日期", "occurredOn", "必填", "事情发生的日期", "2025-03-01"));

        _click(_get(Button.class, spec -> spec.withId("imports-columns-close")));
        RadioButtonGroup<ImportKind> kind = _get(RadioButtonGroup.class, spec -> spec.withId("imports-kind"));
        kind.setValue(ImportKind.ENTERPRISES);
        assertThat(_get(Anchor.class, spec -> spec.withId("imports-template-enterprises-xlsx")).getTitle())
                .contains("导入模板-企业名录.xlsx");
        _assertNone(Anchor.class, spec -> spec.withId("imports-template-facts-xlsx"));
    }

    @Test
    void theNavigationOffersTheImportToOfficersOnly() {
        openAsOfficer();
        assertThat(menu()).contains("批量导入");

        SignedInUi.close();
        SignedInUi.open(context, Role.AUDITOR);
        UI.getCurrent().navigate("");
        assertThat(menu()).doesNotContain("批量导入");
    }

    @Test
    void otherRolesAreRefusedTheImport() {
        for (Role role : List.of(Role.ADMIN, Role.AUDITOR, Role.ASSESSOR, Role.REVIEWER)) {
            SignedInUi.open(context, role);

            UI.getCurrent().navigate(ImportView.class);

            _assertNone(ImportView.class);
            _get(H2.class, spec -> spec.withId("access-denied"));
            SignedInUi.close();
        }
        SignedInUi.openAsEnterprise(context, "91110112MA01ABCD2X");
        UI.getCurrent().navigate(ImportView.class);
        _assertNone(ImportView.class);
        assertThat(imports.calls).isEmpty();
    }

    private void openAsOfficer() {
        SignedInUi.open(context, Role.OFFICER);
        UI.getCurrent().navigate(ImportView.class);
    }

    private void upload() {
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("imports-upload")), FILE, CONTENT);
        awaitUi(() -> !_find(Button.class, spec -> spec.withId("imports-confirm")).isEmpty());
    }

    private static ImportPreview preview(int rows, int newRows, int alreadyRecorded, int refused,
                                         List<RowResult> problems) {
        return new ImportPreview("preview-1", ImportKind.FACTS, FILE, 1536, SHA, TemplateFormat.XLSX, null, rows,
                                 newRows, alreadyRecorded, 0, refused, problems, false);
    }

    private static RowResult refusedRow() {
        return new RowResult(4, "TS-3", RowOutcome.REFUSED, null,
                             List.of(new RowProblem("creditCode", new Refusal("creditFile.notFound", List.of(UNKNOWN))),
                                     new RowProblem("occurredOn",
                                                    new Refusal("date.required", List.of("field.occurredOn")))));
    }

    private static void poll() {
        UI ui = UI.getCurrent();
        ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
    }

    private static String text(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }

    private static List<String> menu() {
        return _get(SideNav.class, spec -> spec.withId("navigation")).getItems().stream()
                                                                      .map(SideNavItem::getLabel).toList();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<List<String>> lines(Grid grid) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(row -> {
            Object item = GridKt._get(grid, row);
            return ((List<Grid.Column>) grid.getColumns()).stream()
                    .map(column -> GridKt._getFormatted(column, item)).toList();
        }).toList();
    }

    /** Runs the session's pending pushes until {@code condition} holds: the preview is checked on its own thread. */
    private static void awaitUi(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            MockVaadin.clientRoundtrip();
            if (condition.getAsBoolean()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the view did not get there within 10 s");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
