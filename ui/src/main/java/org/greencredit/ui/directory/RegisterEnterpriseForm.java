package org.greencredit.ui.directory;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import org.greencredit.domain.creditfile.api.RegisterEnterprise;
import org.greencredit.domain.enterprise.CreditCode;
import org.greencredit.domain.enterprise.EnterpriseName;

/**
 * 登记企业 form. It checks what it can locally (credit code check character, name length) and fires a
 * {@link RegisterEvent}; the view sends the command.
 */
class RegisterEnterpriseForm extends FormLayout {

    private final TextField creditCode = new TextField();
    private final TextField name = new TextField();
    private final Button register = new Button();

    RegisterEnterpriseForm() {
        creditCode.setId("register-credit-code");
        creditCode.setLabel(getTranslation("enterprise.creditCode"));
        creditCode.setHelperText(getTranslation("enterprise.creditCode.helper"));
        creditCode.setMaxLength(18 + 4);
        name.setId("register-name");
        name.setLabel(getTranslation("enterprise.name"));
        name.setMaxLength(EnterpriseName.MAX_LENGTH);
        register.setId("register-submit");
        register.setText(getTranslation("enterprise.register.submit"));
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.addClickListener(click -> submit());
        add(creditCode, name, register);
    }

    private void submit() {
        String code = creditCode.getValue() == null ? "" : creditCode.getValue().strip().toUpperCase(java.util.Locale.ROOT);
        boolean valid = true;
        if (!CreditCode.isValid(code)) {
            creditCode.setErrorMessage(getTranslation("creditCode.invalid", code));
            creditCode.setInvalid(true);
            valid = false;
        } else {
            creditCode.setInvalid(false);
        }
        if (name.getValue().isBlank()) {
            name.setErrorMessage(getTranslation("enterprise.name.required"));
            name.setInvalid(true);
            valid = false;
        } else {
            name.setInvalid(false);
        }
        if (valid) {
            fireEvent(new RegisterEvent(this, new RegisterEnterprise(code, name.getValue().strip())));
        }
    }

    void clear() {
        creditCode.clear();
        name.clear();
    }

    Registration addRegisterListener(com.vaadin.flow.component.ComponentEventListener<RegisterEvent> listener) {
        return addListener(RegisterEvent.class, listener);
    }

    static class RegisterEvent extends ComponentEvent<RegisterEnterpriseForm> {

        private final RegisterEnterprise command;

        RegisterEvent(RegisterEnterpriseForm source, RegisterEnterprise command) {
            super(source, false);
            this.command = command;
        }

        RegisterEnterprise command() {
            return command;
        }
    }
}
