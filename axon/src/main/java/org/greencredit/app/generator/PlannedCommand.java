package org.greencredit.app.generator;

import java.time.LocalDate;
import org.greencredit.domain.actor.Actor;

/** A command the generator sends on a given day of the simulated calendar, as a given actor. */
record PlannedCommand(LocalDate day, Object command, Actor actor) {
}
