package org.greencredit.domain.resultuse;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The catalogue of the working group's departments and, per result use, the grades each treatment applies to
 * (department → uses → grades). It is configuration, not an event: which departments take part and how they use
 * grades changes with the district's arrangements, not with any decision, and every list is derived from the grade
 * in force when it is read.
 */
public record WorkingGroup(List<WorkingGroupDepartment> departments, Map<ResultUse, ResultUseRule> rules) {

    public WorkingGroup {
        departments = List.copyOf(departments);
        rules = Map.copyOf(rules);
        Set<String> codes = new HashSet<>();
        for (WorkingGroupDepartment department : departments) {
            if (!codes.add(department.code())) {
                throw new IllegalArgumentException("department code " + department.code() + " is used twice");
            }
            for (ResultUse use : department.uses()) {
                if (!rules.containsKey(use)) {
                    throw new IllegalArgumentException("department " + department.code() + " applies " + use
                                                       + ", which has no grades configured");
                }
            }
        }
    }

    public static WorkingGroup of(List<WorkingGroupDepartment> departments, List<ResultUseRule> rules) {
        Map<ResultUse, ResultUseRule> byUse = new EnumMap<>(ResultUse.class);
        for (ResultUseRule rule : rules) {
            if (byUse.put(rule.use(), rule) != null) {
                throw new IllegalArgumentException("the grades of " + rule.use() + " are configured twice");
            }
        }
        return new WorkingGroup(departments, byUse);
    }

    public Optional<WorkingGroupDepartment> department(String code) {
        return departments.stream().filter(department -> department.code().equals(code)).findFirst();
    }

    /** The department a user account's department field names, if it is one of the catalogue's. */
    public Optional<WorkingGroupDepartment> departmentOf(String accountDepartment) {
        return departments.stream().filter(department -> department.isNamedBy(accountDepartment)).findFirst();
    }

    public ResultUseRule rule(ResultUse use) {
        ResultUseRule rule = rules.get(use);
        if (rule == null) {
            throw new IllegalArgumentException("no grades configured for " + use);
        }
        return rule;
    }
}
