package org.greencredit.domain.resultuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class WorkingGroupTest {

    private static final ResultUseRule LICENSING = new ResultUseRule(ResultUse.LICENSING, List.of("A"), List.of("C", "D"));
    private static final ResultUseRule FINANCE = new ResultUseRule(ResultUse.GREEN_FINANCE, List.of("A", "B"), List.of("D"));
    private static final WorkingGroupDepartment ECOLOGY =
            new WorkingGroupDepartment("ECOLOGY", "区生态环境局", "District Ecology Bureau", List.of(ResultUse.LICENSING));
    private static final WorkingGroupDepartment BANK =
            new WorkingGroupDepartment("PARTNER_BANK", "合作银行", null, List.of(ResultUse.GREEN_FINANCE));

    @Test
    void aUserAccountNamesItsDepartmentByCodeOrByItsChineseName() {
        WorkingGroup group = WorkingGroup.of(List.of(ECOLOGY, BANK), List.of(LICENSING, FINANCE));

        assertThat(group.departmentOf("ECOLOGY")).contains(ECOLOGY);
        assertThat(group.departmentOf(" 区生态环境局 ")).contains(ECOLOGY);
        assertThat(group.departmentOf("ecology")).isEmpty();
        assertThat(group.departmentOf("区生态环境局执法大队")).isEmpty();
        assertThat(group.departmentOf(null)).isEmpty();
        assertThat(group.department("PARTNER_BANK")).contains(BANK);
    }

    @Test
    void aGradeIsTreatedPreferentiallyWithCautionOrNotListed() {
        assertThat(FINANCE.treatmentOf("A")).contains(Treatment.PREFERENTIAL);
        assertThat(FINANCE.treatmentOf("B")).contains(Treatment.PREFERENTIAL);
        assertThat(FINANCE.treatmentOf("C")).isEmpty();
        assertThat(FINANCE.treatmentOf("D")).contains(Treatment.CAUTION);
        assertThat(LICENSING.grades(Treatment.CAUTION)).containsExactly("C", "D");
    }

    @Test
    void anEnglishNameDefaultsToTheChineseOne() {
        assertThat(BANK.name(Locale.ENGLISH)).isEqualTo("合作银行");
        assertThat(ECOLOGY.name(Locale.ENGLISH)).isEqualTo("District Ecology Bureau");
        assertThat(ECOLOGY.name(Locale.SIMPLIFIED_CHINESE)).isEqualTo("区生态环境局");
    }

    @Test
    void refusesACatalogueThatContradictsItself() {
        assertThatThrownBy(() -> new ResultUseRule(ResultUse.AWARDS, List.of("A"), List.of("A")))
                .hasMessageContaining("both preferential and caution");
        assertThatThrownBy(() -> WorkingGroup.of(List.of(ECOLOGY, ECOLOGY), List.of(LICENSING)))
                .hasMessageContaining("used twice");
        assertThatThrownBy(() -> WorkingGroup.of(List.of(BANK), List.of(LICENSING)))
                .hasMessageContaining("has no grades configured");
        assertThatThrownBy(() -> WorkingGroup.of(List.of(), List.of(LICENSING, LICENSING)))
                .hasMessageContaining("configured twice");
        assertThatThrownBy(() -> new WorkingGroupDepartment("X", "某部门", null,
                                                            List.of(ResultUse.AWARDS, ResultUse.AWARDS)))
                .hasMessageContaining("names a use twice");
        assertThatThrownBy(() -> WorkingGroup.of(List.of(), List.of()).rule(ResultUse.AWARDS))
                .hasMessageContaining("no grades configured");
    }
}
