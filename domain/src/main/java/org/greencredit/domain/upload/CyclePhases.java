package org.greencredit.domain.upload;

import java.util.Optional;
import org.greencredit.domain.cycle.CyclePhase;

/** Where a cycle stands, asked by the uploads of its results; empty for a cycle that does not exist. */
public interface CyclePhases {

    Optional<CyclePhase> phaseOf(String cycleId);
}
