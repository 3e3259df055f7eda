package org.greencredit.domain.indicator;

import java.util.List;
import java.util.stream.Collectors;

/** An indicator system definition that cannot be used, with every problem found in it. */
public class InvalidIndicatorSystem extends RuntimeException {

    private final transient List<DefinitionProblem> problems;

    public InvalidIndicatorSystem(List<DefinitionProblem> problems) {
        super(problems.stream().map(DefinitionProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<DefinitionProblem> problems() {
        return problems;
    }
}
