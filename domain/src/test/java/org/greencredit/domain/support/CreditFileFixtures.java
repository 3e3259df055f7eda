package org.greencredit.domain.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.actor.Role;
import org.greencredit.domain.calendar.CalendarSource;
import org.greencredit.domain.calendar.ShippedArrangements;
import org.greencredit.domain.calendar.WorkingDays;
import org.greencredit.domain.creditfile.EnterpriseCreditFile;
import org.greencredit.domain.creditfile.api.EnterpriseRegistered;
import org.greencredit.domain.decisionnumber.DecisionNumberKey;
import org.greencredit.domain.decisionnumber.DecisionNumbers;
import org.greencredit.domain.enterprise.Contact;
import org.greencredit.domain.intake.SourceRecord;
import org.greencredit.domain.intake.SourceRecords;
import org.greencredit.domain.enterprise.CreditCode;
import org.greencredit.domain.enterprise.EnterpriseProfile;
import org.greencredit.domain.enterprise.Industry;
import org.greencredit.domain.enterprise.ManagementClass;
import org.greencredit.domain.enterprise.Subdistrict;

/** Shared setting for credit-file tests: one enterprise, a fixed "today", the usual actors. */
public final class CreditFileFixtures {

    public static final String CODE = validCode("91110112MA0000001");
    public static final String OTHER_CODE = validCode("91110112MA0000002");
    /** 2026-03-01 in Beijing. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T04:00:00Z"), ZoneId.of("Asia/Shanghai"));
    public static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    public static final CalendarSource SHIPPED_CALENDAR = new ShippedCalendar();
    public static final LocalDate ESTABLISHED = LocalDate.of(2015, 6, 18);

    public static final Map<String, Object> OFFICER = Actor.officer("officer-zhang", "执法大队").asMetaData();
    public static final Map<String, Object> ASSESSOR = Actor.assessor("assessor-li", "第三方评价机构").asMetaData();
    public static final Map<String, Object> ENTERPRISE = Actor.enterprise("contact-wang", CODE).asMetaData();
    public static final Map<String, Object> OTHER_ENTERPRISE = Actor.enterprise("contact-zhao", OTHER_CODE).asMetaData();
    public static final Map<String, Object> REVIEWER =
            new Actor("reviewer-chen", Role.REVIEWER, "法制科", null).asMetaData();
    public static final Map<String, Object> SYSTEM = new Actor("system", Role.SYSTEM, null, null).asMetaData();

    private CreditFileFixtures() {
    }

    public static String validCode(String first17) {
        return first17 + CreditCode.checkCharacter(first17);
    }

    public static EnterpriseProfile profile() {
        return new EnterpriseProfile("北京通州示例汽车零部件有限公司", new Industry("C3670", "汽车零部件及配件制造"),
                                     Subdistrict.MAJUQIAO, "北京市通州区马驹桥镇示例路8号", CODE + "001P",
                                     ManagementClass.KEY, true, new Contact("王工", "13800138000"));
    }

    public static EnterpriseRegistered registered() {
        return new EnterpriseRegistered(CODE, ESTABLISHED, profile());
    }

    public static String id(int n) {
        return UUID.nameUUIDFromBytes(("test-fact-" + n).getBytes()).toString();
    }

    /** A fixture for the credit file with the fixed clock and an in-memory register of decision numbers. */
    public static FixtureConfiguration<EnterpriseCreditFile> fixture(ClaimedNumbers claimed) {
        return fixture(claimed, CLOCK);
    }

    /**
     * A fixture for the credit file on {@code clock}, with the default indicator version published and the shipped
     * working-day calendar.
     */
    public static FixtureConfiguration<EnterpriseCreditFile> fixture(ClaimedNumbers claimed, Clock clock) {
        return fixture(claimed, new HeldRecords(), clock);
    }

    /** As {@link #fixture(ClaimedNumbers, Clock)}, with source records other credit files hold. */
    public static FixtureConfiguration<EnterpriseCreditFile> fixture(ClaimedNumbers claimed, HeldRecords held,
                                                                     Clock clock) {
        FixtureConfiguration<EnterpriseCreditFile> fixture = new AggregateTestFixture<>(EnterpriseCreditFile.class);
        fixture.registerInjectableResource(clock);
        fixture.registerInjectableResource(claimed);
        fixture.registerInjectableResource(held);
        fixture.registerInjectableResource(new DefaultVersions());
        fixture.registerInjectableResource(SHIPPED_CALENDAR);
        return fixture;
    }

    /** Decision numbers already used elsewhere in the district. */
    public static final class ClaimedNumbers implements DecisionNumbers {

        private final Set<String> keys = new HashSet<>();

        public ClaimedNumbers claim(String decisionNo) {
            keys.add(DecisionNumberKey.of(decisionNo));
            return this;
        }

        @Override
        public boolean isClaimed(String decisionNo) {
            return keys.contains(DecisionNumberKey.of(decisionNo));
        }
    }

    /** Source records already recorded in some credit file of the district, by the file's credit code. */
    public static final class HeldRecords implements SourceRecords {

        private final Map<String, String> holders = new HashMap<>();

        public HeldRecords hold(SourceRecord record, String creditCode) {
            holders.put(record.claimId(), creditCode);
            return this;
        }

        @Override
        public Optional<String> holder(SourceRecord record) {
            return Optional.ofNullable(holders.get(record.claimId()));
        }
    }

    /** The working days of the arrangements shipped with the application. */
    private static final class ShippedCalendar implements CalendarSource {

        private final WorkingDays workingDays = ShippedArrangements.workingDays();

        @Override
        public WorkingDays workingDays() {
            return workingDays;
        }
    }
}
