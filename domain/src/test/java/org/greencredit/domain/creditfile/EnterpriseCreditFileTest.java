package org.greencredit.domain.creditfile;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.domain.creditfile.api.EnterpriseRegistered;
import org.greencredit.domain.creditfile.api.RegisterEnterprise;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EnterpriseCreditFileTest {

    private FixtureConfiguration<EnterpriseCreditFile> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(EnterpriseCreditFile.class);
    }

    @Test
    void registeringOpensTheCreditFile() {
        fixture.givenNoPriorActivity()
               .when(new RegisterEnterprise("91110000600037341L", "北京通州示例汽车零部件有限公司"))
               .expectSuccessfulHandlerExecution()
               .expectEvents(new EnterpriseRegistered("91110000600037341L", "北京通州示例汽车零部件有限公司"));
    }

    @Test
    void registrationTrimsTheName() {
        fixture.givenNoPriorActivity()
               .when(new RegisterEnterprise("91110000600037341L", "  示例企业 "))
               .expectEvents(new EnterpriseRegistered("91110000600037341L", "示例企业"));
    }

    @Test
    void refusesACodeThatIsNotInItsCanonicalForm() {
        fixture.givenNoPriorActivity()
               .when(new RegisterEnterprise("91110000600037341l", "示例企业"))
               .expectNoEvents()
               .expectException(RuleViolation.class)
               .expectExceptionMessage("creditCode.invalid [91110000600037341l]");
    }

    @Test
    void refusesToRegisterTheSameEnterpriseTwice() {
        fixture.given(new EnterpriseRegistered("91110000600037341L", "示例企业"))
               .when(new RegisterEnterprise("91110000600037341L", "另一个名称"))
               .expectNoEvents()
               .expectException(RuleViolation.class)
               .expectExceptionMessage("enterprise.alreadyRegistered [91110000600037341L]");
    }

    @Test
    void refusesAnInvalidCreditCode() {
        fixture.givenNoPriorActivity()
               .when(new RegisterEnterprise("91110000600037341M", "示例企业"))
               .expectNoEvents()
               .expectException(RuleViolation.class)
               .expectExceptionMessage("creditCode.invalid [91110000600037341M]");
    }

    @Test
    void refusesABlankName() {
        fixture.givenNoPriorActivity()
               .when(new RegisterEnterprise("91110000600037341L", "   "))
               .expectNoEvents()
               .expectException(RuleViolation.class)
               .expectExceptionMessage("enterprise.name.required");
    }
}
