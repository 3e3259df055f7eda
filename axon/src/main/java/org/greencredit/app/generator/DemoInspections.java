package org.greencredit.app.generator;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.greencredit.app.inspection.InspectionDesk;
import org.greencredit.app.messaging.CaughtUp;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.actor.Role;
import org.greencredit.domain.common.BusinessDay;
import org.greencredit.domain.inspection.DrawBasis;
import org.greencredit.domain.inspection.InspectionOutcome;
import org.greencredit.domain.inspection.InspectionPeriod;
import org.greencredit.projections.inspection.InspectionEntry;

/**
 * The demo district's 双随机抽查 of the current quarter: drawn by the demo officer with a fixed seed, so the plan
 * and 我的检查任务 show something, with two results — one inspected without problem, one not inspected.
 */
public final class DemoInspections {

    public static final String SEED = "demo-district";
    private static final Actor OFFICER = new Actor("demo-officer", Role.OFFICER, "区生态环境局执法大队", null);

    private DemoInspections() {
    }

    /** Draws the quarter of {@code today} once the directory and the 执法人员名录 have caught up. */
    public static void seed(InspectionDesk desk, CaughtUp caughtUp, Clock clock, LocalDate today) {
        caughtUp.awaitAll(Duration.ofMinutes(2));
        String period = InspectionPeriod.of(today).toString();
        desk.draw(period, SEED, OFFICER);
        List<InspectionEntry> onSite = desk.plan(period).orElseThrow().entries().stream()
                                           .filter(entry -> entry.basis() != DrawBasis.OFF_SITE).toList();
        if (onSite.size() < 2) {
            return;
        }
        desk.recordResult(period, onSite.get(0).creditCode(), InspectionOutcome.NO_PROBLEM, BusinessDay.today(clock),
                          null, "现场检查污染防治设施运行正常，台账完整", null, OFFICER);
        desk.recordResult(period, onSite.get(1).creditCode(), InspectionOutcome.NOT_INSPECTED, null, null,
                          "企业停产检修，约定下月复查", null, OFFICER);
    }
}
