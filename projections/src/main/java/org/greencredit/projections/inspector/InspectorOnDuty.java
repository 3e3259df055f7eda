package org.greencredit.projections.inspector;

import java.util.List;

/**
 * An active 执法人员 as the inspection draw sees them: their id in the directory, name, department, enforcement
 * certificate number (执法证号) and the credit codes of the enterprises they are recused from (回避名单), sorted.
 */
public record InspectorOnDuty(String inspectorId, String name, String department, String certificateNumber,
                              List<String> recusedCreditCodes) {

    public InspectorOnDuty {
        recusedCreditCodes = List.copyOf(recusedCreditCodes);
    }
}
