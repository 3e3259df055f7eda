package org.greencredit.ui.webhook;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.greencredit.domain.actor.Role;
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.ui.MainLayout;
import org.greencredit.ui.command.CurrentActor;
import org.greencredit.ui.components.GridCount;
import org.greencredit.ui.components.LocalizedUpload;
import org.greencredit.ui.components.Notices;
import org.greencredit.ui.i18n.RefusalMessages;

/**
 * 结果推送订阅: a partner subscribes its organisation to the published results of the enterprises it follows (a
 * webhook URL, the credit codes typed or uploaded as a text list), sees the signing secret once, ends a
 * subscription, and reads each subscription's delivery log. ADMIN and AUDITOR see every organisation's
 * subscriptions and deliveries, and change nothing.
 */
@Route(value = "subscriptions", layout = MainLayout.class)
@Menu(title = "nav.subscriptions", order = 55)
@RolesAllowed({"PARTNER", "ADMIN", "AUDITOR"})
public class SubscriptionsView extends VerticalLayout implements HasDynamicTitle {

    static final int MAX_LIST_BYTES = 1024 * 1024;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                                                                   .withZone(ZoneId.of("Asia/Shanghai"));

    private final WebhookSubscriptions subscriptions;
    private final CurrentActor actor;
    private final Grid<WebhookSubscription> grid = new Grid<>();
    private final Grid<WebhookDelivery> deliveries = new Grid<>();
    private final TextField url = new TextField();
    private final TextArea codes = new TextArea();

    public SubscriptionsView(WebhookSubscriptions subscriptions, CurrentActor actor) {
        this.subscriptions = subscriptions;
        this.actor = actor;
        H2 title = new H2(getTranslation("subscriptions.title"));
        title.setId("subscriptions-title");
        add(title);
        if (actor.actor().role() == Role.PARTNER) {
            add(form());
        }
        subscriptionGrid();
        deliveryGrid();
        add(grid, new H3(getTranslation("subscriptions.deliveries.title")), deliveries);
        refresh();
    }

    private VerticalLayout form() {
        url.setId("subscriptions-url");
        url.setLabel(getTranslation("subscriptions.url"));
        url.setWidth("36em");
        codes.setId("subscriptions-codes");
        codes.setLabel(getTranslation("subscriptions.codes"));
        codes.setWidth("36em");
        Upload upload = new LocalizedUpload(UploadHandler.inMemory(this::listReceived));
        upload.setId("subscriptions-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_LIST_BYTES);
        upload.setAcceptedFileTypes(".txt", ".csv", "text/plain", "text/csv");
        upload.setUploadButton(new Button(getTranslation("subscriptions.upload")));
        Button subscribe = new Button(getTranslation("subscriptions.subscribe"), click -> subscribe());
        subscribe.setId("subscriptions-subscribe");
        subscribe.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout form = new VerticalLayout(url, codes, upload, subscribe);
        form.setPadding(false);
        return form;
    }

    private void listReceived(UploadMetadata metadata, byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8).replace("\uFEFF", "");
        codes.setValue(codes.getValue().isBlank() ? text : codes.getValue() + "\n" + text);
    }

    /** Subscribes, and shows the secret in a dialog: the only time anyone sees it. */
    void subscribe() {
        try {
            CreatedSubscription created = subscriptions.subscribe(url.getValue(), codes.getValue(), actor.actor());
            url.setInvalid(false);
            codes.setInvalid(false);
            url.clear();
            codes.clear();
            refresh();
            Dialog dialog = new Dialog();
            dialog.setHeaderTitle(getTranslation("subscriptions.secret.title"));
            Paragraph secret = new Paragraph(getTranslation("subscriptions.secret.text", created.secret()));
            secret.setId("subscriptions-secret");
            dialog.add(secret);
            Button close = new Button(getTranslation("subscriptions.secret.close"), click -> dialog.close());
            close.setId("subscriptions-secret-close");
            dialog.getFooter().add(close);
            dialog.open();
        } catch (RuleViolation refused) {
            if (refused.messageKey().startsWith("webhook.url")) {
                url.setErrorMessage(RefusalMessages.of(refused.refusal()));
                url.setInvalid(true);
            } else if (refused.messageKey().startsWith("webhook.codes")) {
                codes.setErrorMessage(RefusalMessages.of(refused.refusal()));
                codes.setInvalid(true);
            } else {
                Notices.error(RefusalMessages.of(refused.refusal()));
            }
        }
    }

