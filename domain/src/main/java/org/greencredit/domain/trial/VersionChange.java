package org.greencredit.domain.trial;

/**
 * One difference between two indicator system versions that can change a grade, the unit of the sensitivity line:
 * a scoring rule ({@code RULE}, by rule id), a veto, ceiling or downgrade (by rule id), an indicator added, removed,
 * moved or with another cap ({@code INDICATOR}, by code), a dimension added, removed or with another base or maximum
 * ({@code DIMENSION}), one grade's minimum score ({@code GRADE}) or, when the versions grade with other codes, the
 * whole grade table ({@code GRADES}). Names, the procedure, repair and supervision settings change no grade and are
 * not differences here.
 */
public record VersionChange(Kind kind, String id) {

    public enum Kind { RULE, VETO, CEILING, DOWNGRADE, INDICATOR, DIMENSION, GRADE, GRADES }

    /** e.g. {@code RULE:EM03-a}. */
    public String key() {
        return kind + ":" + id;
    }
}
