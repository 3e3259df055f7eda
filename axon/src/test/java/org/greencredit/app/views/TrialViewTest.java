package org.greencredit.app.views;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.greencredit.app.messaging.CaughtUp;
import org.greencredit.app.support.SignedInUi;
import org.greencredit.app.support.ViewContext;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.actor.Role;
import org.greencredit.domain.indicator.DefaultIndicatorSystem;
import org.greencredit.domain.indicator.api.DraftIndicatorVersion;
import org.greencredit.domain.trial.Baseline;
import org.greencredit.domain.trial.TrialPopulation;
import org.greencredit.domain.trial.api.TrialRunRecorded;
import org.greencredit.ui.indicator.IndicatorSystemView;
import org.greencredit.ui.trial.TrialDesk;
import org.greencredit.ui.trial.TrialView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The 试评价 view on the shared generated district: a draft that raises the minimum scores of B and C moves
 * enterprises down; the page shows both distributions and a chart, each mover with its reasons, one sensitivity
 * line per threshold, the hashes, and exports all of it; the indicator view lists the run and reruns it to the same
 * result hash. Refusals in Chinese, and only ADMIN, OFFICER and AUDITOR reach the page.
 */
public class TrialViewTest extends ViewContext {

    static final String DRAFT = "2099.17000";
    private static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    private static final LocalDate TO = LocalDate.of(2025, 12, 31);
    private static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);

    @BeforeEach
    void draft() {
        synchronized (TrialViewTest.class) {
            if (context.getBean(org.greencredit.ui.catalog.IndicatorCatalogReader.class).version(DRAFT).isEmpty()) {
                String yaml = DefaultIndicatorSystem.yaml()
                        .replace("version: \"2026.1\"", "version: \"" + DRAFT + "\"")
                        .replace("{code: B, minScore: 75", "{code: B, minScore: 89")
                        .replace("{code: C, minScore: 60", "{code: C, minScore: 74");
                Actor admin = new Actor("test-admin", Role.ADMIN, "信息中心", null);
                context.getBean(CommandGateway.class).sendAndWait(GenericCommandMessage.asCommandMessage(
                        new DraftIndicatorVersion(DefaultIndicatorSystem.SYSTEM, DRAFT, yaml))
                        .andMetaData(admin.asMetaData()));
            }
        }
    }

    @Test
    void anAuditorTriesADraftAndSeesMoversReasonsSensitivityAndExportsThem() throws java.io.IOException {
        SignedInUi.open(context, Role.AUDITOR);
        UI.getCurrent().navigate(TrialView.class);
        fill(DRAFT, "2026.1", FROM, TO, AS_OF);
        runAndWait();

        String shown = _get(Div.class, spec -> spec.withId("trial-results")).getElement().getTextRecursively();
        assertThat(shown).contains("等级分布", "对照版本 2026.1", "试评价版本 " + DRAFT, "结果摘要", "输入摘要");
        String svg = _get(Div.class, spec -> spec.withId("trial-chart")).getElement().getProperty("innerHTML");
        assertThat(svg).startsWith("<svg").contains("试评价版本 " + DRAFT).contains(">B</text>");

        Grid<?> moverGrid = _get(Grid.class, spec -> spec.withId("trial-movers"));
        List<?> movers = rows(moverGrid);
        assertThat(movers).isNotEmpty();
        String code = GridKt._getFormattedRow(moverGrid, 0).get(0);
        assertThat(GridKt._getFormattedRow(moverGrid, 0).get(2)).matches("[A-D] → [A-D]");
        _click((Button) GridKt._getCellComponent(moverGrid, 0, "why"));
        String reasons = _get(Dialog.class, spec -> spec.withId("trial-why")).getElement().getTextRecursively();
        assertThat(reasons).contains("指标体系由 2026.1 变为 " + DRAFT).containsPattern("等级由[A-D]级变为[A-D]级");

        String sensitivity = _get(UnorderedList.class, spec -> spec.withId("trial-sensitivity")).getElement()
                                                                                             .getTextRecursively();
        assertThat(sensitivity).contains("等级起评分 B 单独调整：").contains("等级起评分 C 单独调整：");

        byte[] xlsx = DownloadKt._download(_get(Anchor.class, spec -> spec.withId("trial-export")));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet("等级变化企业");
            List<String> codes = new ArrayList<>();
            for (Row row : sheet) {
                codes.add(row.getCell(0).getStringCellValue());
            }
            assertThat(codes).hasSize(movers.size() + 1).contains(code);
            assertThat(sheet.getRow(1).getCell(5).getStringCellValue()).contains("等级由");
            assertThat(workbook.getSheet("敏感性").getRow(1).getCell(0).getStringCellValue()).contains("单独调整");
            assertThat(workbook.getSheet("概要").getRow(8).getCell(1).getStringCellValue()).hasSize(64);
        }
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void theIndicatorViewListsARecordedRunAndItsRerunGivesTheSameHash() {
        TrialDesk desk = context.getBean(TrialDesk.class);
        TrialDesk.RecordedTrial trial = desk.run(new TrialDesk.TrialOrder(
                DRAFT, Baseline.VERSION, "2026.1", TrialPopulation.district(), FROM, TO, AS_OF),
                new Actor("test-officer", Role.OFFICER, "执法大队", null), (done, total) -> { });
        context.getBean(CaughtUp.class).awaitAll(java.time.Duration.ofSeconds(30));

        SignedInUi.open(context, Role.ADMIN);
        UI.getCurrent().navigate(IndicatorSystemView.class);
        Grid<?> versions = _get(Grid.class, spec -> spec.withId("indicator-versions"));
        IntStream.range(0, GridKt._size(versions)).mapToObj(i -> GridKt._get(versions, i))
                 .filter(entry -> entry.toString().contains(DRAFT)).findFirst()
                 .ifPresent(entry -> ((Grid<Object>) (Grid) versions).select(entry));
        Grid<TrialRunRecorded> runs = _get(Grid.class, spec -> spec.withId("indicator-trial-runs-grid"));
        assertThat(rows(runs)).extracting(run -> ((TrialRunRecorded) run).trialRunId()).contains(trial.trialRunId());

        UI.getCurrent().navigate(TrialView.class, QueryParameters.simple(Map.of("version", DRAFT,
                                                                                 "run", trial.trialRunId())));
        waitForRun();
        assertThat(_get(Paragraph.class, spec -> spec.withId("trial-rerun-outcome")).getText())
                .contains("重算结果与").contains("一致").contains(trial.result().resultHash())
                .contains("所依据的事实未变");
    }

    @Test
    void refusalsAreShownInChineseAndNothingIsRecorded() {
        TrialDesk desk = context.getBean(TrialDesk.class);
        int before = desk.runsOf(DRAFT).size();
        SignedInUi.open(context, Role.OFFICER);

        UI.getCurrent().navigate(TrialView.class);
        fill(DRAFT, "2026.1", TO, FROM, AS_OF);
        runAndWait();
        assertThat(refusal()).isEqualTo("评价期截止日（" + FROM + "）不能早于评价期起始日（" + TO + "）");

        UI.getCurrent().navigate(TrialView.class);
        fill(DRAFT, "2026.1", FROM, TO, AS_OF);
        _setValue(_get(Select.class, spec -> spec.withId("trial-population")), TrialPopulation.Kind.BATCH);
        _setValue(_get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("trial-batch")),
                  "NO-SUCH-BATCH");
        runAndWait();
        assertThat(refusal()).isEqualTo("所选范围内没有纳入评价的企业");
        assertThat(NotificationsKt.getNotifications()).extracting(shown -> shown.getElement().getProperty("text", ""))
                                                      .contains("所选范围内没有纳入评价的企业");

        UI.getCurrent().navigate(TrialView.class, QueryParameters.simple(Map.of("version", "2099.9")));
        assertThat(refusal()).isEqualTo("没有版本 2099.9");

        context.getBean(CaughtUp.class).awaitAll(java.time.Duration.ofSeconds(30));
        assertThat(desk.runsOf(DRAFT)).hasSize(before);
    }

    @Test
    void onlyAdministratorsOfficersAndAuditorsReachThePage() {
        for (Role role : new Role[] {Role.ADMIN, Role.OFFICER, Role.AUDITOR}) {
            SignedInUi.open(context, role);
            UI.getCurrent().navigate("indicators/trial");
            _get(Button.class, spec -> spec.withId("trial-run"));
            SignedInUi.close();
        }
        for (Role role : new Role[] {Role.ASSESSOR, Role.REVIEWER, Role.PARTNER}) {
            SignedInUi.open(context, role);
            UI.getCurrent().navigate("indicators/trial");
            LocatorJ._assertNone(TrialView.class);
            _get(H2.class, spec -> spec.withId("access-denied"));
            SignedInUi.close();
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void fill(String version, String baselineVersion, LocalDate from, LocalDate to, LocalDate asOf) {
        _setValue(_get(Select.class, spec -> spec.withId("trial-version")), version);
        _setValue(_get(Select.class, spec -> spec.withId("trial-baseline")), Baseline.VERSION);
        _setValue(_get(Select.class, spec -> spec.withId("trial-baseline-version")), baselineVersion);
        _setValue(_get(DatePicker.class, spec -> spec.withId("trial-period-from")), from);
        _setValue(_get(DatePicker.class, spec -> spec.withId("trial-period-to")), to);
        _setValue(_get(DatePicker.class, spec -> spec.withId("trial-as-of")), asOf);
    }

    /** Clicks 开始试评价 and lets the trial thread's updates reach the page until the run ends. */
    static void runAndWait() {
        _click(_get(Button.class, spec -> spec.withId("trial-run")));
        waitForRun();
    }

    public static void waitForRun() {
        Button run = _get(Button.class, spec -> spec.withId("trial-run"));
        long deadline = System.currentTimeMillis() + 60_000;
        while (!run.isEnabled() && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            MockVaadin.clientRoundtrip();
        }
        assertThat(run.isEnabled()).as("the trial ended").isTrue();
    }

    private static String refusal() {
        return _get(Paragraph.class, spec -> spec.withId("trial-refusal")).getText();
    }

    private static List<?> rows(Grid<?> grid) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
    }
}
