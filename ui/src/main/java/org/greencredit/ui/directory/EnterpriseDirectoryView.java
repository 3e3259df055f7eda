package org.greencredit.ui.directory;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.greencredit.projections.directory.EnterpriseDirectoryPage;
import org.greencredit.projections.directory.EnterpriseListing;
import org.greencredit.ui.MainLayout;
import org.greencredit.ui.command.CommandClient;
import org.greencredit.ui.command.CommandRefused;
import org.greencredit.ui.components.GridCount;
import org.greencredit.ui.creditfile.EnterpriseCreditFileView;
import org.greencredit.ui.i18n.RefusalMessages;

/** 企业名录: every registered enterprise, filterable by name, kept live while open. */
@Route(value = "enterprises", layout = MainLayout.class)
@Menu(title = "nav.directory", order = 10)
@RolesAllowed({"ADMIN", "OFFICER", "ASSESSOR", "REVIEWER", "AUDITOR"})
public class EnterpriseDirectoryView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter RECORDED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                                                                          .withZone(ZoneId.of("Asia/Shanghai"));

    private final DirectoryClient directory;
    private final CommandClient commands;
    private final TextField nameFilter = new TextField();
    private final Grid<EnterpriseListing> grid = new Grid<>();
    private SubscriptionQueryResult<EnterpriseDirectoryPage, EnterpriseListing> changes;

    public EnterpriseDirectoryView(DirectoryClient directory, CommandClient commands) {
        this.directory = directory;
        this.commands = commands;
        setSizeFull();

        nameFilter.setId("directory-name-filter");
        nameFilter.setPlaceholder(getTranslation("directory.filter.name"));
        nameFilter.setClearButtonVisible(true);
        nameFilter.setValueChangeMode(ValueChangeMode.LAZY);
        nameFilter.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        Button register = new Button(getTranslation("enterprise.register"), click -> openRegistration());
        register.setId("directory-register");
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.setId("directory-grid");
        grid.addColumn(EnterpriseListing::creditCode).setHeader(getTranslation("enterprise.creditCode"))
            .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(EnterpriseListing::name).setHeader(getTranslation("enterprise.name")).setFlexGrow(1);
        grid.addColumn(listing -> listing.subdistrict() == null ? "" : getTranslation("subdistrict." + listing.subdistrict()))
            .setHeader(getTranslation("enterprise.subdistrict")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(EnterpriseListing::industryName).setHeader(getTranslation("enterprise.industryName"))
            .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(listing -> listing.grade() == null ? "—" : listing.grade())
            .setHeader(getTranslation("directory.grade")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(listing -> RECORDED_AT.format(listing.registeredAt()))
            .setHeader(getTranslation("enterprise.registeredAt")).setAutoWidth(true).setFlexGrow(0);
        grid.addItemClickListener(click -> EnterpriseCreditFileView.open(click.getItem().creditCode()));
        GridCount.show(grid, "grid.empty");
        grid.setItems(query -> directory.find(nameFilter.getValue(), query.getOffset(), query.getLimit()).stream(),
                      query -> directory.count(nameFilter.getValue()));

        add(new H2(getTranslation("directory.title")), new HorizontalLayout(nameFilter, register), grid);
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("directory.title");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        changes = directory.watch();
        changes.updates().subscribe(listing -> ui.access(() -> grid.getDataProvider().refreshAll()));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (changes != null) {
            changes.close();
            changes = null;
        }
    }

    private void openRegistration() {
        Dialog dialog = new Dialog(getTranslation("enterprise.register"));
        dialog.setWidth("min(48rem, 95vw)");
        RegisterEnterpriseForm form = new RegisterEnterpriseForm();
        form.addRegisterListener(event -> {
            try {
                commands.send(event.command());
                dialog.close();
                notify(getTranslation("enterprise.register.done", event.command().profile().name()),
                       NotificationVariant.LUMO_SUCCESS);
            } catch (CommandRefused refused) {
                notify(RefusalMessages.of(refused.refusal()), NotificationVariant.LUMO_ERROR);
            }
        });
        dialog.add(form);
        dialog.open();
    }

    private static void notify(String text, NotificationVariant variant) {
        Notification notification = Notification.show(text, 5000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(variant);
    }
}
