package org.greencredit.ui.notify;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.greencredit.domain.common.Refusal;
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.ui.MainLayout;
import org.greencredit.ui.command.CurrentActor;
import org.greencredit.ui.components.GridCount;
import org.greencredit.ui.components.Notices;
import org.greencredit.ui.i18n.RefusalMessages;

/**
 * 消息通知: an enterprise user's notifications (every change of its grade, every deadline that concerns it), newest
 * first, unread ones marked, with "mark read"; and where e-mail copies go, in which language.
 */
@Route(value = "notifications", layout = MainLayout.class)
@Menu(title = "nav.notifications", order = 15)
@RolesAllowed("ENTERPRISE")
public class NotificationsView extends VerticalLayout implements HasDynamicTitle {

    static final int SHOWN = 200;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                                                                   .withZone(ZoneId.of("Asia/Shanghai"));

    private final EnterpriseNotifications notifications;
    private final CurrentActor actor;
    private final Grid<EnterpriseNotification> grid = new Grid<>();

    public NotificationsView(EnterpriseNotifications notifications, CurrentActor actor) {
        this.notifications = notifications;
        this.actor = actor;
        H2 title = new H2(getTranslation("notifications.title"));
        title.setId("notifications-title");

        grid.setId("notifications-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(notification -> TIME.format(notification.createdAt()))
            .setHeader(getTranslation("notifications.column.time")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::sentence).setHeader(getTranslation("notifications.column.message")).setFlexGrow(1);
        grid.addColumn(notification -> getTranslation(notification.read() ? "notifications.read"
                                                                          : "notifications.unread"))
            .setHeader(getTranslation("notifications.column.read")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(notification -> {
            Button read = new Button(getTranslation("notifications.markRead"), click -> {
                notifications.markRead(notification.id(), actor.actor());
                refresh();
            });
            read.setId("notifications-read-" + notification.id());
            read.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            read.setVisible(!notification.read());
            return read;
        }).setAutoWidth(true).setFlexGrow(0);

        Button all = new Button(getTranslation("notifications.markAllRead"), click -> {
            notifications.markAllRead(actor.actor());
            refresh();
        });
        all.setId("notifications-read-all");

        GridCount.show(grid, "notifications.empty");
        add(title, all, grid, settings());
        refresh();
    }

    private String sentence(EnterpriseNotification notification) {
        return RefusalMessages.of(new Refusal(notification.messageKey(), notification.arguments()));
    }

    private void refresh() {
        grid.setItems(notifications.recent(actor.actor(), SHOWN));
    }

    private VerticalLayout settings() {
        NotificationSettings current = notifications.settings(actor.actor());
        EmailField email = new EmailField(getTranslation("notifications.settings.email"));
        email.setId("notifications-email");
        email.setWidth("28em");
        email.setValue(current.email() == null ? "" : current.email());
        Select<String> language = new Select<>();
        language.setId("notifications-language");
        language.setLabel(getTranslation("notifications.settings.language"));
        language.setItems(List.of("zh-CN", "en"));
        language.setItemLabelGenerator(tag -> getTranslation("notifications.settings.language." + tag));
        language.setValue(current.language() == null ? "zh-CN" : current.language());
        Button save = new Button(getTranslation("notifications.settings.save"), click -> {
            try {
                notifications.saveSettings(new NotificationSettings(email.getValue(), language.getValue()),
                                           actor.actor());
                email.setInvalid(false);
                Notices.success(getTranslation("notifications.settings.saved"));
            } catch (RuleViolation refused) {
                email.setErrorMessage(RefusalMessages.of(refused.refusal()));
                email.setInvalid(true);
            }
        });
        save.setId("notifications-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row = new HorizontalLayout(email, language, save);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        VerticalLayout section = new VerticalLayout(new H3(getTranslation("notifications.settings.title")), row);
        section.setPadding(false);
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notifications.title");
    }
}
