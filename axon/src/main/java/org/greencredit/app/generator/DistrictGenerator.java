package org.greencredit.app.generator;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import org.greencredit.domain.creditfile.api.RegisterEnterprise;

/**
 * Builds a synthetic district through the normal command path, on the simulated clock: registers the enterprises,
 * then walks day by day through the years — every fact on the day it is recorded, every cycle step on its day —
 * so each command is checked as a real one would be, deadlines are acted on by the real sweep, and the grades come
 * out of the facts. Deterministic for a seed: the same settings give the same events (their recording times
 * aside).
 */
public class DistrictGenerator {

    private final DistrictWorlds worlds;

    DistrictGenerator(DistrictWorlds worlds) {
        this.worlds = worlds;
    }

    public GenerationSummary generate(GeneratorSettings settings, Consumer<String> progress) {
        long started = System.nanoTime();
        DistrictWorld world = worlds.open(settings.seed());
        Random random = new Random(settings.seed());
        int firstYear = settings.lastFactYear() - settings.years() + 1;
        world.moveTo(LocalDate.of(firstYear, 1, 2));

        SyntheticEnterprises enterprises = new SyntheticEnterprises(random);
        List<String> codes = new ArrayList<>();
        for (int n = 1; n <= settings.enterprises(); n++) {
            RegisterEnterprise registration = enterprises.next(n);
            world.send(registration, SyntheticFacts.OFFICER);
            codes.add(registration.creditCode());
            if (n % 500 == 0 || n == settings.enterprises()) {
                progress.accept("registered " + n + " of " + settings.enterprises() + " enterprises");
            }
        }

        SyntheticFacts facts = new SyntheticFacts(random, settings.seed());
        List<PlannedCommand> planned = new ArrayList<>();
        for (int year = firstYear; year <= settings.lastFactYear(); year++) {
            for (String code : codes) {
                planned.addAll(facts.forYear(code, year));
            }
        }
        planned.sort(Comparator.comparing(PlannedCommand::day));
        Deque<PlannedCommand> pending = new ArrayDeque<>(planned);

        Set<Integer> knownYears = world.workingDays().knownYears();
        List<String> cycleIds = new ArrayList<>();
        List<Integer> withoutCycle = new ArrayList<>();
        Deque<Step> steps = new ArrayDeque<>();
        for (int year = firstYear; year <= settings.lastFactYear(); year++) {
            if (!knownYears.contains(year + 1)) {
                withoutCycle.add(year);
                continue;
            }
            SyntheticCycle cycle = new SyntheticCycle(world, new Random(settings.seed() * 31 + year), year);
            cycleIds.add(cycle.cycleId());
            steps.addAll(cycle.steps(codes));
        }

        world.play(pending, steps, progress);
        return new GenerationSummary(settings.enterprises(), world.commandsSent(), cycleIds, withoutCycle,
                                     Duration.ofNanos(System.nanoTime() - started));
    }
}
