package org.greencredit.domain.trial;

/** What a trial compares its version with: another version scored on the same facts, or the grades in force. */
public enum Baseline { VERSION, IN_FORCE }
