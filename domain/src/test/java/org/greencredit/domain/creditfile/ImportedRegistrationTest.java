package org.greencredit.domain.creditfile;

import static org.greencredit.domain.support.Refusals.refused;
import static org.greencredit.domain.support.CreditFileFixtures.CODE;
import static org.greencredit.domain.support.CreditFileFixtures.ESTABLISHED;
import static org.greencredit.domain.support.CreditFileFixtures.OFFICER;
import static org.greencredit.domain.support.CreditFileFixtures.profile;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.greencredit.domain.creditfile.api.EnterpriseRegistered;
import org.greencredit.domain.creditfile.api.RegisterEnterprise;
import org.greencredit.domain.enterprise.Contact;
import org.greencredit.domain.enterprise.EnterpriseProfile;
import org.greencredit.domain.enterprise.Subdistrict;
import org.greencredit.domain.intake.RowOutcome;
import org.greencredit.domain.support.CreditFileFixtures;
import org.greencredit.domain.support.CreditFileFixtures.ClaimedNumbers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Enterprises imported from the register of fixed pollution sources: once, then answered, never overwritten. */
class ImportedRegistrationTest {

    private static final String IMPORT = "0b7f8a52-4f5e-4d4e-9a59-6d0f0f0f0f02";
    private FixtureConfiguration<EnterpriseCreditFile> fixture;

    @BeforeEach
    void setUp() {
        fixture = CreditFileFixtures.fixture(new ClaimedNumbers());
    }

    @Test
    void anImportedEnterpriseNamesItsImport() {
        fixture.givenNoPriorActivity()
               .when(new RegisterEnterprise(CODE, ESTABLISHED, profile(), IMPORT), OFFICER)
               .expectEvents(new EnterpriseRegistered(CODE, ESTABLISHED, profile(), IMPORT))
               .expectResultMessagePayload(RowOutcome.RECORDED);
    }

    @Test
    void importingTheSameParticularsAgainStoresNothing() {
        fixture.given(new EnterpriseRegistered(CODE, ESTABLISHED, profile(), IMPORT))
               .when(new RegisterEnterprise(CODE, ESTABLISHED, profile(), "0b7f8a52-4f5e-4d4e-9a59-6d0f0f0f0f03"),
                     OFFICER)
               .expectNoEvents()
               .expectResultMessagePayload(RowOutcome.ALREADY_RECORDED);
    }

    @Test
    void otherParticularsConflictNamingTheColumns() {
        EnterpriseProfile moved = new EnterpriseProfile(profile().name(), profile().industry(), Subdistrict.TAIHU,
                                                        profile().address(), profile().permitNumber(),
                                                        profile().managementClass(), true,
                                                        new Contact("李工", "13800138000"));
        refused(fixture.given(new EnterpriseRegistered(CODE, ESTABLISHED, profile())),
                new RegisterEnterprise(CODE, ESTABLISHED, moved, IMPORT), OFFICER,
                "import.conflict [subdistrict,contactName]");
    }

    @Test
    void registeringByHandTwiceIsStillRefused() {
        refused(fixture.given(new EnterpriseRegistered(CODE, ESTABLISHED, profile())),
                new RegisterEnterprise(CODE, ESTABLISHED, profile()), OFFICER,
                "enterprise.alreadyRegistered [" + CODE + "]");
    }
}
