package org.greencredit.projections.directory;

/** 分级分类监管: the enterprises in scope of one supervision tier, with their grade and since when, by credit code. */
public record FindEnterprisesByTier(String tier, int offset, int limit) {
}
