package org.greencredit.domain.resultuse;

import java.util.List;
import java.util.Locale;

/**
 * A department of the green credit working group (工作小组) or a partner institution (a bank), with the code that user
 * accounts carry as their department, its names and the result uses it applies.
 */
public record WorkingGroupDepartment(String code, String nameZh, String nameEn, List<ResultUse> uses) {

    public WorkingGroupDepartment {
        if (code == null || code.isBlank() || nameZh == null || nameZh.isBlank()) {
            throw new IllegalArgumentException("a department has a code and a Chinese name");
        }
        nameEn = nameEn == null || nameEn.isBlank() ? nameZh : nameEn;
        uses = uses == null ? List.of() : List.copyOf(uses);
        if (uses.stream().distinct().count() != uses.size()) {
            throw new IllegalArgumentException("department " + code + " names a use twice");
        }
    }

    public String name(Locale locale) {
        return Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? nameZh : nameEn;
    }

    /** Whether a user account's department names this department: by its code, or by its Chinese name as typed. */
    public boolean isNamedBy(String accountDepartment) {
        if (accountDepartment == null) {
            return false;
        }
        String named = accountDepartment.strip();
        return code.equals(named) || nameZh.equals(named);
    }
}
