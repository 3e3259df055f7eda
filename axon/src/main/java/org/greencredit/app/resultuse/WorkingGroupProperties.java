package org.greencredit.app.resultuse;

import java.util.List;
import org.greencredit.domain.resultuse.ResultUse;

/**
 * Settings under {@code greencredit.working-group.*} (part of {@code GreenCreditProperties}): the departments of
 * the working group (工作小组) and partner institutions with the codes user accounts carry, the result uses each
 * applies, and per use the grades in force that are treated preferentially or with caution. The shipped catalogue
 * is in {@code application.yml}; a list given in other configuration replaces it whole (Spring Boot binds lists as
 * a unit).
 *
 * @param departments every department, in the order lists offer them
 * @param uses        per result use its grades; every use a department applies needs one
 */
public record WorkingGroupProperties(List<Department> departments, List<Use> uses) {

    public WorkingGroupProperties {
        departments = departments == null ? List.of() : departments;
        uses = uses == null ? List.of() : uses;
    }

    /**
     * @param code    what a user account's department holds (its Chinese name is accepted too)
     * @param nameZh  the department's name
     * @param nameEn  its English name
     * @param uses    the result uses it applies (none: its users see no list)
     */
    public record Department(String code, String nameZh, String nameEn, List<ResultUse> uses) {
    }

    /**
     * @param use          the result use
     * @param preferential grade codes whose enterprises are treated preferentially (优先)
     * @param caution      grade codes whose enterprises are treated with caution (审慎)
     */
    public record Use(ResultUse use, List<String> preferential, List<String> caution) {
    }
}
