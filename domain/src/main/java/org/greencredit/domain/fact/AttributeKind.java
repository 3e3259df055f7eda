package org.greencredit.domain.fact;

/** What kind of value a fact attribute holds, as stored in {@link FactAttributes}. */
public enum AttributeKind {
    /** one value out of a fixed list, stored as its code */
    CHOICE,
    /** any number of values out of a fixed list, stored as a sorted list of codes */
    CHOICES,
    /** a decimal number */
    DECIMAL,
    /** a whole number */
    WHOLE_NUMBER,
    /** true or false */
    FLAG,
    /** free text */
    TEXT,
    /** an ISO date, yyyy-MM-dd */
    DATE,
    /** the id of another fact (or declared item) in the same credit file */
    REFERENCE
}
