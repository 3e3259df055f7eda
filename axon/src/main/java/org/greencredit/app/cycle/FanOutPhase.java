package org.greencredit.app.cycle;

import java.util.List;
import java.util.function.Function;
import org.greencredit.domain.creditfile.api.CloseDeclaration;
import org.greencredit.domain.creditfile.api.CloseDisclosure;
import org.greencredit.domain.creditfile.api.GradeEvaluation;
import org.greencredit.domain.creditfile.api.OpenEvaluation;
import org.greencredit.domain.creditfile.api.PublishFinalGrade;
import org.greencredit.domain.cycle.api.CycleOpened;
import org.greencredit.domain.cycle.api.DeclarationPhaseClosed;
import org.greencredit.domain.cycle.api.DisclosurePhaseClosed;
import org.greencredit.domain.cycle.api.FinalGradesPublished;
import org.greencredit.domain.cycle.api.VerificationPhaseClosed;
import org.greencredit.projections.cycle.FanOutStep;

/** A phase event of a cycle read as a fan-out: its step, its batch, and the command each credit file receives. */
record FanOutPhase(FanOutStep step, String cycleId, List<String> creditCodes, Function<String, Object> command) {

    static FanOutPhase of(Object event) {
        if (event instanceof CycleOpened opened) {
            return new FanOutPhase(FanOutStep.OPEN_EVALUATIONS, opened.cycleId(), opened.creditCodes(),
                                   code -> new OpenEvaluation(code, opened.cycleId(), opened.periodFrom(),
                                                              opened.periodTo(), opened.indicatorSystem(),
                                                              opened.indicatorVersion(), opened.versionHash(),
                                                              opened.schedule().declarationDeadline(),
                                                              opened.schedule().verificationDeadline()));
        }
        if (event instanceof DeclarationPhaseClosed closed) {
            return new FanOutPhase(FanOutStep.CLOSE_DECLARATIONS, closed.cycleId(), closed.creditCodes(),
                                   code -> new CloseDeclaration(code, closed.cycleId()));
        }
        if (event instanceof VerificationPhaseClosed closed) {
            return new FanOutPhase(FanOutStep.GRADE_AND_DISCLOSE, closed.cycleId(), closed.creditCodes(),
                                   code -> new GradeEvaluation(code, closed.cycleId(), closed.gradedAsOf(),
                                                               closed.disclosureStart(), closed.disclosureEnd()));
        }
        if (event instanceof DisclosurePhaseClosed closed) {
            return new FanOutPhase(FanOutStep.CLOSE_DISCLOSURE, closed.cycleId(), closed.creditCodes(),
                                   code -> new CloseDisclosure(code, closed.cycleId()));
        }
        if (event instanceof FinalGradesPublished published) {
            return new FanOutPhase(FanOutStep.PUBLISH_FINAL_GRADES, published.cycleId(), published.creditCodes(),
                                   code -> new PublishFinalGrade(code, published.cycleId()));
        }
        throw new IllegalArgumentException("not a phase event of a cycle: " + event.getClass().getName());
    }
}
