package org.greencredit.ui.cycle;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** Horizontal bars drawn on the server as plain divs whose width is the share of the whole. */
final class Bars {

    private Bars() {
    }

    /** One bar per key, in the keys' natural order: a state machine's order for enum keys. */
    static <K extends Comparable<K>> Div section(String heading, String id, Map<K, Long> counts,
                                                 Function<K, String> label, long whole) {
        Div section = new Div();
        section.setId(id);
        section.addClassName("cycle-bars");
        Span title = new Span(heading);
        title.addClassName("cycle-bars-heading");
        section.add(title);
        new TreeMap<>(counts).forEach((key, count) -> section.add(bar(label.apply(key), count, whole)));
        return section;
    }

    private static Div bar(String label, long count, long whole) {
        Span name = new Span(label);
        name.addClassName("cycle-bar-label");
        Div fill = new Div();
        fill.addClassName("cycle-bar-fill");
        fill.setWidth((whole == 0 ? 0 : Math.round(100.0 * count / whole)) + "%");
        Div track = new Div(fill);
        track.addClassName("cycle-bar-track");
        Span number = new Span(String.valueOf(count));
        number.addClassName("cycle-bar-count");
        Div row = new Div(name, track, number);
        row.addClassName("cycle-bar");
        return row;
    }
}
