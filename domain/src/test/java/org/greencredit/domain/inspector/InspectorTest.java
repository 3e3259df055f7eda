package org.greencredit.domain.inspector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.greencredit.domain.support.Refusals.refused;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.actor.Role;
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.domain.enterprise.CreditCode;
import org.greencredit.domain.inspector.api.CertificateNumberClaimed;
import org.greencredit.domain.inspector.api.ChangeInspectorDetails;
import org.greencredit.domain.inspector.api.DeactivateInspector;
import org.greencredit.domain.inspector.api.DeclareRecusal;
import org.greencredit.domain.inspector.api.InspectorDeactivated;
import org.greencredit.domain.inspector.api.InspectorDetailsChanged;
import org.greencredit.domain.inspector.api.InspectorReactivated;
import org.greencredit.domain.inspector.api.InspectorRecusalDeclared;
import org.greencredit.domain.inspector.api.InspectorRecusalWithdrawn;
import org.greencredit.domain.inspector.api.InspectorRegistered;
import org.greencredit.domain.inspector.api.ReactivateInspector;
import org.greencredit.domain.inspector.api.RegisterInspector;
import org.greencredit.domain.inspector.api.WithdrawRecusal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An inspector's life in the 执法人员名录: registered by an administrator with a unique 执法证号, details changed,
 * deactivated and reactivated, recusals declared and withdrawn; every refusal stores nothing.
 */
class InspectorTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T04:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    private static final String ID = "inspector-01";
    private static final String OTHER_ID = "inspector-02";
    private static final String CODE = code("91110112MA0000001");
    private static final Map<String, Object> ADMIN = new Actor("admin-wang", Role.ADMIN, "信息中心", null).asMetaData();
    private static final Map<String, Object> OFFICER = Actor.officer("officer-zhang", "执法大队").asMetaData();
    private static final Map<String, Object> INSPECTOR =
            new Actor("inspector-li", Role.INSPECTOR, "执法一队", null).asMetaData();

    /** The claims held: canonical number → inspector. */
    private final Map<String, String> claims = new HashMap<>();
    private FixtureConfiguration<Inspector> fixture;

    @BeforeEach
    void setUp() {
        fixture = fresh();
    }

    /** A fixture of its own for a command whose id the shared one has not seen. */
    private FixtureConfiguration<Inspector> fresh() {
        FixtureConfiguration<Inspector> fresh = new AggregateTestFixture<>(Inspector.class);
        fresh.registerInjectableResource(CLOCK);
        fresh.registerInjectableResource((CertificateNumbers) number -> Optional.ofNullable(claims.get(number)));
        return fresh;
    }

    private static String code(String first17) {
        return first17 + CreditCode.checkCharacter(first17);
    }

    private static InspectorRegistered registered() {
        return new InspectorRegistered(ID, "李明", "执法一队", "ZF-110112-0001", "inspector-li", TODAY, "admin-wang");
    }

    private static InspectorRecusalDeclared recused() {
        return new InspectorRecusalDeclared(ID, CODE, "配偶在该企业任职", TODAY, "admin-wang");
    }

    @Test
    void anAdministratorRegistersAnInspectorAndTheCertificateNumberIsClaimedInCanonicalForm() {
        fixture.givenNoPriorActivity()
               .when(new RegisterInspector(ID, " 李明 ", "执法一队", " ｚｆ-110112-0001 ", "inspector-li"), ADMIN)
               .expectSuccessfulHandlerExecution()
               .expectEvents(registered(),
                             new CertificateNumberClaimed("certificate-no:ZF-110112-0001", "ZF-110112-0001", ID));
    }

    @Test
    void anInspectorNeedsNoAccount() {
        fixture.givenNoPriorActivity().when(new RegisterInspector(ID, "李明", "执法一队", "110112000001", " "), ADMIN)
               .expectEvents(new InspectorRegistered(ID, "李明", "执法一队", "110112000001", null, TODAY, "admin-wang"),
                             new CertificateNumberClaimed("certificate-no:110112000001", "110112000001", ID));
    }

    @Test
    void refusesACertificateNumberAnotherInspectorHolds() {
        claims.put("ZF-110112-0001", OTHER_ID);
        refused(fixture.givenNoPriorActivity(),
                new RegisterInspector(ID, "李明", "执法一队", "zf-110112-0001", null), ADMIN,
                "inspector.certificateNumber.taken [ZF-110112-0001]");
        refused(fixture.given(new InspectorRegistered(ID, "李明", "执法一队", "110112000001", null, TODAY, "admin")),
                new ChangeInspectorDetails(ID, "李明", "执法一队", "ZF-110112-0001", null), ADMIN,
                "inspector.certificateNumber.taken [ZF-110112-0001]");
    }

    @Test
    void aChangeToANewNumberClaimsItAndANumberTheInspectorHeldBeforeIsTheirsAgain() {
        claims.put("ZF-110112-0001", ID);
        fixture.given(registered())
               .when(new ChangeInspectorDetails(ID, "李明", "执法二队", "ZF-110112-0099", "inspector-li"), ADMIN)
               .expectEvents(new InspectorDetailsChanged(ID, "李明", "执法二队", "ZF-110112-0099", "inspector-li", TODAY,
                                                         "admin-wang"),
                             new CertificateNumberClaimed("certificate-no:ZF-110112-0099", "ZF-110112-0099", ID));
        claims.put("ZF-110112-0099", ID);
        fixture.given(registered(), new InspectorDetailsChanged(ID, "李明", "执法二队", "ZF-110112-0099", null, TODAY,
                                                                "admin-wang"))
               .when(new ChangeInspectorDetails(ID, "李明", "执法二队", "ZF-110112-0001", null), ADMIN)
               .expectEvents(new InspectorDetailsChanged(ID, "李明", "执法二队", "ZF-110112-0001", null, TODAY,
                                                         "admin-wang"));
    }

    @Test
    void aChangeOfDepartmentKeepsTheNumberAndClaimsNothing() {
        fixture.given(registered())
               .when(new ChangeInspectorDetails(ID, "李明", "执法三队", "zf-110112-0001", null), ADMIN)
               .expectEvents(new InspectorDetailsChanged(ID, "李明", "执法三队", "ZF-110112-0001", null, TODAY,
                                                         "admin-wang"));
    }

    @Test
    void refusesAChangeThatChangesNothing() {
        refused(fixture.given(registered()),
                new ChangeInspectorDetails(ID, "李明 ", "执法一队", "zf-110112-0001", "inspector-li"), ADMIN,
                "inspector.details.unchanged [" + ID + "]");
    }

    @Test
    void refusesADuplicateRegistration() {
        refused(fixture.given(registered()), new RegisterInspector(ID, "王五", "执法二队", "ZF-110112-0002", null), ADMIN,
                "inspector.alreadyRegistered [" + ID + "]");
    }

    @Test
    void refusesMalformedDetails() {
        refused(fresh().givenNoPriorActivity(), new RegisterInspector("Inspector:1", "李明", "执法一队", "110112000001",
                                                                      null), ADMIN,
                "inspector.id.invalid [Inspector:1]");
        refused(fixture.givenNoPriorActivity(), new RegisterInspector(ID, " ", "执法一队", "110112000001", null), ADMIN,
                "inspector.name.required");
        refused(fixture.givenNoPriorActivity(), new RegisterInspector(ID, "李".repeat(51), "执法一队", "110112000001",
                                                                      null), ADMIN,
                "inspector.name.tooLong [50]");
        refused(fixture.givenNoPriorActivity(), new RegisterInspector(ID, "李明", null, "110112000001", null), ADMIN,
                "inspector.department.required");
        refused(fixture.givenNoPriorActivity(), new RegisterInspector(ID, "李明", "队".repeat(101), "110112000001",
                                                                      null), ADMIN,
                "inspector.department.tooLong [100]");
        refused(fixture.givenNoPriorActivity(), new RegisterInspector(ID, "李明", "执法一队", "12345", null), ADMIN,
                "inspector.certificateNumber.invalid [12345, 6, 32]");
        refused(fixture.givenNoPriorActivity(), new RegisterInspector(ID, "李明", "执法一队", "京环执字第12号", null),
                ADMIN, "inspector.certificateNumber.invalid [京环执字第12号, 6, 32]");
        refused(fixture.givenNoPriorActivity(), new RegisterInspector(ID, "李明", "执法一队", "-1101120001", null),
                ADMIN, "inspector.certificateNumber.invalid [-1101120001, 6, 32]");
        refused(fixture.givenNoPriorActivity(), new RegisterInspector(ID, "李明", "执法一队", null, null), ADMIN,
                "inspector.certificateNumber.invalid [, 6, 32]");
        refused(fixture.givenNoPriorActivity(), new RegisterInspector(ID, "李明", "执法一队", "110112000001", "李 明"),
                ADMIN, "inspector.username.invalid [李 明]");
        refused(fixture.given(registered()), new ChangeInspectorDetails(ID, "", "执法一队", "110112000001", null),
                ADMIN, "inspector.name.required");
    }

    @Test
    void anInspectorIsDeactivatedAndReactivatedOnceEachWithAReason() {
        InspectorDeactivated deactivated = new InspectorDeactivated(ID, "调往其他单位", TODAY, "admin-wang");
        fixture.given(registered()).when(new DeactivateInspector(ID, " 调往其他单位 "), ADMIN).expectEvents(deactivated);
        refused(fixture.given(registered(), deactivated), new DeactivateInspector(ID, "再次停用"), ADMIN,
                "inspector.alreadyInactive [李明]");
        fixture.given(registered(), deactivated).when(new ReactivateInspector(ID, "调回"), ADMIN)
               .expectEvents(new InspectorReactivated(ID, "调回", TODAY, "admin-wang"));
        refused(fixture.given(registered()), new ReactivateInspector(ID, "调回"), ADMIN,
                "inspector.alreadyActive [李明]");
    }

    @Test
    void refusesAChangeOfStateWithoutAReason() {
        refused(fixture.given(registered()), new DeactivateInspector(ID, "  "), ADMIN, "inspector.reason.required");
        refused(fixture.given(registered()), new DeactivateInspector(ID, "因".repeat(501)), ADMIN,
                "inspector.reason.tooLong [500]");
        refused(fixture.given(registered()), new DeclareRecusal(ID, CODE, null), ADMIN, "inspector.reason.required");
        refused(fixture.given(registered(), recused()), new WithdrawRecusal(ID, CODE, ""), ADMIN,
                "inspector.reason.required");
    }

    @Test
    void aRecusalIsDeclaredForAValidCreditCodeOnceAndWithdrawnOnce() {
        fixture.given(registered()).when(new DeclareRecusal(ID, " " + CODE.toLowerCase() + " ", "配偶在该企业任职"), ADMIN)
               .expectEvents(recused());
        refused(fixture.given(registered(), recused()), new DeclareRecusal(ID, CODE, "又一次"), ADMIN,
                "inspector.recusal.alreadyDeclared [李明, " + CODE + "]");
        InspectorRecusalWithdrawn withdrawn = new InspectorRecusalWithdrawn(ID, CODE, "配偶已离职", TODAY, "admin-wang");
        fixture.given(registered(), recused()).when(new WithdrawRecusal(ID, CODE, "配偶已离职"), ADMIN)
               .expectEvents(withdrawn);
        refused(fixture.given(registered(), recused(), withdrawn), new WithdrawRecusal(ID, CODE, "再次撤销"), ADMIN,
                "inspector.recusal.notDeclared [李明, " + CODE + "]");
        fixture.given(registered(), recused(), withdrawn).when(new DeclareRecusal(ID, CODE, "配偶复职"), ADMIN)
               .expectEvents(new InspectorRecusalDeclared(ID, CODE, "配偶复职", TODAY, "admin-wang"));
    }

    @Test
    void refusesARecusalForAnInvalidCreditCode() {
        String wrongCheck = CODE.substring(0, 17) + (CODE.endsWith("0") ? "1" : "0");
        refused(fixture.given(registered()), new DeclareRecusal(ID, wrongCheck, "利害关系"), ADMIN,
                "creditCode.invalid [" + wrongCheck + "]");
        refused(fixture.given(registered()), new WithdrawRecusal(ID, "91110112", "利害关系"), ADMIN,
                "creditCode.invalid [91110112]");
    }

    @Test
    void refusesEveryoneButAnAdministrator() {
        refused(fixture.givenNoPriorActivity(), new RegisterInspector(ID, "李明", "执法一队", "110112000001", null),
                OFFICER, "actor.notPermitted [OFFICER]");
        refused(fixture.givenNoPriorActivity(), new RegisterInspector(ID, "李明", "执法一队", "110112000001", null),
                INSPECTOR, "actor.notPermitted [INSPECTOR]");
        refused(fixture.given(registered()), new ChangeInspectorDetails(ID, "李明", "执法二队", "110112000001", null),
                INSPECTOR, "actor.notPermitted [INSPECTOR]");
        refused(fixture.given(registered()), new DeactivateInspector(ID, "调岗"), OFFICER,
                "actor.notPermitted [OFFICER]");
        refused(fixture.given(registered(), new InspectorDeactivated(ID, "调岗", TODAY, "admin")),
                new ReactivateInspector(ID, "调回"), OFFICER, "actor.notPermitted [OFFICER]");
        refused(fixture.given(registered()), new DeclareRecusal(ID, CODE, "利害关系"), INSPECTOR,
                "actor.notPermitted [INSPECTOR]");
        refused(fixture.given(registered(), recused()), new WithdrawRecusal(ID, CODE, "已无利害关系"), OFFICER,
                "actor.notPermitted [OFFICER]");
    }

    @Test
    void aCommandForAnUnknownInspectorFindsNoStream() {
        fixture.givenNoPriorActivity().when(new DeactivateInspector(ID, "调岗"), ADMIN).expectNoEvents()
               .expectException(AggregateNotFoundException.class);
        fixture.givenNoPriorActivity().when(new DeclareRecusal(ID, CODE, "利害关系"), ADMIN).expectNoEvents()
               .expectException(AggregateNotFoundException.class);
    }

    @Test
    void theCanonicalNumberFoldsWidthCaseAndBlanks() {
        assertThat(CertificateNumber.canonical(" ｚｆ－0001-23 ")).isEqualTo("ZF-0001-23");
        assertThat(CertificateNumber.canonical("a".repeat(32))).hasSize(32);
        assertThatThrownBy(() -> CertificateNumber.canonical("a".repeat(33))).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> CertificateNumber.canonical("ZF-0001-")).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> CertificateNumber.canonical("ZF 0001 23")).isInstanceOf(RuleViolation.class);
    }
}
