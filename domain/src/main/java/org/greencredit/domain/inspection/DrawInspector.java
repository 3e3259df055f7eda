package org.greencredit.domain.inspection;

import java.util.List;

/**
 * An inspector who may be drawn (执法人员名录, active), by id, with the credit codes of the enterprises they are
 * recused from (回避), sorted. Names are not needed to draw and stay in the directory.
 */
public record DrawInspector(String inspectorId, List<String> recusedCreditCodes) {

    public DrawInspector {
        recusedCreditCodes = recusedCreditCodes.stream().sorted().distinct().toList();
    }
}
