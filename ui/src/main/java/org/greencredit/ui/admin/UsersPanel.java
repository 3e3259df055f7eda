package org.greencredit.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import org.greencredit.domain.actor.Role;
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.domain.fact.FactSource;
import org.greencredit.ui.components.GridCount;
import org.greencredit.ui.components.Notices;
import org.greencredit.ui.i18n.RefusalMessages;
import org.greencredit.ui.security.NewUserAccount;
import org.greencredit.ui.security.SignedInActor;
import org.greencredit.ui.security.UserAccount;
import org.greencredit.ui.security.UserAccounts;

/**
 * 用户管理: every account, creating one, enabling or disabling it, and setting a new password. The account store
 * checks everything (username, password length, the last administrator, a source system's source) and the refusal
 * is shown translated; passwords go in and are never shown back.
 */
class UsersPanel extends VerticalLayout {

    private static final DateTimeFormatter CREATED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                                                                         .withZone(ZoneId.of("Asia/Shanghai"));

    private final UserAccounts accounts;
    private final SignedInActor signedIn;
    private final Grid<UserAccount> grid = new Grid<>();

    UsersPanel(UserAccounts accounts, SignedInActor signedIn) {
        this.accounts = accounts;
        this.signedIn = signedIn;
        setPadding(false);
        setSizeFull();

        Button create = new Button(getTranslation("admin.users.create"), click -> openCreation());
        create.setId("admin-users-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.setId("admin-users-grid");
        grid.addColumn(UserAccount::username).setHeader(getTranslation("admin.users.username")).setAutoWidth(true)
            .setFlexGrow(0);
        grid.addColumn(UserAccount::displayName).setHeader(getTranslation("admin.users.displayName"))
            .setFlexGrow(1);
        grid.addColumn(account -> getTranslation("role." + account.role().name()))
            .setHeader(getTranslation("admin.users.role")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(account -> account.department() == null ? "" : account.department())
            .setHeader(getTranslation("admin.users.department")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(account -> account.creditCode() == null ? "" : account.creditCode())
            .setHeader(getTranslation("admin.users.creditCode")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(account -> account.source() == null ? "" : getTranslation("fact.source." + account.source()))
            .setHeader(getTranslation("admin.users.source")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(account -> getTranslation(account.enabled() ? "admin.users.enabled" : "admin.users.disabled"))
            .setHeader(getTranslation("admin.users.state")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(account -> CREATED_AT.format(account.createdAt()))
            .setHeader(getTranslation("admin.users.createdAt")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setKey("actions").setHeader(getTranslation("admin.users.actions"))
            .setAutoWidth(true).setFlexGrow(0);

        GridCount.show(grid, "grid.empty");
        add(create, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(accounts.all());
    }

    private HorizontalLayout actions(UserAccount account) {
        Button toggle = new Button(getTranslation(account.enabled() ? "admin.users.disable" : "admin.users.enable"),
                                   click -> setEnabled(account, !account.enabled()));
        toggle.setId("admin-user-toggle-" + account.username());
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button password = new Button(getTranslation("admin.users.setPassword"), click -> openPassword(account));
        password.setId("admin-user-password-" + account.username());
        password.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return new HorizontalLayout(toggle, password);
    }

    private void setEnabled(UserAccount account, boolean enabled) {
        try {
            accounts.setEnabled(account.username(), enabled, signedIn.actor());
            Notices.success(getTranslation(enabled ? "admin.users.enabledDone" : "admin.users.disabledDone",
                                           account.username()));
        } catch (RuleViolation refused) {
            Notices.error(RefusalMessages.of(refused.refusal()));
        }
        refresh();
    }

    private void openCreation() {
        Dialog dialog = new Dialog(getTranslation("admin.users.create"));
        dialog.setWidth("min(40rem, 95vw)");
        TextField username = field("admin-user-username", "admin.users.username");
        username.setHelperText(getTranslation("admin.users.username.helper"));
        TextField displayName = field("admin-user-display-name", "admin.users.displayName");
        Select<Role> role = new Select<>();
        role.setId("admin-user-role");
        role.setLabel(getTranslation("admin.users.role"));
        role.setItems(Arrays.stream(Role.values()).filter(value -> value != Role.SYSTEM).toList());
        role.setItemLabelGenerator(value -> getTranslation("role." + value.name()));
        TextField department = field("admin-user-department", "admin.users.department");
        TextField creditCode = field("admin-user-credit-code", "admin.users.creditCode");
        creditCode.setVisible(false);
        Select<FactSource> source = new Select<>();
        source.setId("admin-user-source");
        source.setLabel(getTranslation("admin.users.source"));
        source.setHelperText(getTranslation("admin.users.source.helper"));
        source.setItems(Arrays.stream(FactSource.values()).filter(value -> value != FactSource.SELF_DECLARATION)
                              .toList());
        source.setItemLabelGenerator(value -> getTranslation("fact.source." + value.name()));
        source.setVisible(false);
        role.addValueChangeListener(change -> {
            boolean enterprise = change.getValue() == Role.ENTERPRISE;
            creditCode.setVisible(enterprise);
            department.setVisible(!enterprise);
            source.setVisible(change.getValue() == Role.SOURCE_SYSTEM);
        });
        PasswordField password = new PasswordField(getTranslation("admin.users.initialPassword"));
        password.setId("admin-user-password");
        password.setHelperText(getTranslation("admin.users.password.helper", UserAccounts.MINIMUM_PASSWORD_LENGTH));
        Button submit = new Button(getTranslation("admin.users.create.submit"), click -> {
            boolean enterprise = role.getValue() == Role.ENTERPRISE;
            try {
                UserAccount created = accounts.create(new NewUserAccount(
                        username.getValue(), displayName.getValue(), role.getValue(),
                        enterprise ? null : department.getValue(), enterprise ? creditCode.getValue() : null,
                        role.getValue() == Role.SOURCE_SYSTEM ? source.getValue() : null, password.getValue()),
                        signedIn.actor());
                dialog.close();
                Notices.success(getTranslation("admin.users.created", created.username()));
                refresh();
            } catch (RuleViolation refused) {
                Notices.error(RefusalMessages.of(refused.refusal()));
            }
        });
        submit.setId("admin-user-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(username, displayName, role, department, creditCode, source, password,
                                         submit);
        dialog.add(form);
        dialog.open();
    }

    private void openPassword(UserAccount account) {
        Dialog dialog = new Dialog(getTranslation("admin.users.setPassword.title", account.username()));
        PasswordField password = new PasswordField(getTranslation("admin.users.newPassword"));
        password.setId("admin-password-new");
        password.setHelperText(getTranslation("admin.users.password.helper", UserAccounts.MINIMUM_PASSWORD_LENGTH));
        Button submit = new Button(getTranslation("admin.users.setPassword"), click -> {
            try {
                accounts.changePassword(account.username(), password.getValue(), signedIn.actor());
                dialog.close();
                Notices.success(getTranslation("admin.users.passwordSet", account.username()));
            } catch (RuleViolation refused) {
                password.clear();
                Notices.error(RefusalMessages.of(refused.refusal()));
            }
        });
        submit.setId("admin-password-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(password, submit));
        dialog.open();
    }

    private TextField field(String id, String labelKey) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
        return field;
    }

}
