package org.greencredit.ui.admin;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.util.Locale;
import java.util.stream.Collectors;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.projections.inspector.InspectorList;
import org.greencredit.projections.inspector.InspectorRecusal;
import org.greencredit.projections.inspector.InspectorSummary;
import org.greencredit.ui.components.GridCount;
import org.greencredit.ui.components.Notices;
import org.greencredit.ui.i18n.RefusalMessages;
import org.greencredit.ui.inspector.InspectorDirectory;
import org.greencredit.ui.inspector.InspectorDirectory.InspectorDetails;
import org.greencredit.ui.security.SignedInActor;

/**
 * 执法人员名录: every inspector with department, 执法证号, linked account, state and recusals (回避); registering,
 * editing, deactivating and reactivating one, and declaring or withdrawing a recusal. The aggregate checks everything
 * and its refusal is shown translated. The list follows the read model through a subscription, so a change shows as
 * soon as it is projected.
 */
class InspectorsPanel extends VerticalLayout {

    private static final Duration REDRAW_AT_MOST_EVERY = Duration.ofMillis(300);

    private final InspectorDirectory directory;
    private final SignedInActor signedIn;
    private final Grid<InspectorSummary> grid = new Grid<>();
    private SubscriptionQueryResult<InspectorList, InspectorSummary> subscription;

