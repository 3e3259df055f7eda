package org.greencredit.app.views;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.greencredit.app.support.SignedInUi;
import org.greencredit.app.support.ViewContext;
import org.greencredit.domain.actor.Role;
import org.greencredit.domain.indicator.CatalogEntry;
import org.greencredit.domain.indicator.DefaultIndicatorSystem;
import org.greencredit.domain.indicator.VersionStatus;
import org.greencredit.ui.i18n.ChineseByDefault;
import org.greencredit.ui.catalog.IndicatorCatalogReader;
import org.greencredit.ui.indicator.IndicatorSystemView;
import org.junit.jupiter.api.Test;

/** The indicator system view (评价指标体系), its guide, and drafting a version from an uploaded definition. */
class IndicatorSystemViewTest extends ViewContext {

    @Test
    void anOfficerSeesThePublishedVersionButNoUpload() {
        SignedInUi.open(context, Role.OFFICER);
        UI.getCurrent().navigate(IndicatorSystemView.class);

        assertThat(versions()).anySatisfy(entry -> {
            assertThat(entry.version()).isEqualTo(DefaultIndicatorSystem.VERSION);
            assertThat(entry.status()).isEqualTo(VersionStatus.PUBLISHED);
        });
        assertThat(versions()).noneMatch(entry -> entry.status() == VersionStatus.DRAFT);
        _get(Div.class, spec -> spec.withId("indicator-dimension-EM"));
        _assertNone(Upload.class);
        _assertNone(Button.class, spec -> spec.withId("indicator-publish"));
    }

    @Test
    void theIndicatorPageAndGuideNameEveryCodedValueInChineseAndInEnglish() {
        SignedInUi.open(context, Role.OFFICER);
        for (String route : List.of("indicators", "indicators/guide/" + DefaultIndicatorSystem.VERSION)) {
            UI.getCurrent().navigate(route);
            String chinese = shownText(route);

            assertThat(chinese).as(route).contains("逾期提交", "未提交", "环保手续", "区级")
                               .doesNotContain("!")
                               .doesNotContainPattern("\\b(PROCEDURES|LATE|MISSING|WATER|MAJOR|DISTRICT|MINOR|"
                                                      + "GENERAL|AIR|ARREARS|MUNICIPAL|NATIONAL)\\b")
                               .doesNotContainPattern("\\b[A-Z]{3,}(_[A-Z]+)*\\b");
        }

        ChineseByDefault.choose(Locale.ENGLISH);
        UI.getCurrent().navigate("indicators");
        String english = shownText("indicators");
        assertThat(english).contains("Late").doesNotContain("!")
                           .doesNotContainPattern("\\b[A-Z]{3,}(_[A-Z]+)+\\b")
                           .doesNotContainPattern("\\b(PROCEDURES|LATE|MISSING|WATER|MAJOR|DISTRICT)\\b");
    }

    private static String shownText(String route) {
        String id = route.startsWith("indicators/guide") ? "indicator-guide" : "indicator-detail";
        return _get(com.vaadin.flow.component.Component.class, spec -> spec.withId(id)).getElement()
                                                                                       .getTextRecursively();
    }

    @Test
    void theUploadSpeaksChinese() {
        SignedInUi.open(context, Role.ADMIN);
        UI.getCurrent().navigate(IndicatorSystemView.class);

        Upload upload = _get(Upload.class, spec -> spec.withId("indicator-upload"));

        assertThat(upload.getI18n().getAddFiles().getOne()).isEqualTo("选择文件…");
        assertThat(upload.getI18n().getDropFiles().getOne()).isEqualTo("将文件拖放到此处");
        assertThat(upload.getI18n().getError().getIncorrectFileType()).isEqualTo("文件类型不正确。");
    }

    @Test
    void theGuideOfAVersionPrints() {
        SignedInUi.open(context, Role.AUDITOR);
        UI.getCurrent().navigate("indicators/guide/" + DefaultIndicatorSystem.VERSION);

        assertThat(_get(H2.class, spec -> spec.withId("indicator-guide-title")).getText())
                .isEqualTo("北京城市副中心企业绿色信用评价指标体系（试行）评价指南（版本 2026.1）");
        assertThat(_get(Button.class, spec -> spec.withId("indicator-guide-print")).getText()).isEqualTo("打印 / 另存为PDF");
    }

