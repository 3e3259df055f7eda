package org.greencredit.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.greencredit.app.audit.DecisionVerifier;
import org.greencredit.app.audit.VerificationReport;
import org.greencredit.app.demo.DemoSeeding.DemoDistrict;
import org.greencredit.app.demo.DemoSeeding.DemoUser;
import org.greencredit.app.generator.DemoInspections;
import org.greencredit.app.inspection.DrawCheck;
import org.greencredit.app.inspection.DrawVerifier;
import org.greencredit.app.security.MongoUserAccounts;
import org.greencredit.app.support.RunningApplication;
import org.greencredit.domain.actor.Role;
import org.greencredit.domain.common.BusinessDay;
import org.greencredit.domain.creditfile.ObjectionStatus;
import org.greencredit.domain.creditfile.RepairStatus;
import org.greencredit.domain.cycle.CyclePhase;
import org.greencredit.domain.inspection.InspectionOutcome;
import org.greencredit.domain.inspection.InspectionPeriod;
import org.greencredit.projections.cycle.CycleSummary;
import org.greencredit.projections.cycle.FindCycle;
import org.greencredit.projections.directory.CountEnterprises;
import org.greencredit.projections.directory.DirectoryFilter;
import org.greencredit.projections.evaluation.EvaluationList;
import org.greencredit.projections.evaluation.EvaluationSummary;
import org.greencredit.projections.evaluation.FindDisclosureBoard;
import org.greencredit.projections.evaluation.FindEvaluationsOf;
import org.greencredit.projections.evaluation.FindObjectionsAwaitingReview;
import org.greencredit.projections.inspection.DrawSummary;
import org.greencredit.projections.inspection.FindInspectionPlan;
import org.greencredit.projections.inspection.InspectionEntry;
import org.greencredit.projections.inspection.InspectionPlanSummary;
import org.greencredit.projections.inspector.FindInspectorByUsername;
import org.greencredit.projections.inspector.FindInspectorsOnDuty;
import org.greencredit.projections.inspector.InspectorOnDuty;
import org.greencredit.projections.inspector.InspectorSummary;
import org.greencredit.projections.inspector.InspectorsOnDuty;
import org.greencredit.projections.repair.FindRepairApplicationsOf;
import org.greencredit.projections.repair.RepairApplicationList;
import org.greencredit.projections.repair.RepairApplicationSummary;
import org.greencredit.ui.security.UserAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The first start of an empty embedded store creates the demo district through the command path, once. */
class DemoSeedingTest {

    @TempDir
    Path dataDir;