    InspectorsPanel(InspectorDirectory directory, SignedInActor signedIn) {
        this.directory = directory;
        this.signedIn = signedIn;
        setPadding(false);
        setSizeFull();

        Button create = new Button(getTranslation("admin.inspectors.create"), click -> openDetails(null));
        create.setId("admin-inspectors-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.setId("admin-inspectors-grid");
        grid.addColumn(InspectorSummary::name).setHeader(getTranslation("admin.inspectors.name")).setAutoWidth(true)
            .setFlexGrow(0);
        grid.addColumn(InspectorSummary::department).setHeader(getTranslation("admin.inspectors.department"))
            .setFlexGrow(1);
        grid.addColumn(InspectorSummary::certificateNumber)
            .setHeader(getTranslation("admin.inspectors.certificateNumber")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(inspector -> inspector.username() == null ? "" : inspector.username())
            .setHeader(getTranslation("admin.inspectors.username")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(inspector -> inspector.active() ? getTranslation("admin.inspectors.active")
                                                       : getTranslation("admin.inspectors.inactive",
                                                                        inspector.statusReason()))
            .setHeader(getTranslation("admin.inspectors.state")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(inspector -> inspector.recusals().stream().map(InspectorRecusal::creditCode)
                                             .collect(Collectors.joining("、")))
            .setHeader(getTranslation("admin.inspectors.recusals")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setKey("actions").setHeader(getTranslation("admin.inspectors.actions"))
            .setAutoWidth(true).setFlexGrow(0);
        GridCount.show(grid, "grid.empty");
        add(create, grid);
        setFlexGrow(1, grid);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        subscription = directory.watch();
        refresh();
        subscription.updates().sample(REDRAW_AT_MOST_EVERY).subscribe(update -> ui.access(this::refresh));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
    }

    private void refresh() {
        grid.setItems(directory.all());
    }

    private HorizontalLayout actions(InspectorSummary inspector) {
        String id = inspector.inspectorId();
        Button edit = small(getTranslation("admin.inspectors.edit"), "admin-inspector-edit-" + id,
                            () -> openDetails(inspector));
        Button state = inspector.active()
                ? small(getTranslation("admin.inspectors.deactivate"), "admin-inspector-deactivate-" + id,
                        () -> openStateChange(inspector))
                : small(getTranslation("admin.inspectors.reactivate"), "admin-inspector-reactivate-" + id,
                        () -> openStateChange(inspector));
        if (inspector.active()) {
            state.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        Button recusals = small(getTranslation("admin.inspectors.recusals.open"), "admin-inspector-recusals-" + id,
                                () -> openRecusals(inspector));
        return new HorizontalLayout(edit, state, recusals);
    }

    private static Button small(String text, String id, Runnable action) {
        Button button = new Button(text, click -> action.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    /** Registers a new inspector ({@code inspector} null) or changes the details of one. */
    private void openDetails(InspectorSummary inspector) {
        boolean registering = inspector == null;
        Dialog dialog = new Dialog(registering ? getTranslation("admin.inspectors.create.title")
                                               : getTranslation("admin.inspectors.edit.title", inspector.name()));
        dialog.setWidth("min(40rem, 95vw)");
        TextField name = field("admin-inspector-name", "admin.inspectors.name");
        TextField department = field("admin-inspector-department", "admin.inspectors.department");
        TextField certificateNumber = field("admin-inspector-certificate-number", "admin.inspectors.certificateNumber");
        certificateNumber.setHelperText(getTranslation("admin.inspectors.certificateNumber.helper"));
        TextField username = field("admin-inspector-username", "admin.inspectors.username");
        username.setHelperText(getTranslation("admin.inspectors.username.helper"));
        if (!registering) {
            name.setValue(inspector.name());
            department.setValue(inspector.department());
            certificateNumber.setValue(inspector.certificateNumber());
            username.setValue(inspector.username() == null ? "" : inspector.username());
        }
        Button submit = new Button(getTranslation("admin.inspectors.submit"), click -> {
            InspectorDetails details = new InspectorDetails(name.getValue(), department.getValue(),
                                                            certificateNumber.getValue(), username.getValue());
            try {
                if (registering) {
                    directory.register(details, signedIn.actor());
                    Notices.success(getTranslation("admin.inspectors.registered", details.name().strip()));
                } else {
                    directory.change(inspector.inspectorId(), details, signedIn.actor());
                    Notices.success(getTranslation("admin.inspectors.changed", details.name().strip()));
                }
                dialog.close();
                refresh();
            } catch (RuleViolation refused) {
                Notices.error(RefusalMessages.of(refused.refusal()));
            }
        });
        submit.setId("admin-inspector-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(name, department, certificateNumber, username, submit));
        dialog.open();
    }

    private void openStateChange(InspectorSummary inspector) {
        boolean deactivating = inspector.active();
        Dialog dialog = new Dialog(getTranslation(deactivating ? "admin.inspectors.deactivate.title"
                                                               : "admin.inspectors.reactivate.title",
                                                  inspector.name()));
        dialog.setWidth("min(32rem, 95vw)");
        TextArea reason = new TextArea(getTranslation("admin.inspectors.reason"));
        reason.setId("admin-inspector-reason");
        reason.setWidthFull();
        Button confirm = new Button(getTranslation("admin.inspectors.confirm"), click -> {
            try {
                if (deactivating) {
                    directory.deactivate(inspector.inspectorId(), reason.getValue(), signedIn.actor());
                    Notices.success(getTranslation("admin.inspectors.deactivated", inspector.name()));
                } else {
                    directory.reactivate(inspector.inspectorId(), reason.getValue(), signedIn.actor());
                    Notices.success(getTranslation("admin.inspectors.reactivated", inspector.name()));
                }
                dialog.close();
                refresh();
            } catch (RuleViolation refused) {
                Notices.error(RefusalMessages.of(refused.refusal()));
            }
        });
        confirm.setId("admin-inspector-state-submit");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(reason, confirm));
        dialog.open();
    }

    /** The inspector's recusals as last read, with a form to declare another and a withdrawal for each. */
    private void openRecusals(InspectorSummary inspector) {
        Dialog dialog = new Dialog(getTranslation("admin.inspectors.recusals.title", inspector.name()));
        dialog.setId("admin-inspector-recusals");
        dialog.setWidth("min(48rem, 95vw)");
        Grid<InspectorRecusal> recusals = new Grid<>();
        recusals.setId("admin-recusals-grid");
        recusals.setAllRowsVisible(true);
        recusals.addColumn(InspectorRecusal::creditCode)
                .setHeader(getTranslation("admin.inspectors.recusal.creditCode")).setAutoWidth(true);
        recusals.addColumn(InspectorRecusal::reason).setHeader(getTranslation("admin.inspectors.recusal.reason"))
                .setFlexGrow(1);
        recusals.addColumn(recusal -> recusal.declaredOn().toString())
                .setHeader(getTranslation("admin.inspectors.recusal.declaredOn")).setAutoWidth(true);
        recusals.addComponentColumn(recusal -> small(getTranslation("admin.inspectors.recusal.withdraw"),
                                                     "admin-recusal-withdraw-" + recusal.creditCode(),
                                                     () -> openWithdrawal(inspector, recusal.creditCode(), dialog)))
                .setKey("actions").setAutoWidth(true).setFlexGrow(0);
        recusals.setItems(inspector.recusals());
        GridCount.show(recusals, "grid.empty");

        TextField creditCode = field("admin-recusal-credit-code", "admin.inspectors.recusal.creditCode");
        TextField reason = field("admin-recusal-reason", "admin.inspectors.recusal.reason");
        Button declare = new Button(getTranslation("admin.inspectors.recusal.declare"), click -> {
            try {
                directory.declareRecusal(inspector.inspectorId(), creditCode.getValue(), reason.getValue(),
                                         signedIn.actor());
                Notices.success(getTranslation("admin.inspectors.recusal.declared", inspector.name(),
                                               creditCode.getValue().strip().toUpperCase(Locale.ROOT)));
                dialog.close();
                refresh();
            } catch (RuleViolation refused) {
                Notices.error(RefusalMessages.of(refused.refusal()));
            }
        });
        declare.setId("admin-recusal-declare");
        declare.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(recusals, new FormLayout(creditCode, reason, declare)));
        dialog.open();
    }

    private void openWithdrawal(InspectorSummary inspector, String creditCode, Dialog recusals) {
        Dialog dialog = new Dialog(getTranslation("admin.inspectors.recusal.withdraw.title", creditCode));
        dialog.setWidth("min(32rem, 95vw)");
        TextArea reason = new TextArea(getTranslation("admin.inspectors.recusal.withdraw.reason"));
        reason.setId("admin-recusal-withdraw-reason");
        reason.setWidthFull();
        Button confirm = new Button(getTranslation("admin.inspectors.confirm"), click -> {
            try {
                directory.withdrawRecusal(inspector.inspectorId(), creditCode, reason.getValue(), signedIn.actor());
                Notices.success(getTranslation("admin.inspectors.recusal.withdrawn", inspector.name(), creditCode));
                dialog.close();
                recusals.close();
                refresh();
            } catch (RuleViolation refused) {
                Notices.error(RefusalMessages.of(refused.refusal()));
            }
        });
        confirm.setId("admin-recusal-withdraw-submit");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(reason, confirm));
        dialog.open();
    }

    private TextField field(String id, String labelKey) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
        return field;
    }
}
