package org.greencredit.domain.intake;

import java.util.List;
import java.util.Optional;

/**
 * 导入模板: the columns of one kind of import file. {@code name} names the template (e.g. {@code enterprises},
 * {@code facts-VIOLATION}) and is part of the downloaded template's file name.
 */
public record ImportLayout(String name, ImportKind kind, String title, List<ImportColumn> columns) {

    public ImportLayout {
        columns = List.copyOf(columns);
    }

    public Optional<ImportColumn> column(String key) {
        return columns.stream().filter(column -> column.key().equals(key)).findFirst();
    }
}
