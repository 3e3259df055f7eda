package org.greencredit.app.views;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import org.greencredit.app.support.SignedInUi;
import org.greencredit.app.support.ViewContext;
import org.greencredit.app.upload.PlatformUploadDesk;
import org.greencredit.domain.actor.Role;
import org.greencredit.ui.cycle.CycleDetailView;
import org.junit.jupiter.api.Test;

/** 上传信用平台 in the cycle view: an officer produces, an auditor downloads, a reviewer sees nothing of it. */
class UploadSectionViewTest extends ViewContext {

    private static final String CYCLE = "2026-ANNUAL";

    @Test
    void anOfficerProducesAFullUploadAndSeesItListedWithItsFiles() {
        int before = context.getBean(PlatformUploadDesk.class).uploads(CYCLE).size();
        SignedInUi.open(context, Role.OFFICER);
        UI.getCurrent().navigate(CycleDetailView.class, CycleDetailView.parameters(CYCLE));
        _get(Anchor.class, spec -> spec.withId("cycle-announcement"));

        _click(_get(Button.class, spec -> spec.withId("upload-full")));

        int sequence = before + 1;
        Span summary = _get(Span.class, spec -> spec.withId("upload-" + sequence + "-summary"));
        assertThat(summary.getText()).startsWith("第 " + sequence + " 次 · 全量 · ").contains("officer-user");
        NotificationsKt.expectNotifications(
                "已生成第 " + sequence + " 次上传文件，共 " + ViewContext.ENTERPRISES + " 条");
        Anchor csv = _get(Anchor.class, spec -> spec.withId("upload-" + sequence + "-csv"));
        assertThat(csv.getTitle().orElseThrow()).startsWith(CYCLE + "-" + "%02d".formatted(sequence) + "-full.csv")
                                                .contains("SHA-256 ");
        _get(Anchor.class, spec -> spec.withId("upload-" + sequence + "-manifest"));
    }

    @Test
    void anAuditorMayDownloadButNotProduce() {
        SignedInUi.open(context, Role.AUDITOR);
        UI.getCurrent().navigate(CycleDetailView.class, CycleDetailView.parameters(CYCLE));

        _get(Anchor.class, spec -> spec.withId("cycle-announcement"));
        _assertNone(Button.class, spec -> spec.withId("upload-full"));
        _assertNone(Button.class, spec -> spec.withId("upload-incremental"));
    }

    @Test
    void aReviewerDoesNotSeeTheUploads() {
        SignedInUi.open(context, Role.REVIEWER);
        UI.getCurrent().navigate(CycleDetailView.class, CycleDetailView.parameters(CYCLE));

        _assertNone(Anchor.class, spec -> spec.withId("cycle-announcement"));
        _assertNone(Button.class, spec -> spec.withId("upload-full"));
    }
}
