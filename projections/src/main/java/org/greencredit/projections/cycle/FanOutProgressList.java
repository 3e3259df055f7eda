package org.greencredit.projections.cycle;

import java.util.List;

public record FanOutProgressList(List<FanOutProgress> items) {

    public FanOutProgressList {
        items = List.copyOf(items);
    }
}
