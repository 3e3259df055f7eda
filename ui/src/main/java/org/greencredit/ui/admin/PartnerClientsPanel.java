package org.greencredit.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumSet;
import java.util.stream.Collectors;
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.domain.partner.PartnerScope;
import org.greencredit.projections.partner.PartnerClientSummary;
import org.greencredit.ui.components.GridCount;
import org.greencredit.ui.components.LocalizedDatePicker;
import org.greencredit.ui.components.Notices;
import org.greencredit.ui.i18n.RefusalMessages;
import org.greencredit.ui.partner.PartnerClients;
import org.greencredit.ui.security.SignedInActor;

/**
 * 合作方接口客户端: every client with its scopes, expiry and state; creating one (the secret is shown once, in a
 * dialog, and never again) and revoking one. The aggregate checks everything and its refusal is shown translated.
 */
class PartnerClientsPanel extends VerticalLayout {

    private final PartnerClients clients;
    private final SignedInActor signedIn;
    private final Grid<PartnerClientSummary> grid = new Grid<>();

    PartnerClientsPanel(PartnerClients clients, SignedInActor signedIn) {
        this.clients = clients;
        this.signedIn = signedIn;
        setPadding(false);
        setSizeFull();

        Button create = new Button(getTranslation("admin.partners.create"), click -> openCreation());
        create.setId("admin-partners-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.setId("admin-partners-grid");
        grid.addColumn(PartnerClientSummary::clientId).setHeader(getTranslation("admin.partners.clientId"))
            .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(PartnerClientSummary::organisation).setHeader(getTranslation("admin.partners.organisation"))
            .setFlexGrow(1);
        grid.addColumn(client -> client.department() == null ? "" : client.department())
            .setHeader(getTranslation("admin.partners.department")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(client -> client.scopes().stream().map(scope -> getTranslation("partner.scope." + scope.name()))
                                       .collect(Collectors.joining("、")))
            .setHeader(getTranslation("admin.partners.scopes")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(client -> client.expiresOn().toString()).setHeader(getTranslation("admin.partners.expiresOn"))
            .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(client -> client.requestsPerMinute() == null ? getTranslation("admin.partners.rate.default")
                                                                    : String.valueOf(client.requestsPerMinute()))
            .setHeader(getTranslation("admin.partners.rate")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(client -> client.revokedOn() == null ? getTranslation("admin.partners.active")
                                                            : getTranslation("admin.partners.revokedOn",
                                                                             client.revokedOn().toString()))
            .setHeader(getTranslation("admin.partners.state")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::revokeButton).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        GridCount.show(grid, "grid.empty");
        add(create, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(clients.all());
    }

    private Button revokeButton(PartnerClientSummary client) {
        Button revoke = new Button(getTranslation("admin.partners.revoke"), click -> {
            try {
                clients.revoke(client.clientId(), signedIn.actor());
                Notices.success(getTranslation("admin.partners.revoked", client.clientId()));
            } catch (RuleViolation refused) {
                Notices.error(RefusalMessages.of(refused.refusal()));
            }
            refresh();
        });
        revoke.setId("admin-partner-revoke-" + client.clientId());
        revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        revoke.setEnabled(client.revokedOn() == null);
        return revoke;
    }

    private void openCreation() {
        Dialog dialog = new Dialog(getTranslation("admin.partners.create"));
        dialog.setWidth("min(40rem, 95vw)");
        TextField organisation = new TextField(getTranslation("admin.partners.organisation"));
        organisation.setId("admin-partner-organisation");
        TextField department = new TextField(getTranslation("admin.partners.department"));
        department.setId("admin-partner-department");
        CheckboxGroup<PartnerScope> scopes = new CheckboxGroup<>(getTranslation("admin.partners.scopes"));
        scopes.setId("admin-partner-scopes");
        scopes.setItems(EnumSet.allOf(PartnerScope.class));
        scopes.setItemLabelGenerator(scope -> getTranslation("partner.scope." + scope.name()));
        LocalizedDatePicker expiresOn = new LocalizedDatePicker(getTranslation("admin.partners.expiresOn"));
        expiresOn.setId("admin-partner-expires-on");
        IntegerField rate = new IntegerField(getTranslation("admin.partners.rate"));
        rate.setId("admin-partner-rate");
        rate.setHelperText(getTranslation("admin.partners.rate.helper"));
        Button submit = new Button(getTranslation("admin.partners.create.submit"), click -> {
            try {
                PartnerClients.IssuedClient issued = clients.register(
                        organisation.getValue(), department.getValue(), scopes.getValue(), expiresOn.getValue(),
                        rate.getValue(), signedIn.actor());
                dialog.close();
                showSecret(issued);
            } catch (RuleViolation refused) {
                Notices.error(RefusalMessages.of(refused.refusal()));
            }
        });
        submit.setId("admin-partner-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(organisation, department, scopes, expiresOn, rate, submit));
        dialog.open();
    }

    /**
     * The only time the secret is shown: it is stored as a keyed hash and cannot be shown again. The list is read
     * again when the dialog is closed, by which time the client's read model holds the new client.
     */
    private void showSecret(PartnerClients.IssuedClient issued) {
        Dialog dialog = new Dialog(getTranslation("admin.partners.issued.title"));
        dialog.setId("admin-partner-issued");
        TextField clientId = new TextField(getTranslation("admin.partners.clientId"), issued.clientId(), "");
        clientId.setId("admin-partner-issued-id");
        clientId.setReadOnly(true);
        clientId.setWidthFull();
        TextField secret = new TextField(getTranslation("admin.partners.secret"), issued.secret(), "");
        secret.setId("admin-partner-issued-secret");
        secret.setReadOnly(true);
        secret.setWidthFull();
        Button done = new Button(getTranslation("admin.partners.issued.done"), click -> {
            dialog.close();
            refresh();
        });
        done.setId("admin-partner-issued-done");
        dialog.add(new VerticalLayout(new Paragraph(getTranslation("admin.partners.issued.once")), clientId, secret,
                                      done));
        dialog.open();
    }
}
