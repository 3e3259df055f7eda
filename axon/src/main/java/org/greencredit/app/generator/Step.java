package org.greencredit.app.generator;

import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * One dated step of a cycle as a district lives it: its name for the progress report, its day — worked out only
 * when the steps before it have run, because it may depend on them — and what happens then.
 */
record Step(String name, Supplier<LocalDate> day, Runnable action) {
}
