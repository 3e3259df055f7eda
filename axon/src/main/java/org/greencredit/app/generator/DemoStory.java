package org.greencredit.app.generator;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.greencredit.app.generator.DemoEnterprises.DemoEnterprise;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.actor.Role;
import org.greencredit.domain.common.RuleViolation;
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

/**
 * The demo district's two years, told through the normal command path on the simulated calendar: the 30
 * enterprises are registered, their facts of the two years before {@code today} are recorded as they happen, the
 * earlier year's cycle runs to the end — declarations, verification, disclosure with one objection upheld (the
 * violation is revoked and the grade rises) and one rejected, publication, one credit repair — and the current
 * year's cycle is opened on the day that puts {@code today} inside its disclosure, with one objection awaiting
 * review. Every step happens before {@code today}, so the running application carries on from there.
 */
final class DemoStory {

    static final Actor REVIEWER = new Actor("demo-story-reviewer", Role.REVIEWER, "法制科", null);

    private final DistrictWorld world;
    private final LocalDate today;
    private final List<DemoEnterprise> enterprises = DemoEnterprises.all();
    private final List<String> codes = enterprises.stream().map(DemoEnterprise::creditCode).toList();
    private List<Integer> declaredThisCycle = List.of();
    private List<Integer> rejectedThisCycle = List.of();

    DemoStory(DistrictWorld world, LocalDate today) {
        this.world = world;
        this.today = today;
    }

    int currentYear() {
        return today.getYear();
    }

    String earlierCycleId() {
        return (currentYear() - 1) + "-ANNUAL";
    }

    String currentCycleId() {
        return currentYear() + "-ANNUAL";
    }

    /** Whether the working-day calendar knows the years both cycles need. */
    boolean calendarKnowsBothYears() {
        return world.workingDays().knownYears().containsAll(List.of(currentYear() - 1, currentYear()));
    }

    /** Tells the story; returns the current cycle's id, or empty when the calendar could not plan it. */
    Optional<String> tell(Consumer<String> progress) {
        int laterYear = currentYear() - 1;
        int earlierYear = currentYear() - 2;
        world.moveTo(LocalDate.of(earlierYear, 1, 2));
        enterprises.forEach(enterprise -> world.send(enterprise.registration(), SyntheticFacts.OFFICER));
        progress.accept("registered " + enterprises.size() + " enterprises");

        DemoFacts facts = new DemoFacts();
        List<PlannedCommand> planned = new ArrayList<>();
        for (DemoEnterprise enterprise : enterprises) {
            planned.addAll(facts.forYear(enterprise, earlierYear, enterprise.earlier()));
            planned.addAll(facts.forYear(enterprise, laterYear, enterprise.later()));
        }
        planned.sort(Comparator.comparing(PlannedCommand::day));

        Deque<Step> steps = new ArrayDeque<>(earlierCycle());
        Optional<LocalDate> opening = openingDayPuttingTodayInDisclosure();
        opening.ifPresentOrElse(
                day -> steps.addAll(currentCycle(day)),
                () -> progress.accept("no " + currentCycleId() + " cycle: the calendar cannot plan one in disclosure today"));
        world.play(planned.stream().filter(command -> command.day().isBefore(today))
                          .collect(Collectors.toCollection(ArrayDeque::new)), steps, progress);
        return opening.map(day -> currentCycleId());
    }