    private void subscriptionGrid() {
        grid.setId("subscriptions-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(WebhookSubscription::department).setHeader(getTranslation("subscriptions.column.department"))
            .setAutoWidth(true);
        grid.addColumn(WebhookSubscription::url).setHeader(getTranslation("subscriptions.column.url")).setFlexGrow(1);
        grid.addColumn(subscription -> subscription.creditCodes().size())
            .setHeader(getTranslation("subscriptions.column.codes")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(subscription -> TIME.format(subscription.createdAt()))
            .setHeader(getTranslation("subscriptions.column.created")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(subscription -> getTranslation(subscription.active() ? "subscriptions.active"
                                                                            : "subscriptions.ended"))
            .setHeader(getTranslation("subscriptions.column.active")).setAutoWidth(true).setFlexGrow(0);
        if (actor.actor().role() == Role.PARTNER) {
            grid.addComponentColumn(subscription -> {
                Button cancel = new Button(getTranslation("subscriptions.cancel"), click -> {
                    subscriptions.cancel(subscription.id(), actor.actor());
                    Notices.info(getTranslation("subscriptions.cancelled"));
                    refresh();
                });
                cancel.setId("subscriptions-cancel-" + subscription.id());
                cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                cancel.setVisible(subscription.active());
                return cancel;
            }).setAutoWidth(true).setFlexGrow(0);
        }
        grid.asSingleSelect().addValueChangeListener(change -> deliveries.setItems(
                change.getValue() == null ? List.of()
                        : subscriptions.deliveries(change.getValue().id(), actor.actor())));
        GridCount.show(grid, "subscriptions.empty");
    }

    private void deliveryGrid() {
        deliveries.setId("subscriptions-deliveries");
        deliveries.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        deliveries.addColumn(delivery -> TIME.format(delivery.createdAt()))
                  .setHeader(getTranslation("subscriptions.column.created")).setAutoWidth(true).setFlexGrow(0);
        deliveries.addColumn(WebhookDelivery::creditCode)
                  .setHeader(getTranslation("subscriptions.column.creditCode")).setAutoWidth(true).setFlexGrow(0);
        deliveries.addColumn(delivery -> getTranslation("decisionKind." + delivery.decisionKind()))
                  .setHeader(getTranslation("subscriptions.column.kind")).setAutoWidth(true).setFlexGrow(0);
        deliveries.addColumn(WebhookDelivery::grade).setHeader(getTranslation("subscriptions.column.grade"))
                  .setAutoWidth(true).setFlexGrow(0);
        deliveries.addColumn(delivery -> getTranslation("subscriptions.state." + delivery.state()))
                  .setHeader(getTranslation("subscriptions.column.state")).setAutoWidth(true).setFlexGrow(0);
        deliveries.addColumn(delivery -> delivery.attempts().stream()
                          .map(attempt -> TIME.format(attempt.at()) + " · " + attempt.status()
                                          + (attempt.error() == null ? "" : " · " + attempt.error()))
                          .collect(Collectors.joining("\n")))
                  .setHeader(getTranslation("subscriptions.column.attempts")).setFlexGrow(1);
        GridCount.show(deliveries, "subscriptions.deliveries.empty");
    }

    private void refresh() {
        grid.setItems(subscriptions.visible(actor.actor()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("subscriptions.title");
    }
}
