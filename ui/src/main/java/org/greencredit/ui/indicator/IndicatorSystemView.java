package org.greencredit.ui.indicator;

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
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.greencredit.domain.actor.Role;
import org.greencredit.domain.indicator.CatalogEntry;
import org.greencredit.domain.indicator.IndicatorSystemJson;
import org.greencredit.domain.indicator.VersionStatus;
import org.greencredit.domain.indicator.api.DraftIndicatorVersion;
import org.greencredit.domain.indicator.api.PublishIndicatorVersion;
import org.greencredit.ui.MainLayout;
import org.greencredit.ui.command.CommandClient;
import org.greencredit.ui.command.CommandRefused;
import org.greencredit.ui.components.GridCount;
import org.greencredit.ui.components.LocalizedDatePicker;
import org.greencredit.ui.i18n.RefusalMessages;
import org.greencredit.ui.security.SignedInActor;

/**
 * 评价指标体系: the published versions of the district's indicator system, each laid out in full with a printable
 * guide. Administrators also see drafts, draft a new version from an uploaded YAML file and publish a draft; the
 * catalog refuses both to anyone else.
 */
@Route(value = "indicators", layout = MainLayout.class)
@Menu(title = "nav.indicators", order = 60)
@PermitAll
public class IndicatorSystemView extends VerticalLayout implements HasDynamicTitle {

    private final IndicatorCatalogReader catalog;
    private final CommandClient commands;
    private final boolean administrator;
    private final Grid<CatalogEntry> versions = new Grid<>();
    private final Div detail = new Div();
    private final LocalizedDatePicker effectiveFrom;
    private final Button publish;

    public IndicatorSystemView(IndicatorCatalogReader catalog, CommandClient commands, SignedInActor signedIn,
                               Clock clock) {
        this.catalog = catalog;
        this.commands = commands;
        this.administrator = signedIn.user().role() == Role.ADMIN;

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
            detail.add(new IndicatorSystemDetails(IndicatorSystemJson.read(entry.canonicalJson()), getLocale()));
        }
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