    private List<Step> earlierCycle() {
        String cycleId = earlierCycleId();
        Supplier<CycleSchedule> schedule = () -> world.schedule(cycleId);
        LocalDate[] published = new LocalDate[1];
        return List.of(
                new Step("opened " + cycleId, () -> world.workingDays().onOrAfter(LocalDate.of(currentYear() - 1, 3, 2)),
                         () -> open(cycleId)),
                new Step("declarations", () -> schedule.get().openedOn().plusDays(4),
                         () -> declare(cycleId, List.of(1, 3, 7, 11, 16), List.of(11))),
                new Step("declaration deadline", () -> schedule.get().declarationDeadline().plusDays(1),
                         world::sweepDeadlines),
                new Step("verification", () -> schedule.get().verificationDeadline().minusDays(5),
                         () -> verify(cycleId)),
                new Step("graded, disclosure", () -> schedule.get().verificationDeadline().plusDays(1),
                         world::sweepDeadlines),
                new Step("objections", () -> schedule.get().disclosureStart().plusDays(2), () -> {
                    object(cycleId, DemoEnterprises.UPHELD_OBJECTION, "该处罚决定已被行政复议撤销，申请复核");
                    object(cycleId, DemoEnterprises.REJECTED_OBJECTION, "认为超标排放认定依据不足，申请复核");
                }),
                new Step("reviews", () -> schedule.get().disclosureStart().plusDays(6), () -> {
                    upheld(cycleId, DemoEnterprises.UPHELD_OBJECTION);
                    rejected(cycleId, DemoEnterprises.REJECTED_OBJECTION);
                }),
                new Step("disclosure end", () -> schedule.get().disclosureEnd().plusDays(1), world::sweepDeadlines),
                new Step("published", () -> schedule.get().disclosureEnd().plusDays(3), () -> {
                    world.send(new PublishFinalGrades(cycleId), SyntheticFacts.OFFICER);
                    world.awaitFanOut();
                    published[0] = world.today();
                }),
                new Step("closed " + cycleId, () -> published[0].plusDays(70),
                         () -> world.send(new CloseCycle(cycleId), SyntheticFacts.OFFICER)),
                new Step("repair application",
                         () -> latest(published[0].plusDays(45), repairableFrom(DemoEnterprises.REPAIRED)),
                         () -> applyForRepair(cycleId, DemoEnterprises.REPAIRED)),
                new Step("repair decision", () -> world.today().plusDays(7),
                         () -> world.send(new DecideRepair(code(DemoEnterprises.REPAIRED),
                                                           id("repair/" + cycleId), RepairOutcome.APPROVED, null),
                                          SyntheticFacts.OFFICER)));
    }

    private List<Step> currentCycle(LocalDate opening) {
        String cycleId = currentCycleId();
        Supplier<CycleSchedule> schedule = () -> world.schedule(cycleId);
        return List.of(
                new Step("opened " + cycleId, () -> opening, () -> open(cycleId)),
                new Step("declarations", () -> schedule.get().openedOn().plusDays(3),
                         () -> declare(cycleId, List.of(2, 4, 8, 12, 15, 20), List.of())),
                new Step("declaration deadline", () -> schedule.get().declarationDeadline().plusDays(1),
                         world::sweepDeadlines),
                new Step("verification", () -> schedule.get().verificationDeadline().minusDays(3),
                         () -> verify(cycleId)),
                new Step("graded, disclosure", () -> schedule.get().verificationDeadline().plusDays(1),
                         world::sweepDeadlines),
                new Step("objection", () -> earliest(schedule.get().disclosureStart().plusDays(1), today.minusDays(1)),
                         () -> object(cycleId, DemoEnterprises.PENDING_OBJECTION, "整改已完成并通过验收，申请复核")));
    }

    /**
     * The latest opening day whose disclosure has begun at least two days before {@code today}: the cycle is then
     * in disclosure today with most of its objection time still ahead. Empty when the calendar cannot plan such a
     * cycle (its disclosure would reach a year it does not know).
     */
    private Optional<LocalDate> openingDayPuttingTodayInDisclosure() {
        var rules = DefaultIndicatorSystem.definition().evaluation();
        Optional<LocalDate> latest = Optional.empty();
        for (LocalDate candidate = today.minusDays(120); candidate.isBefore(today); candidate = candidate.plusDays(1)) {
            try {
                LocalDate opening = world.workingDays().onOrAfter(candidate);
                CycleSchedule planned = CycleSchedule.plan(opening, rules, world.workingDays());
                if (planned.disclosureStart().isAfter(today.minusDays(2))) {
                    break;
                }
                if (!planned.disclosureEnd().isBefore(today)) {
                    latest = Optional.of(opening);
                }
            } catch (RuleViolation yearUnknown) {
                break;
            }
        }
        return latest;
    }

    private static int cycleYear(String cycleId) {
        return Integer.parseInt(cycleId.substring(0, 4));
    }

    private void open(String cycleId) {
        int year = cycleYear(cycleId);
        world.send(new OpenCycle(cycleId, year, year + "年度企业绿色信用评价（试点批次）", codes,
                                 DefaultIndicatorSystem.SYSTEM, DefaultIndicatorSystem.VERSION), SyntheticFacts.OFFICER);
        world.awaitFanOut();
    }