    @Test
    void anEmptyStoreIsSeededOnceWithABelievableDistrictThatVerifies() {
        String[] args = {"--greencredit.data-dir=" + dataDir, "--greencredit.mongo.embedded-port=0"};
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        Optional<DemoDistrict> seeded = DemoSeeding.seedIfWanted(args, new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertThat(seeded).isPresent();
        DemoDistrict district = seeded.get();
        assertThat(district.users()).extracting(DemoUser::role)
                                    .containsExactlyInAnyOrder(Role.ADMIN, Role.OFFICER, Role.ASSESSOR, Role.REVIEWER,
                                                               Role.AUDITOR, Role.ENTERPRISE, Role.PARTNER,
                                                               Role.SOURCE_SYSTEM, Role.INSPECTOR);
        String output = printed.toString(StandardCharsets.UTF_8);
        district.users().forEach(user -> assertThat(output).contains(user.username(), user.password()));

        long events;
        String probe;
        try (RunningApplication app = RunningApplication.start(dataDir)) {
            QueryGateway queries = app.bean(QueryGateway.class);
            assertThat(queries.query(new CountEnterprises(DirectoryFilter.all()), Long.class).join()).isEqualTo(30L);

            String current = district.seeded().currentCycle();
            CycleSummary cycle = queries.query(new FindCycle(current), CycleSummary.class).join();
            assertThat(cycle.phase()).isEqualTo(CyclePhase.DISCLOSURE);
            List<EvaluationSummary> board = queries.query(new FindDisclosureBoard(current), EvaluationList.class)
                                                .join().evaluations();
            assertThat(board).hasSize(30);
            assertThat(countBy(board, EvaluationSummary::preliminaryGrade))
                    .isEqualTo(Map.of("A", 4L, "B", 19L, "C", 5L, "D", 2L));
            assertThat(queries.query(new FindObjectionsAwaitingReview(current), EvaluationList.class).join()
                              .evaluations()).hasSize(1);

            String earlier = district.seeded().earlierCycle();
            assertThat(queries.query(new FindCycle(earlier), CycleSummary.class).join().phase())
                    .isEqualTo(CyclePhase.CLOSED);
            List<EvaluationSummary> earlierEvaluations = board.stream()
                    .flatMap(row -> queries.query(new FindEvaluationsOf(row.creditCode()), EvaluationList.class)
                                           .join().evaluations().stream())
                    .filter(evaluation -> evaluation.cycleId().equals(earlier)).toList();
            assertThat(countBy(earlierEvaluations, EvaluationSummary::finalGrade))
                    .isEqualTo(Map.of("A", 3L, "B", 22L, "C", 5L));
            assertThat(earlierEvaluations).filteredOn(e -> e.objectionStatus() == ObjectionStatus.REGRADED).hasSize(1)
                                          .allSatisfy(e -> assertThat(e.finalGrade()).isEqualTo("B"));
            assertThat(earlierEvaluations).filteredOn(e -> e.objectionStatus() == ObjectionStatus.REJECTED).hasSize(1);
            assertThat(board.stream().flatMap(row -> queries.query(new FindRepairApplicationsOf(row.creditCode()),
                                                                     RepairApplicationList.class).join()
                                                            .applications().stream()))
                    .extracting(RepairApplicationSummary::status).containsExactly(RepairStatus.APPROVED);

            VerificationReport report = app.bean(DecisionVerifier.class).verifyAll();
            assertThat(report.mismatches()).isEmpty();
            assertThat(report.decisions()).isGreaterThanOrEqualTo(30 + 30 + 30 + 2);

            DemoUser officer = district.users().stream().filter(user -> user.role() == Role.OFFICER).findFirst()
                                       .orElseThrow();
            assertThat(app.bean(PasswordEncoder.class).matches(officer.password(), app.bean(MongoUserAccounts.class)
                    .loadUserByUsername(officer.username()).getPassword())).isTrue();
            assertThat(app.bean(UserAccounts.class).anyAdministrator()).isTrue();
            List<InspectorOnDuty> onDuty = queries.query(new FindInspectorsOnDuty(), InspectorsOnDuty.class).join()
                                                  .inspectors();
            assertThat(onDuty).hasSizeGreaterThanOrEqualTo(6);
            assertThat(onDuty.stream().map(InspectorOnDuty::department).distinct()).hasSize(3);
            assertThat(onDuty).flatExtracting(InspectorOnDuty::recusedCreditCodes)
                              .containsExactly(district.seeded().demoEnterpriseCreditCode());
            assertThat(queries.query(new FindInspectorByUsername("demo-inspector"), InspectorSummary.class).join().active())
                    .isTrue();
            String quarter = InspectionPeriod.of(LocalDate.now(BusinessDay.DISTRICT_ZONE)).toString();
            InspectionPlanSummary plan = queries.query(new FindInspectionPlan(quarter), InspectionPlanSummary.class).join();
            assertThat(plan.draws()).singleElement().extracting(DrawSummary::seed).isEqualTo(DemoInspections.SEED);
            assertThat(plan.entries()).extracting(InspectionEntry::outcome).filteredOn(Objects::nonNull)
                                      .containsExactlyInAnyOrder(InspectionOutcome.NO_PROBLEM,
                                                                 InspectionOutcome.NOT_INSPECTED);
            assertThat(app.bean(DrawVerifier.class).verify(quarter)).singleElement()
                                                                   .extracting(DrawCheck::matched).isEqualTo(true);
            probe = board.get(0).creditCode();
            events = app.bean(EventStore.class).readEvents(probe).asStream().count();
        }

        assertThat(DemoSeeding.seedIfWanted(args, new PrintStream(new ByteArrayOutputStream()))).isEmpty();
        try (RunningApplication app = RunningApplication.start(dataDir)) {
            assertThat(app.bean(QueryGateway.class).query(new CountEnterprises(DirectoryFilter.all()), Long.class)
                          .join()).isEqualTo(30L);
            assertThat(app.bean(EventStore.class).readEvents(probe).asStream().count()).isEqualTo(events);
        }
    }

    private static Map<String, Long> countBy(List<EvaluationSummary> rows, Function<EvaluationSummary, String> grade) {
        return rows.stream().collect(Collectors.groupingBy(grade, Collectors.counting()));
    }
}
