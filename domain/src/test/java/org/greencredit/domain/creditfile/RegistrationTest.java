package org.greencredit.domain.creditfile;

import static org.greencredit.domain.support.CreditFileFixtures.ASSESSOR;
import static org.greencredit.domain.support.CreditFileFixtures.CODE;
import static org.greencredit.domain.support.CreditFileFixtures.ENTERPRISE;
import static org.greencredit.domain.support.CreditFileFixtures.ESTABLISHED;
import static org.greencredit.domain.support.CreditFileFixtures.OFFICER;
import static org.greencredit.domain.support.CreditFileFixtures.OTHER_CODE;
import static org.greencredit.domain.support.CreditFileFixtures.profile;
import static org.greencredit.domain.support.CreditFileFixtures.registered;
import static org.greencredit.domain.support.Refusals.refused;

import java.time.LocalDate;
import java.util.Map;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.greencredit.domain.creditfile.api.ChangeEnterpriseProfile;
import org.greencredit.domain.creditfile.api.EnterpriseProfileChanged;
import org.greencredit.domain.creditfile.api.EnterpriseRegistered;
import org.greencredit.domain.creditfile.api.RegisterEnterprise;
import org.greencredit.domain.enterprise.Contact;
import org.greencredit.domain.enterprise.EnterpriseProfile;
import org.greencredit.domain.enterprise.Industry;
import org.greencredit.domain.enterprise.ManagementClass;
import org.greencredit.domain.enterprise.Subdistrict;
import org.greencredit.domain.support.CreditFileFixtures;
import org.greencredit.domain.support.CreditFileFixtures.ClaimedNumbers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RegistrationTest {

    private FixtureConfiguration<EnterpriseCreditFile> fixture;

    @BeforeEach
    void setUp() {
        fixture = CreditFileFixtures.fixture(new ClaimedNumbers());
    }

    @Test
    void anOfficerRegistersAnEnterprise() {
        fixture.givenNoPriorActivity()
               .when(new RegisterEnterprise(CODE, ESTABLISHED, profile()), OFFICER)
               .expectSuccessfulHandlerExecution()
               .expectEvents(new EnterpriseRegistered(CODE, ESTABLISHED, profile()));
    }

    @Test
    void refusesToRegisterTheSameEnterpriseTwice() {
        refused(fixture.given(registered()), new RegisterEnterprise(CODE, ESTABLISHED, profile()), OFFICER,
                "enterprise.alreadyRegistered [" + CODE + "]");
    }

    @Test
    void onlyAnOfficerMayRegister() {
        refused(fixture.givenNoPriorActivity(), new RegisterEnterprise(CODE, ESTABLISHED, profile()), ASSESSOR,
                "actor.notPermitted [ASSESSOR]");
        refused(fixture.givenNoPriorActivity(), new RegisterEnterprise(CODE, ESTABLISHED, profile()), ENTERPRISE,
                "actor.notPermitted [ENTERPRISE]");
    }

    @Test
    void aCommandWithoutAnActorIsRefused() {
        refused(fixture.givenNoPriorActivity(), new RegisterEnterprise(CODE, ESTABLISHED, profile()), Map.of(),
                "actor.missing");
    }

    @Test
    void refusesAnInvalidCreditCode() {
        String wrongCheck = CODE.substring(0, 17) + (CODE.charAt(17) == 'X' ? 'Y' : 'X');
        refused(fixture.givenNoPriorActivity(), new RegisterEnterprise(wrongCheck, ESTABLISHED, profile()), OFFICER,
                "creditCode.invalid [" + wrongCheck + "]");
    }

    @Test
    void refusesAnEstablishmentDateInTheFutureOrMissing() {
        refused(fixture.givenNoPriorActivity(),
                new RegisterEnterprise(CODE, LocalDate.of(2026, 3, 2), profile()), OFFICER,
                "date.inFuture [field.establishedOn, 2026-03-02, 2026-03-01]");
        refused(fixture.givenNoPriorActivity(), new RegisterEnterprise(CODE, null, profile()), OFFICER,
                "date.required [field.establishedOn]");
        refused(fixture.givenNoPriorActivity(), new RegisterEnterprise(CODE, LocalDate.of(1900, 1, 1), profile()),
                OFFICER, "date.tooEarly [field.establishedOn, 1900-01-01]");
    }

    @Test
    void refusesABlankName() {
        refused(fixture.givenNoPriorActivity(),
                new RegisterEnterprise(CODE, ESTABLISHED, changed(p -> new EnterpriseProfile(" ", p.industry(),
                        p.subdistrict(), p.address(), p.permitNumber(), p.managementClass(), p.keyPolluter(),
                        p.contact()))), OFFICER, "enterprise.name.required");
    }

    @Test
    void refusesAMalformedPermitNumber() {
        refused(fixture.givenNoPriorActivity(), withPermit(CODE + "01P"), OFFICER,
                "permitNumber.invalid [" + CODE + "01P]");
        refused(fixture.givenNoPriorActivity(), withPermit(CODE + "001X"), OFFICER,
                "permitNumber.invalid [" + CODE + "001X]");
    }

    @Test
    void refusesThePermitOfAnotherEnterprise() {
        refused(fixture.givenNoPriorActivity(), withPermit(OTHER_CODE + "001P"), OFFICER,
                "permitNumber.otherHolder [" + OTHER_CODE + "001P, " + CODE + "]");
    }

    @Test
    void refusesARegistrationNumberForAPermitHolder() {
        refused(fixture.givenNoPriorActivity(), withPermit(CODE + "001W"), OFFICER,
                "permitNumber.wrongKind [" + CODE + "001W, KEY]");
    }

    @Test
    void refusesAMalformedIndustryAMissingSubdistrictAndABadPhone() {
        refused(fixture.givenNoPriorActivity(), new RegisterEnterprise(CODE, ESTABLISHED, changed(p ->
                new EnterpriseProfile(p.name(), new Industry("3670", "汽车零部件"), p.subdistrict(), p.address(),
                                      p.permitNumber(), p.managementClass(), p.keyPolluter(), p.contact()))),
                OFFICER, "industry.code.invalid [3670]");
        refused(fixture.givenNoPriorActivity(), new RegisterEnterprise(CODE, ESTABLISHED, changed(p ->
                new EnterpriseProfile(p.name(), p.industry(), null, p.address(), p.permitNumber(),
                                      p.managementClass(), p.keyPolluter(), p.contact()))),
                OFFICER, "enterprise.subdistrict.required");
        refused(fixture.givenNoPriorActivity(), new RegisterEnterprise(CODE, ESTABLISHED, changed(p ->
                new EnterpriseProfile(p.name(), p.industry(), p.subdistrict(), p.address(), p.permitNumber(),
                                      p.managementClass(), p.keyPolluter(), new Contact("王工", "12345")))),
                OFFICER, "contact.phone.invalid [12345]");
    }

    @Test
    void anOfficerChangesTheProfile() {
        EnterpriseProfile moved = changed(p -> new EnterpriseProfile(p.name(), p.industry(), Subdistrict.TAIHU,
                "北京市通州区台湖镇示例街1号", p.permitNumber(), p.managementClass(), p.keyPolluter(), p.contact()));

        fixture.given(registered())
               .when(new ChangeEnterpriseProfile(CODE, moved, LocalDate.of(2026, 1, 15)), OFFICER)
               .expectEvents(new EnterpriseProfileChanged(CODE, moved, LocalDate.of(2026, 1, 15)));
    }

    @Test
    void refusesAProfileChangeThatChangesNothingOrPredatesTheEnterprise() {
        refused(fixture.given(registered()), new ChangeEnterpriseProfile(CODE, profile(), LocalDate.of(2026, 1, 15)),
                OFFICER, "enterprise.profile.unchanged");
        EnterpriseProfile simplified = changed(p -> new EnterpriseProfile(p.name(), p.industry(), p.subdistrict(),
                p.address(), p.permitNumber(), ManagementClass.SIMPLIFIED, p.keyPolluter(), p.contact()));
        refused(fixture.given(registered()), new ChangeEnterpriseProfile(CODE, simplified, LocalDate.of(2010, 1, 1)),
                OFFICER, "date.beforeBoundary [field.effectiveOn, 2010-01-01, field.establishedOn, 2015-06-18]");
    }

    @Test
    void commandsForAnUnregisteredEnterpriseFailToFindIt() {
        fixture.givenNoPriorActivity()
               .when(new ChangeEnterpriseProfile(CODE, profile(), LocalDate.of(2026, 1, 15)), OFFICER)
               .expectNoEvents()
               .expectException(org.axonframework.modelling.command.AggregateNotFoundException.class);
    }

    private static RegisterEnterprise withPermit(String permitNumber) {
        return new RegisterEnterprise(CODE, ESTABLISHED, changed(p -> new EnterpriseProfile(p.name(), p.industry(),
                p.subdistrict(), p.address(), permitNumber, p.managementClass(), p.keyPolluter(), p.contact())));
    }

    private static EnterpriseProfile changed(java.util.function.UnaryOperator<EnterpriseProfile> change) {
        return change.apply(profile());
    }
}
