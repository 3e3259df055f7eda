package org.greencredit.ui.directory;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.util.Locale;
import org.greencredit.domain.creditfile.api.RegisterEnterprise;
import org.greencredit.domain.enterprise.Contact;
import org.greencredit.domain.enterprise.CreditCode;
import org.greencredit.domain.enterprise.EnterpriseName;
import org.greencredit.domain.enterprise.EnterpriseProfile;
import org.greencredit.domain.enterprise.Industry;
import org.greencredit.domain.enterprise.ManagementClass;
import org.greencredit.domain.enterprise.Subdistrict;
import org.greencredit.ui.components.LocalizedDatePicker;

/**
 * 登记企业 form. It checks the credit code's check character at once and fires a {@link RegisterEvent}; the view
 * sends the command, and the credit file checks everything else and says what is wrong.
 */
class RegisterEnterpriseForm extends FormLayout {

    private final TextField creditCode = field("register-credit-code", "enterprise.creditCode");
    private final TextField name = field("register-name", "enterprise.name");
    private final LocalizedDatePicker establishedOn = new LocalizedDatePicker(getTranslation("enterprise.establishedOn"));
    private final TextField industryCode = field("register-industry-code", "enterprise.industryCode");
    private final TextField industryName = field("register-industry-name", "enterprise.industryName");
    private final Select<Subdistrict> subdistrict = new Select<>();
    private final TextField address = field("register-address", "enterprise.address");
    private final Select<ManagementClass> managementClass = new Select<>();
    private final TextField permitNumber = field("register-permit-number", "enterprise.permitNumber");
    private final Checkbox keyPolluter = new Checkbox(getTranslation("enterprise.keyPolluter"));
    private final TextField contactName = field("register-contact-name", "enterprise.contactName");
    private final TextField contactPhone = field("register-contact-phone", "enterprise.contactPhone");

    RegisterEnterpriseForm() {
        creditCode.setHelperText(getTranslation("enterprise.creditCode.helper"));
        name.setMaxLength(EnterpriseName.MAX_LENGTH);
        establishedOn.setId("register-established-on");
        industryCode.setHelperText(getTranslation("enterprise.industryCode.helper"));
        subdistrict.setId("register-subdistrict");
        subdistrict.setLabel(getTranslation("enterprise.subdistrict"));
        subdistrict.setItems(Subdistrict.values());
        subdistrict.setItemLabelGenerator(value -> getTranslation("subdistrict." + value.name()));
        managementClass.setId("register-management-class");
        managementClass.setLabel(getTranslation("enterprise.managementClass"));
        managementClass.setItems(ManagementClass.values());
        managementClass.setItemLabelGenerator(value -> getTranslation("managementClass." + value.name()));
        permitNumber.setHelperText(getTranslation("enterprise.permitNumber.helper"));
        keyPolluter.setId("register-key-polluter");

        Button register = new Button(getTranslation("enterprise.register.submit"), click -> submit());
        register.setId("register-submit");
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        add(creditCode, name, establishedOn, subdistrict, industryCode, industryName, address, managementClass,
            permitNumber, keyPolluter, contactName, contactPhone, register);
        setColspan(address, 2);
        setColspan(register, 2);
    }

    private TextField field(String id, String labelKey) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
        return field;
    }

    private void submit() {
        String code = creditCode.getValue().strip().toUpperCase(Locale.ROOT);
        if (!CreditCode.isValid(code)) {
            creditCode.setErrorMessage(getTranslation("creditCode.invalid", code));
            creditCode.setInvalid(true);
            return;
        }
        creditCode.setInvalid(false);
        EnterpriseProfile profile = new EnterpriseProfile(
                name.getValue(), new Industry(industryCode.getValue().strip().toUpperCase(Locale.ROOT),
                                              industryName.getValue().strip()),
                subdistrict.getValue(), address.getValue(), permitNumber.getValue().strip().toUpperCase(Locale.ROOT),
                managementClass.getValue(), keyPolluter.getValue(),
                new Contact(contactName.getValue().strip(), contactPhone.getValue().strip()));
        fireEvent(new RegisterEvent(this, new RegisterEnterprise(code, establishedOn.getValue(), profile)));
    }

    Registration addRegisterListener(ComponentEventListener<RegisterEvent> listener) {
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
