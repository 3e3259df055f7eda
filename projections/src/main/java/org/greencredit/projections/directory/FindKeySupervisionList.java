package org.greencredit.projections.directory;

/** 重点监管名单: enterprises in scope whose grade in force puts them under key supervision, by credit code. */
public record FindKeySupervisionList(int offset, int limit) {
}
