package org.greencredit.ui.components;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import java.util.List;

/** A plain HTML table: light enough for the many small tables of a definition, and it prints cleanly. */
public final class SimpleTable extends Div {

    public SimpleTable(String id, List<String> headers, List<List<String>> rows) {
        setId(id);
        addClassName("indicator-table");
        Element table = new Element("table");
        Element head = new Element("tr");
        headers.forEach(header -> head.appendChild(new Element("th").setText(header)));
        table.appendChild(new Element("thead").appendChild(head));
        Element body = new Element("tbody");
        rows.forEach(row -> {
            Element line = new Element("tr");
            row.forEach(cell -> line.appendChild(new Element("td").setText(cell)));
            body.appendChild(line);
        });
        table.appendChild(body);
        getElement().appendChild(table);
    }
}
