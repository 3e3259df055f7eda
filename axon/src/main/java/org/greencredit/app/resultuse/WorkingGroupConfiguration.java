package org.greencredit.app.resultuse;

import org.greencredit.app.GreenCreditProperties;
import org.greencredit.domain.resultuse.ResultUseRule;
import org.greencredit.domain.resultuse.WorkingGroup;
import org.greencredit.domain.resultuse.WorkingGroupDepartment;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The working group's catalogue from configuration; a catalogue that contradicts itself stops the start. */
@Configuration(proxyBeanMethods = false)
public class WorkingGroupConfiguration {

    @Bean
    public WorkingGroup workingGroup(GreenCreditProperties settings) {
        WorkingGroupProperties properties = settings.workingGroup();
        try {
            return WorkingGroup.of(
                    properties.departments().stream()
                              .map(d -> new WorkingGroupDepartment(d.code(), d.nameZh(), d.nameEn(), d.uses()))
                              .toList(),
                    properties.uses().stream()
                              .map(u -> new ResultUseRule(u.use(), u.preferential(), u.caution())).toList());
        } catch (IllegalArgumentException mistake) {
            throw new IllegalStateException("greencredit.working-group: " + mistake.getMessage(), mistake);
        }
    }
}
