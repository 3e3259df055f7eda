package org.greencredit.ui.indicator;

import org.greencredit.ui.catalog.IndicatorCatalogReader;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.greencredit.domain.actor.Role;
import org.greencredit.domain.indicator.CatalogEntry;
import org.greencredit.domain.indicator.IndicatorSystemJson;
import org.greencredit.domain.indicator.VersionStatus;
import org.greencredit.domain.indicator.api.DraftIndicatorVersion;
import org.greencredit.domain.indicator.api.PublishIndicatorVersion;
import org.greencredit.domain.trial.Baseline;
import org.greencredit.domain.trial.api.TrialRunRecorded;
import org.greencredit.ui.MainLayout;
import org.greencredit.ui.command.CommandClient;
import org.greencredit.ui.command.CommandRefused;
import org.greencredit.ui.components.GridCount;
import org.greencredit.ui.components.LocalizedDatePicker;
import org.greencredit.ui.i18n.RefusalMessages;
import org.greencredit.ui.security.SignedInActor;
import org.greencredit.ui.trial.TrialDesk;
import org.greencredit.ui.trial.TrialView;

/**
 * 评价指标体系: the published versions of the district's indicator system, each laid out in full with a printable
 * guide. Administrators also see drafts, draft a new version from an uploaded YAML file and publish a draft; the
 * catalog refuses both to anyone else. Those who may run a 试评价 (ADMIN, OFFICER, AUDITOR) see the recorded trial
 * runs of the version shown, start a trial of it, or rerun a recorded one to check its result hash.
 */
@Route(value = "indicators", layout = MainLayout.class)
@Menu(title = "nav.indicators", order = 60)
@PermitAll
public class IndicatorSystemView extends VerticalLayout implements HasDynamicTitle {

    private final IndicatorCatalogReader catalog;
    private final CommandClient commands;
    private final TrialDesk trials;
    private final boolean administrator;
    private final boolean mayTry;
    private final Grid<CatalogEntry> versions = new Grid<>();
    private final Div detail = new Div();
    private final LocalizedDatePicker effectiveFrom;
    private final Button publish;

