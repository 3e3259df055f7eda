package org.greencredit.projections.directory;

/** 正面清单: enterprises in scope whose grade in force puts them on the positive list, by credit code. */
public record FindPositiveList(int offset, int limit) {
}
