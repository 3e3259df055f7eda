package org.greencredit.ui.portal;

import com.vaadin.flow.component.html.Paragraph;
import org.greencredit.ui.i18n.RefusalMessages;
import org.greencredit.ui.portal.RepairChecklist.RepairCheck;

/**
 * 能否申请信用修复: the one answer to "may this enterprise apply for repair now", worded from the
 * {@link RepairChecklist}'s check of the grade in force. The portal and the full credit file both show it, so they
 * cannot disagree — a disclosed preliminary grade, for instance, is not the grade in force and never decides it.
 */
public class RepairVerdict extends Paragraph {

    public RepairVerdict(String id, RepairCheck check) {
        setId(id);
        addClassName("repair-verdict");
        if (check.refusal() != null) {
            setText(RefusalMessages.of(check.refusal()));
            addClassName("portal-condition-failed");
        } else if (check.repairableFacts().isEmpty()) {
            setText(getTranslation("repair.verdict.nothingToRepair", check.grade()));
        } else {
            setText(getTranslation("repair.verdict.eligible", check.grade(), check.repairableFacts().size()));
        }
    }
}
