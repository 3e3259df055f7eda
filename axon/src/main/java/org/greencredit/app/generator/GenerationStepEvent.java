package org.greencredit.app.generator;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;

/**
 * A step of a generation (a phase of a cycle, a deadline), as a flight-recorder event: a recording of
 * {@code generate} then tells where the CPU of each step went ({@code GenerationProfile}, {@code bin/scale-benchmark}).
 * Costs nothing when no recording runs.
 */
@Name("org.greencredit.GenerationStep")
@Label("Generation step")
@Category("green-credit")
@Description("One step of generating a synthetic district, e.g. a phase of an evaluation cycle")
class GenerationStepEvent extends Event {

    @Label("Step")
    String step;
}