    public IndicatorSystemView(IndicatorCatalogReader catalog, CommandClient commands, TrialDesk trials,
                               SignedInActor signedIn, Clock clock) {
        this.catalog = catalog;
        this.commands = commands;
        this.trials = trials;
        this.administrator = signedIn.user().role() == Role.ADMIN;
        this.mayTry = Set.of(Role.ADMIN, Role.OFFICER, Role.AUDITOR).contains(signedIn.user().role());

        versions.setId("indicator-versions");
        versions.addColumn(CatalogEntry::version).setHeader(getTranslation("indicator.version")).setAutoWidth(true);
        versions.addColumn(entry -> getTranslation("indicator.status." + entry.status().name()))
                .setHeader(getTranslation("indicator.status")).setAutoWidth(true);
        versions.addColumn(entry -> entry.effectiveFrom() == null ? "" : entry.effectiveFrom().toString())
                .setHeader(getTranslation("indicator.effectiveFrom")).setAutoWidth(true);
        versions.addColumn(entry -> entry.versionHash().substring(0, 12))
                .setHeader(getTranslation("indicator.hash")).setAutoWidth(true);
        versions.addComponentColumn(entry -> entry.status() == VersionStatus.DRAFT
                        ? new Div() : guideLink(entry.version()))
                .setHeader(getTranslation("indicator.guide")).setAutoWidth(true);
        GridCount.show(versions, "grid.empty");
        versions.setAllRowsVisible(true);
        versions.addSelectionListener(selection -> show(selection.getFirstSelectedItem().orElse(null)));

        effectiveFrom = new LocalizedDatePicker(getTranslation("indicator.publish.effectiveFrom"));
        effectiveFrom.setId("indicator-publish-date");
        effectiveFrom.setValue(LocalDate.now(clock));
        publish = new Button(getTranslation("indicator.publish"), click -> publishSelected());
        publish.setId("indicator-publish");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.setEnabled(false);

        H2 title = new H2(getTranslation("indicator.title"));
        title.setId("indicator-title");
        add(title, versions);
        if (administrator) {
            HorizontalLayout publishing = new HorizontalLayout(effectiveFrom, publish);
            publishing.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            IndicatorDraftUpload upload = new IndicatorDraftUpload(catalog.system());
            upload.addDraftListener(received -> draft(received.version(), received.yaml()));
            add(new H3(getTranslation("indicator.publish.title")), publishing, upload);
        }
        add(detail);
        refresh(null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("indicator.title");
    }

    private RouterLink guideLink(String version) {
        RouterLink link = new RouterLink(getTranslation("indicator.guide.open"), IndicatorGuideView.class,
                                         new RouteParameters(IndicatorGuideView.VERSION, version));
        link.setId("indicator-guide-link-" + version);
        return link;
    }

    private void refresh(String selectVersion) {
        List<CatalogEntry> entries = catalog.versions().stream()
                                            .filter(entry -> administrator || entry.status() != VersionStatus.DRAFT)
                                            .toList();
        versions.setItems(entries);
        entries.stream().filter(entry -> entry.version().equals(selectVersion)).findFirst()
               .or(() -> entries.stream().filter(entry -> entry.status() == VersionStatus.PUBLISHED)
                                .reduce((first, second) -> second))
               .ifPresentOrElse(versions::select, () -> show(null));
    }

    private void show(CatalogEntry entry) {
        detail.removeAll();
        publish.setEnabled(entry != null && entry.status() == VersionStatus.DRAFT);
        if (entry != null) {
            if (mayTry) {
                detail.add(trialRuns(entry.version()));
            }
            detail.add(new IndicatorSystemDetails(IndicatorSystemJson.read(entry.canonicalJson()), getLocale()));
        }
    }

    private Div trialRuns(String version) {
        Div section = new Div();
        section.setId("indicator-trial-runs");
        section.add(new H3(getTranslation("trial.runs.title")));
        RouterLink start = new RouterLink(getTranslation("trial.runs.start"), TrialView.class);
        start.setQueryParameters(QueryParameters.simple(Map.of("version", version)));
        start.setId("indicator-trial-start");
        List<TrialRunRecorded> runs = trials.runsOf(version);
        Grid<TrialRunRecorded> grid = new Grid<>();
        grid.setId("indicator-trial-runs-grid");
        grid.addColumn(TrialRunRecorded::recordedOn).setHeader(getTranslation("trial.runs.recordedOn"))
            .setAutoWidth(true);
        grid.addColumn(run -> run.baseline() == Baseline.VERSION ? run.baselineVersion()
                               : getTranslation("trial.side.inForce"))
            .setHeader(getTranslation("trial.runs.baseline")).setAutoWidth(true);
        grid.addColumn(run -> getTranslation("trial.population." + run.population().kind().name())
                               + (run.population().batchCode() == null ? "" : " " + run.population().batchCode())
                               + "（" + run.populationSize() + "）")
            .setHeader(getTranslation("trial.runs.population")).setAutoWidth(true);
        grid.addColumn(run -> run.periodFrom() + " — " + run.periodTo()).setHeader(getTranslation("trial.runs.period"))
            .setAutoWidth(true);
        grid.addColumn(TrialRunRecorded::asOf).setHeader(getTranslation("trial.runs.asOf")).setAutoWidth(true);
        grid.addColumn(run -> run.movedUp() + " / " + run.movedDown()).setHeader(getTranslation("trial.runs.moved"))
            .setAutoWidth(true);
        grid.addColumn(run -> run.resultHash().substring(0, 12)).setHeader(getTranslation("trial.runs.resultHash"))
            .setAutoWidth(true);
        grid.addComponentColumn(run -> {
            RouterLink rerun = new RouterLink(getTranslation("trial.runs.rerun"), TrialView.class);
            rerun.setQueryParameters(QueryParameters.simple(Map.of("version", version, "run", run.trialRunId())));
            rerun.setId("indicator-trial-rerun-" + run.trialRunId());
            return rerun;
        }).setKey("rerun").setAutoWidth(true);
        grid.setItems(runs);
        grid.setAllRowsVisible(true);
        GridCount.show(grid, "trial.runs.none");
        section.add(start, grid);
        return section;
    }

    private void draft(String version, String yaml) {
        try {
            commands.send(new DraftIndicatorVersion(catalog.system(), version, yaml));
            notify(getTranslation("indicator.upload.done", version), NotificationVariant.LUMO_SUCCESS);
            refresh(version);
        } catch (CommandRefused refused) {
            notify(RefusalMessages.of(refused.refusal()), NotificationVariant.LUMO_ERROR);
        }
    }

    private void publishSelected() {
        versions.getSelectedItems().stream().findFirst().ifPresent(entry -> {
            try {
                commands.send(new PublishIndicatorVersion(catalog.system(), entry.version(), effectiveFrom.getValue()));
                notify(getTranslation("indicator.publish.done", entry.version()), NotificationVariant.LUMO_SUCCESS);
                refresh(entry.version());
            } catch (CommandRefused refused) {
                notify(RefusalMessages.of(refused.refusal()), NotificationVariant.LUMO_ERROR);
            }
        });
    }

    private static void notify(String text, NotificationVariant variant) {
        Notification notification = Notification.show(text, 5000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(variant);
    }
}
