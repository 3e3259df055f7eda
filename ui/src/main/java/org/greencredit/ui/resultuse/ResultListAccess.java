package org.greencredit.ui.resultuse;

import java.util.Optional;
import org.greencredit.domain.resultuse.WorkingGroup;
import org.greencredit.domain.resultuse.WorkingGroupDepartment;
import org.greencredit.ui.security.SignedInUser;

/**
 * Who may read which department's result-use lists (R14): a partner only its own department's, named by its
 * account's department; officers, administrators and auditors every department's; nobody else any.
 */
public record ResultListAccess(WorkingGroup workingGroup) {

    /** The department whose lists a partner sees; empty for staff and for a partner of no catalogued department. */
    public Optional<WorkingGroupDepartment> ownDepartment(SignedInUser user) {
        return workingGroup.departmentOf(user.department());
    }

    public boolean mayRead(SignedInUser user, WorkingGroupDepartment department) {
        return switch (user.role()) {
            case OFFICER, ADMIN, AUDITOR -> true;
            case PARTNER -> ownDepartment(user).filter(department::equals).isPresent();
            default -> false;
        };
    }
}
