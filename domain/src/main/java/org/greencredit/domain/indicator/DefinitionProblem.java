package org.greencredit.domain.indicator;

import java.util.List;

/**
 * One thing wrong with an indicator system definition: where ({@code path}, e.g.
 * {@code dimensions[1].indicators[0].rules[0]}), what (a message key the UI translates) and the details.
 */
public record DefinitionProblem(String path, String messageKey, List<String> arguments) {

    public DefinitionProblem {
        arguments = List.copyOf(arguments);
    }

    @Override
    public String toString() {
        return path + ": " + messageKey + (arguments.isEmpty() ? "" : " " + arguments);
    }
}
