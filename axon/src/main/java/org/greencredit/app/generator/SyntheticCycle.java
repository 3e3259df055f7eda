package org.greencredit.app.generator;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.actor.Role;
import org.greencredit.domain.creditfile.api.ApplyForRepair;
import org.greencredit.domain.creditfile.api.CorrectViolation;
import org.greencredit.domain.creditfile.api.CorrectionOutcome;
import org.greencredit.domain.creditfile.api.DecideRepair;
import org.greencredit.domain.creditfile.api.DeclareItem;
import org.greencredit.domain.creditfile.api.FileObjection;
import org.greencredit.domain.creditfile.api.ObjectionOutcome;
import org.greencredit.domain.creditfile.api.RegradeAfterReview;
import org.greencredit.domain.creditfile.api.RepairOutcome;
import org.greencredit.domain.creditfile.api.ReviewObjection;
import org.greencredit.domain.creditfile.api.VerificationOutcome;
import org.greencredit.domain.creditfile.api.VerifyDeclaredItem;
import org.greencredit.domain.cycle.CycleSchedule;
import org.greencredit.domain.cycle.api.CloseCycle;
import org.greencredit.domain.cycle.api.OpenCycle;
import org.greencredit.domain.cycle.api.PublishFinalGrades;
import org.greencredit.domain.fact.Evidence;
import org.greencredit.domain.fact.FactAttributes;
import org.greencredit.domain.fact.FactType;
import org.greencredit.domain.indicator.DefaultIndicatorSystem;
import org.greencredit.projections.creditfile.CreditFileEntry;
import org.greencredit.projections.evaluation.EvaluationSummary;

/**
 * One yearly cycle of a synthetic district, as steps on the simulated calendar: open it for every enterprise,
 * let some declare, close declarations, verify (a few items rejected, rarely one false, a few left to lapse), grade
 * at the deadline, let some C and D enterprises object (about half upheld after the violation is revoked), close
 * disclosure, publish, and some weeks later let C and D enterprises apply for repair (approved when the conditions
 * hold, else rejected with the reason).
 */
final class SyntheticCycle {

    private static final Actor REVIEWER = new Actor("generator-reviewer", Role.REVIEWER, "法制科", null);

    private final DistrictWorld world;
    private final Random random;
    private final int factYear;
    private final String cycleId;
    private final List<String> declaredItems = new ArrayList<>();
    private final List<String> applicants = new ArrayList<>();
    private List<String> objectors = List.of();
    private LocalDate publishedOn;

    SyntheticCycle(DistrictWorld world, Random random, int factYear) {
        this.world = world;
        this.random = random;
        this.factYear = factYear;
        this.cycleId = (factYear + 1) + "-ANNUAL";
    }

    String cycleId() {
        return cycleId;
    }

    /** The day the cycle opens: the first working day from 2 March of the year after the facts. */
    LocalDate openingDay() {
        return world.workingDays().onOrAfter(LocalDate.of(factYear + 1, 3, 2));
    }

    /**
     * The cycle's steps in order, each on its day. A day is worked out only when the steps before it have run,
     * because it may depend on them (disclosure starts when verification actually closed).
     */
    List<Step> steps(List<String> enterprises) {
        return List.of(
                step("opened", this::openingDay, () -> open(enterprises)),
                step("declarations", () -> schedule().openedOn().plusDays(5), () -> declare(enterprises)),
                step("declaration deadline", () -> schedule().declarationDeadline().plusDays(1),
                     world::sweepDeadlines),
                step("verification", () -> schedule().verificationDeadline().minusDays(4), this::verify),
                step("graded, disclosure", () -> schedule().verificationDeadline().plusDays(1),
                     world::sweepDeadlines),
                step("objections", () -> schedule().disclosureStart().plusDays(2),
                     () -> objectors = objectAmongLowGrades()),
                step("reviews", () -> schedule().disclosureStart().plusDays(6), () -> review(objectors)),
                step("disclosure end", () -> schedule().disclosureEnd().plusDays(1), world::sweepDeadlines),
                step("published", () -> schedule().disclosureEnd().plusDays(3), this::publish),
                step("repair applications", () -> publishedOn.plusDays(40), this::applyForRepairs),
                step("repair decisions", () -> publishedOn.plusDays(44), this::decideRepairs),
                step("closed", () -> publishedOn.plusDays(70),
                     () -> world.send(new CloseCycle(cycleId), SyntheticFacts.OFFICER)));
    }

    private Step step(String what, Supplier<LocalDate> day, Runnable action) {
        return new Step(cycleId + " " + what, day, action);
    }

    private CycleSchedule schedule() {
        return world.schedule(cycleId);
    }

    private void open(List<String> enterprises) {
        world.send(new OpenCycle(cycleId, factYear + 1, (factYear + 1) + "年度企业绿色信用评价", enterprises,
                                 DefaultIndicatorSystem.SYSTEM, DefaultIndicatorSystem.VERSION), SyntheticFacts.OFFICER);
        world.awaitFanOut();
    }

    private void publish() {
        world.send(new PublishFinalGrades(cycleId), SyntheticFacts.OFFICER);
        world.awaitFanOut();
        publishedOn = world.today();
    }

