package org.greencredit.app.support;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.greencredit.app.inspection.InspectionDesk;
import org.greencredit.app.messaging.CaughtUp;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.actor.Role;
import org.greencredit.domain.common.BusinessDay;
import org.greencredit.domain.inspection.InspectionOutcome;
import org.greencredit.domain.inspector.api.RegisterInspector;
import org.greencredit.projections.inspection.FindInspectionPlan;
import org.greencredit.projections.inspection.InspectionPlanSummary;
import org.greencredit.projections.inspector.FindInspectors;
import org.greencredit.projections.inspector.InspectorList;
import org.springframework.context.ApplicationContext;

/**
 * Inspection plans for tests that share one application: each test draws periods of its own, best a fourth quarter
 * of a year nobody else draws — then every enterprise in scope without a grade (STANDARD, one on-site visit a year)
 * is drawn for the yearly minimum, so an enterprise the test registered just before is certainly in the plan.
 */
public final class TestInspections {

    private static final Actor ADMIN = new Actor("test-admin", Role.ADMIN, "信息中心", null);

    private TestInspections() {
    }

    /** Registers three inspectors {@code <prefix>-1…3} named {@code <namePrefix>1…3}, unless they are registered. */
    public static void ensureInspectors(ApplicationContext context, String prefix, String namePrefix) {
        boolean registered = context.getBean(QueryGateway.class).query(new FindInspectors(), InspectorList.class)
                                    .join().inspectors().stream()
                                    .anyMatch(inspector -> inspector.inspectorId().equals(prefix + "-1"));
        if (registered) {
            return;
        }
        for (int i = 1; i <= 3; i++) {
            context.getBean(CommandGateway.class).sendAndWait(GenericCommandMessage.asCommandMessage(
                    new RegisterInspector(prefix + "-" + i, namePrefix + i, "执法大队",
                                          prefix.toUpperCase() + "-000" + i, null)).andMetaData(ADMIN.asMetaData()));
        }
        context.getBean(CaughtUp.class).awaitAll(Duration.ofSeconds(30));
    }

    /** Draws the period with the seed as the test officer, unless it is drawn; answers the plan. */
    public static InspectionPlanSummary drawn(ApplicationContext context, String period, String seed) {
        context.getBean(CaughtUp.class).awaitAll(Duration.ofSeconds(30));
        if (plan(context, period) == null) {
            context.getBean(InspectionDesk.class).draw(period, seed, TestEnterprises.OFFICER);
            context.getBean(CaughtUp.class).awaitAll(Duration.ofSeconds(30));
        }
        return plan(context, period);
    }

    /** Records the enterprise's result today as the test officer. */
    public static void result(ApplicationContext context, String period, String creditCode, InspectionOutcome outcome,
                              String note) {
        LocalDate today = BusinessDay.today(context.getBean(Clock.class));
        context.getBean(InspectionDesk.class).recordResult(
                period, creditCode, outcome, outcome == InspectionOutcome.NOT_INSPECTED ? null : today, null, note,
                null, TestEnterprises.OFFICER);
        context.getBean(CaughtUp.class).awaitAll(Duration.ofSeconds(30));
    }

    public static InspectionPlanSummary plan(ApplicationContext context, String period) {
        return context.getBean(QueryGateway.class).query(new FindInspectionPlan(period), InspectionPlanSummary.class)
                      .join();
    }
}
