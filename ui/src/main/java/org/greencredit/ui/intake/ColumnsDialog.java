package org.greencredit.ui.intake;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import org.greencredit.domain.intake.ImportColumn;
import org.greencredit.domain.intake.ImportLayout;
import org.greencredit.ui.components.GridCount;

/** 列说明 of one import layout: every column's header, key, whether it is required, what it holds, an example. */
final class ColumnsDialog extends Dialog {

    ColumnsDialog(ImportLayout layout) {
        setId("imports-columns-dialog");
        setHeaderTitle(getTranslation("imports.columns.title", layout.title()));
        setWidth("min(72rem, 95vw)");

        Grid<ImportColumn> columns = new Grid<>();
        columns.setId("imports-columns-grid");
        columns.addColumn(ImportColumn::header).setHeader(getTranslation("imports.columns.header"))
               .setAutoWidth(true).setFlexGrow(0);
        columns.addColumn(ImportColumn::key).setHeader(getTranslation("imports.columns.key"))
               .setAutoWidth(true).setFlexGrow(0);
        columns.addColumn(column -> getTranslation(column.required() ? "imports.columns.required"
                                                                     : "imports.columns.optional"))
               .setHeader(getTranslation("imports.columns.requirement")).setAutoWidth(true).setFlexGrow(0);
        columns.addColumn(ImportColumn::description).setHeader(getTranslation("imports.columns.description"))
               .setFlexGrow(1);
        columns.addColumn(ImportColumn::example).setHeader(getTranslation("imports.columns.example"))
               .setAutoWidth(true).setFlexGrow(0);
        columns.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        GridCount.show(columns, "grid.empty");
        columns.setItems(layout.columns());
        columns.setAllRowsVisible(true);
        add(columns);

        Button close = new Button(getTranslation("imports.columns.close"), click -> close());
        close.setId("imports-columns-close");
        getFooter().add(close);
    }
}
