package org.greencredit.app.generator;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.greencredit.app.reference.ShippedReferenceData;

/**
 * Enters the shipped indicator system and calendar if the store lacks them, tells the demo district's story
 * ({@link DemoStory}) up to the day before {@code today}, and waits until every
 * read model has caught up, so the application that starts next on the same store finds everything in place.
 */
public class DemoDistrictSeeder {

    private final DistrictWorlds worlds;
    private final ShippedReferenceData referenceData;

    DemoDistrictSeeder(DistrictWorlds worlds, ShippedReferenceData referenceData) {
        this.worlds = worlds;
        this.referenceData = referenceData;
    }

    /** What was seeded: the enterprises, the commands sent and the two cycles ({@code currentCycle} null if none). */
    public record Seeded(int enterprises, long commands, String earlierCycle, String currentCycle,
                         String demoEnterpriseCreditCode) {
    }

    public Seeded seed(LocalDate today, Consumer<String> progress) {
        referenceData.publishIfAbsent();
        DistrictWorld world = worlds.open(0);
        DemoStory story = new DemoStory(world, today);
        if (!story.calendarKnowsBothYears()) {
            throw new IllegalStateException("the working-day calendar does not know " + (today.getYear() - 1)
                                            + " and " + today.getYear() + ": enter their arrangements first");
        }
        Optional<String> current = story.tell(progress);
        world.awaitAllCaughtUp();
        List<DemoEnterprises.DemoEnterprise> enterprises = DemoEnterprises.all();
        return new Seeded(enterprises.size(), world.commandsSent(), story.earlierCycleId(), current.orElse(null),
                          enterprises.get(DemoEnterprises.DEMO_ENTERPRISE_USER - 1).creditCode());
    }
}
