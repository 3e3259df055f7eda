package org.greencredit.ui.components;

import com.vaadin.flow.component.grid.FooterRow;
import com.vaadin.flow.component.grid.FooterRow.FooterCell;
import com.vaadin.flow.component.grid.Grid;

/**
 * Every list says how many rows it holds ("共 N 条", under its first column, kept up to date as the rows change or
 * a lazy list counts them; the first footer row cannot span columns) and what it means when it holds none, instead of an empty box.
 */
public final class GridCount {

    private GridCount() {
    }

    /** Call once the grid's columns are added; {@code emptyKey} names what "no rows" means for this list. */
    public static void show(Grid<?> grid, String emptyKey) {
        grid.setEmptyStateText(grid.getTranslation(emptyKey));
        FooterCell cell = grid.appendFooterRow().getCell(grid.getColumns().get(0));
        cell.setText(grid.getTranslation("grid.count", 0));
        grid.getGenericDataView().addItemCountChangeListener(
                change -> cell.setText(grid.getTranslation(change.isItemCountEstimated() ? "grid.count.atLeast"
                                                                                          : "grid.count",
                                                           change.getItemCount())));
    }

    /** The count line as shown, for tests and for views that repeat it elsewhere. */
    public static String text(Grid<?> grid) {
        FooterRow footer = grid.getFooterRows().get(grid.getFooterRows().size() - 1);
        return footer.getCell(grid.getColumns().get(0)).getText();
    }
}
