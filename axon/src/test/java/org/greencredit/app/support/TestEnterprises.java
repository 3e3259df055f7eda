package org.greencredit.app.support;

import java.time.LocalDate;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.creditfile.api.EnterpriseRegistered;
import org.greencredit.domain.creditfile.api.RegisterEnterprise;
import org.greencredit.domain.enterprise.Contact;
import org.greencredit.domain.enterprise.EnterpriseProfile;
import org.greencredit.domain.enterprise.Industry;
import org.greencredit.domain.enterprise.ManagementClass;
import org.greencredit.domain.enterprise.Subdistrict;

/** Registrations of fictional enterprises with complete, valid profiles, and the actors tests act as. */
public final class TestEnterprises {

    public static final Actor OFFICER = Actor.officer("test-officer", "执法大队");

    private TestEnterprises() {
    }

    public static RegisterEnterprise registration(int number, String name) {
        String code = TestCreditCodes.code(number);
        return new RegisterEnterprise(code, LocalDate.of(2010, 5, 20), new EnterpriseProfile(
                name, new Industry("C3360", "金属表面处理及热处理加工"), Subdistrict.values()[number % Subdistrict.values().length],
                "北京市通州区示例路" + number + "号", code + "001P", ManagementClass.SIMPLIFIED, number % 7 == 0,
                new Contact("测试联系人", "13800138000")));
    }

    /** The registration event of a fictional enterprise with the given (valid) credit code. */
    public static EnterpriseRegistered registered(String creditCode) {
        RegisterEnterprise command = registration(0, "示例企业");
        EnterpriseProfile p = command.profile();
        return new EnterpriseRegistered(creditCode, command.establishedOn(), new EnterpriseProfile(
                p.name(), p.industry(), p.subdistrict(), p.address(), creditCode + "001P", p.managementClass(),
                p.keyPolluter(), p.contact()));
    }

    /** The JSON the REST API takes for {@link #registration(int, String)}. */
    public static String registrationJson(int number, String name) {
        RegisterEnterprise command = registration(number, name);
        EnterpriseProfile p = command.profile();
        return """
               {"creditCode":"%s","establishedOn":"%s","profile":{"name":"%s",
                "industry":{"code":"%s","name":"%s"},"subdistrict":"%s","address":"%s","permitNumber":"%s",
                "managementClass":"%s","keyPolluter":%s,"contact":{"name":"%s","phone":"%s"}}}
               """.formatted(command.creditCode(), command.establishedOn(), p.name(), p.industry().code(),
                             p.industry().name(), p.subdistrict(), p.address(), p.permitNumber(), p.managementClass(),
                             p.keyPolluter(), p.contact().name(), p.contact().phone());
    }
}