    private void applyForRepairs() {
        List<String> candidates = new ArrayList<>();
        for (EvaluationSummary published : world.publishedGrades(cycleId)) {
            if (("C".equals(published.finalGrade()) || "D".equals(published.finalGrade())) && random.nextInt(3) == 0) {
                candidates.add(published.creditCode());
            }
        }
        Map<String, List<CreditFileEntry>> entries = world.entries(candidates);
        for (String code : candidates) {
            if (apply(code, entries.get(code))) {
                applicants.add(code);
            }
        }
    }

    private void decideRepairs() {
        for (String code : applicants) {
            String applicationId = id(code + "/repair/" + cycleId);
            if (world.trySend(new DecideRepair(code, applicationId, RepairOutcome.APPROVED, null),
                              SyntheticFacts.OFFICER).isPresent()) {
                world.send(new DecideRepair(code, applicationId, RepairOutcome.REJECTED, "修复条件尚未全部满足"),
                           SyntheticFacts.OFFICER);
            }
        }
    }

    private void declare(List<String> enterprises) {
        for (String code : enterprises) {
            if (random.nextInt(4) != 0) {
                continue;
            }
            String itemId = id(code + "/declared/" + cycleId);
            boolean award = random.nextInt(3) == 0;
            LocalDate occurredOn = LocalDate.of(factYear, 5 + random.nextInt(6), 1 + random.nextInt(28));
            DeclareItem declaration = award
                    ? new DeclareItem(code, itemId, FactType.AWARD, occurredOn, Evidence.of("荣誉证书"),
                                      FactAttributes.of("level", "DISTRICT", "title", "绿色发展示范企业",
                                                        "issuer", "通州区人民政府"))
                    : new DeclareItem(code, itemId, FactType.CREDIT_COMMITMENT, occurredOn, Evidence.of("承诺书"),
                                      FactAttributes.of("text", "依法排污，诚信经营，接受社会监督"));
            world.send(declaration, Actor.enterprise("contact-" + code, code));
            declaredItems.add(code + "|" + itemId);
        }
    }

    private void verify() {
        LocalDate on = world.today();
        for (String declared : declaredItems) {
            String code = declared.substring(0, declared.indexOf('|'));
            String itemId = declared.substring(declared.indexOf('|') + 1);
            int draw = random.nextInt(100);
            if (draw < 3) {
                continue;
            }
            VerificationOutcome outcome = draw < 88 ? VerificationOutcome.CONFIRMED
                    : draw < 99 ? VerificationOutcome.REJECTED : VerificationOutcome.FALSE;
            String note = switch (outcome) {
                case CONFIRMED -> "现场核对原件";
                case REJECTED -> "材料不足以证明";
                case FALSE -> "颁发单位无此记录";
            };
            world.send(new VerifyDeclaredItem(code, itemId, outcome, on, note), SyntheticFacts.ASSESSOR);
        }
    }

    private List<String> objectAmongLowGrades() {
        List<String> objectors = new ArrayList<>();
        for (EvaluationSummary row : world.disclosureBoard(cycleId)) {
            if (("C".equals(row.preliminaryGrade()) || "D".equals(row.preliminaryGrade()))
                    && random.nextInt(8) == 0) {
                world.send(new FileObjection(row.creditCode(), cycleId, "对处罚认定有异议，申请复核",
                                             Evidence.of("情况说明")),
                           Actor.enterprise("contact-" + row.creditCode(), row.creditCode()));
                objectors.add(row.creditCode());
            }
        }
        return objectors;
    }

    private void review(List<String> objectors) {
        Map<String, List<CreditFileEntry>> entries = world.entries(objectors);
        for (String code : objectors) {
            CreditFileEntry revocable = entries.get(code).stream()
                                             .filter(entry -> entry.type().equals("VIOLATION")
                                                     && entry.occurredOn().getYear() == factYear
                                                     && entry.status().equals("COUNTED"))
                                             .findFirst().orElse(null);
            if (revocable != null && random.nextBoolean()) {
                world.send(new ReviewObjection(code, cycleId, ObjectionOutcome.UPHELD, "经复核，处罚已被撤销"), REVIEWER);
                world.send(new CorrectViolation(code, revocable.id(), CorrectionOutcome.REVOKED, world.today(),
                                                Evidence.of("行政复议决定书"), null), SyntheticFacts.OFFICER);
                world.send(new RegradeAfterReview(code, cycleId), SyntheticFacts.OFFICER);
            } else {
                world.send(new ReviewObjection(code, cycleId, ObjectionOutcome.REJECTED, "经复核，原认定无误"), REVIEWER);
            }
        }
    }

    private boolean apply(String code, List<CreditFileEntry> entries) {
        List<String> violations = entries.stream()
                                       .filter(entry -> entry.type().equals("VIOLATION")
                                               && (entry.status().equals("COUNTED") || entry.status().equals("CHANGED"))
                                               && entry.occurredOn().getYear() == factYear)
                                       .map(CreditFileEntry::id).toList();
        if (violations.isEmpty()) {
            return false;
        }
        return world.trySend(new ApplyForRepair(code, id(code + "/repair/" + cycleId), violations,
                                                Evidence.of("整改验收报告"), "依法排污，诚信经营，接受社会监督"),
                             Actor.enterprise("contact-" + code, code)).isEmpty();
    }

    private String id(String name) {
        return UUID.nameUUIDFromBytes((world.seed() + "/" + name).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