    @Test
    void anAdministratorsMalformedDefinitionIsRefusedInChineseAndNothingIsStored() {
        int before = catalog().versions().size();
        SignedInUi.open(context, Role.ADMIN);
        UI.getCurrent().navigate(IndicatorSystemView.class);

        UploadKt._upload(_get(Upload.class, spec -> spec.withId("indicator-upload")), "broken.yaml",
                         "system: [TZ-GREEN-CREDIT\nversion: 2099.1\n".getBytes(StandardCharsets.UTF_8));
        MockVaadin.clientRoundtrip();

        String errors = _get(Div.class, spec -> spec.withId("indicator-upload-errors")).getElement().getTextRecursively();
        assertThat(errors).contains("定义文件有误，未保存任何内容").contains("不是有效的YAML");
        assertThat(catalog().versions()).hasSize(before);
        assertThat(versions()).hasSize(before);
    }

    @Test
    void anAdministratorsDefinitionOfAnotherSystemIsRefused() {
        int before = catalog().versions().size();
        SignedInUi.open(context, Role.ADMIN);
        UI.getCurrent().navigate(IndicatorSystemView.class);

        String otherSystem = DefaultIndicatorSystem.yaml().replace("system: TZ-GREEN-CREDIT", "system: OTHER-SYSTEM")
                                                   .replace("version: \"2026.1\"", "version: \"2099.2\"");
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("indicator-upload")), "other.yaml",
                         otherSystem.getBytes(StandardCharsets.UTF_8));
        MockVaadin.clientRoundtrip();

        assertThat(_get(Div.class, spec -> spec.withId("indicator-upload-errors")).getElement().getTextRecursively())
                .contains("定义属于指标体系 OTHER-SYSTEM，而不是 TZ-GREEN-CREDIT");
        assertThat(catalog().versions()).hasSize(before);
    }

    @Test
    void anAdministratorDraftsAVersionFromAnUploadedDefinition() {
        SignedInUi.open(context, Role.ADMIN);
        UI.getCurrent().navigate(IndicatorSystemView.class);

        String draft = DefaultIndicatorSystem.yaml().replace("version: \"2026.1\"", "version: \"2099.12000\"");
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("indicator-upload")), "draft.yaml",
                         draft.getBytes(StandardCharsets.UTF_8));
        MockVaadin.clientRoundtrip();

        NotificationsKt.expectNotifications("已保存草稿版本 2099.12000");
        assertThat(catalog().version("2099.12000")).hasValueSatisfying(
                entry -> assertThat(entry.status()).isEqualTo(VersionStatus.DRAFT));
        assertThat(versions()).extracting(CatalogEntry::version).contains("2099.12000");
        assertThat(_get(Button.class, spec -> spec.withId("indicator-publish")).isEnabled()).isTrue();
    }

    @Test
    void publishingADraftOnADateAlreadyTakenIsRefusedInChinese() {
        SignedInUi.open(context, Role.ADMIN);
        UI.getCurrent().navigate(IndicatorSystemView.class);
        String draft = DefaultIndicatorSystem.yaml().replace("version: \"2026.1\"", "version: \"2099.12001\"");
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("indicator-upload")), "draft.yaml",
                         draft.getBytes(StandardCharsets.UTF_8));
        MockVaadin.clientRoundtrip();
        NotificationsKt.clearNotifications();
        LocalDate taken = catalog().version(DefaultIndicatorSystem.VERSION).orElseThrow().effectiveFrom();

        _setValue(_get(DatePicker.class, spec -> spec.withId("indicator-publish-date")), taken);
        _click(_get(Button.class, spec -> spec.withId("indicator-publish")));

        NotificationsKt.expectNotifications("已有已发布的版本（2026.1）自 " + taken + " 起生效");
        assertThat(catalog().version("2099.12001").orElseThrow().status()).isEqualTo(VersionStatus.DRAFT);
    }

    private IndicatorCatalogReader catalog() {
        return context.getBean(IndicatorCatalogReader.class);
    }

    @SuppressWarnings("unchecked")
    private static List<CatalogEntry> versions() {
        Grid<CatalogEntry> grid = _get(Grid.class, spec -> spec.withId("indicator-versions"));
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
    }
}
