package org.greencredit.domain.indicator;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A rule that acts on the grade rather than the score: a veto (一票否决: the worst grade), a ceiling (the grade is
 * no better than {@code maxGrade}) or a downgrade (one grade worse).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SpecialRule(String id, LocalizedText name, FactMatch match, Window window, String maxGrade) {
}
