package org.greencredit.projections.decision;

import java.util.List;

/** Sentences explaining a decision or a change between two, in the language asked for. */
public record Explanation(List<String> sentences) {

    public Explanation {
        sentences = List.copyOf(sentences);
    }
}
