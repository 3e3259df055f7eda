package org.greencredit.ui.fact;

import java.util.Arrays;
import java.util.List;
import org.greencredit.domain.actor.Role;
import org.greencredit.domain.fact.FactType;

/**
 * The fact types a role is offered in the "record a fact" dialog. It mirrors the credit file's own permission
 * rules so the form does not offer what would be refused; the credit file still decides on every command.
 */
public final class RecordableFactTypes {

    private RecordableFactTypes() {
    }

    public static List<FactType> of(Role role) {
        return switch (role) {
            case OFFICER -> Arrays.stream(FactType.values())
                                  .filter(type -> type != FactType.DIAGNOSIS_FINDING
                                                  && type != FactType.FALSE_DECLARATION)
                                  .toList();
            case ASSESSOR -> List.of(FactType.DIAGNOSIS_FINDING, FactType.RECTIFICATION_COMPLETED);
            default -> List.of();
        };
    }
}