    /** The numbered enterprises declare a signed credit commitment; those in {@code rejected} will not be confirmed. */
    private void declare(String cycleId, List<Integer> declaring, List<Integer> rejected) {
        for (int number : declaring) {
            world.send(new DeclareItem(code(number), id("declared/" + cycleId + "/" + number), FactType.CREDIT_COMMITMENT,
                                       LocalDate.of(cycleYear(cycleId) - 1, 12, 15), Evidence.of("信用承诺书"),
                                       FactAttributes.of("text", "严格遵守生态环境法律法规，依法排污，诚信经营，接受社会监督")),
                       enterpriseUser(number));
        }
        declaredThisCycle = declaring;
        rejectedThisCycle = rejected;
    }

    private void verify(String cycleId) {
        for (int number : declaredThisCycle) {
            boolean rejected = rejectedThisCycle.contains(number);
            world.send(new VerifyDeclaredItem(code(number), id("declared/" + cycleId + "/" + number),
                                              rejected ? VerificationOutcome.REJECTED : VerificationOutcome.CONFIRMED,
                                              world.today(), rejected ? "承诺书未加盖企业公章" : "核对原件无误"),
                       SyntheticFacts.ASSESSOR);
        }
    }

    private void object(String cycleId, int number, String reason) {
        world.send(new FileObjection(code(number), cycleId, reason, Evidence.of("情况说明及证明材料")),
                   enterpriseUser(number));
    }

    private void upheld(String cycleId, int number) {
        String code = code(number);
        CreditFileEntry revoked = seriousViolationOf(code, currentYear() - 2)
                .orElseThrow(() -> new IllegalStateException("no violation to revoke for " + code));
        world.send(new ReviewObjection(code, cycleId, ObjectionOutcome.UPHELD, "经复核，该处罚决定已被行政复议撤销"),
                   REVIEWER);
        world.send(new CorrectViolation(code, revoked.id(), CorrectionOutcome.REVOKED, world.today(),
                                        Evidence.of("通州区人民政府行政复议决定书"), null), SyntheticFacts.OFFICER);
        world.send(new RegradeAfterReview(code, cycleId), SyntheticFacts.OFFICER);
    }

    private void rejected(String cycleId, int number) {
        world.send(new ReviewObjection(code(number), cycleId, ObjectionOutcome.REJECTED,
                                       "经复核，监测数据有效，原认定无误"), REVIEWER);
    }

    private void applyForRepair(String cycleId, int number) {
        String code = code(number);
        List<String> violations = world.entries(code).stream()
                                       .filter(entry -> entry.type().equals("VIOLATION")
                                               && entry.occurredOn().getYear() == currentYear() - 2)
                                       .map(CreditFileEntry::id).toList();
        world.send(new ApplyForRepair(code, id("repair/" + cycleId), violations, Evidence.of("整改验收报告、罚款缴纳凭证"),
                                      "严格遵守生态环境法律法规，依法排污，诚信经营，接受社会监督"),
                   enterpriseUser(number));
    }

    private Optional<CreditFileEntry> seriousViolationOf(String code, int year) {
        return world.entries(code).stream()
                    .filter(entry -> entry.type().equals("VIOLATION") && entry.occurredOn().getYear() == year
                            && entry.status().equals("COUNTED"))
                    .findFirst();
    }

    private String code(int number) {
        return enterprises.get(number - 1).creditCode();
    }

    private Actor enterpriseUser(int number) {
        return Actor.enterprise("contact-" + code(number), code(number));
    }

    /** A serious violation may be repaired twelve months after it (the version's minimum wait), here a little later. */
    private LocalDate repairableFrom(int number) {
        return world.entries(code(number)).stream()
                    .filter(entry -> entry.type().equals("VIOLATION") && entry.occurredOn().getYear() == currentYear() - 2)
                    .map(entry -> entry.occurredOn().plusMonths(12).plusDays(10))
                    .max(Comparator.naturalOrder()).orElse(world.today());
    }

    private static LocalDate latest(LocalDate first, LocalDate second) {
        return first.isAfter(second) ? first : second;
    }

    private static LocalDate earliest(LocalDate first, LocalDate second) {
        return first.isBefore(second) ? first : second;
    }

    private static String id(String name) {
        return UUID.nameUUIDFromBytes(("demo/" + name).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
