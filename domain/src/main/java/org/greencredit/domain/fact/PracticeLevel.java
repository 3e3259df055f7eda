package org.greencredit.domain.fact;

/**
 * Level of a green practice: the awarding government level (国家级/市级/区级) or, for the heavy-pollution-weather
 * performance rating, its grade (A级/引领性/B级/C级).
 */
public enum PracticeLevel {
    NATIONAL,
    MUNICIPAL,
    DISTRICT,
    A,
    LEADING,
    B,
    C
}
