package org.greencredit.ui.creditfile;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.greencredit.domain.fact.FactType;
import org.greencredit.projections.creditfile.CreditFileEntry;
import org.greencredit.ui.i18n.AttributeLabels;

/**
 * The one-line contents of a credit file's entries, a reference to another entry of the file (the violation a
 * penalty was paid for, the finding rectified) named by that entry's label instead of its id.
 */
final class FactSummaries {

    private final Map<String, CreditFileEntry> byId;
    private final BiFunction<String, Object[], String> translate;

    FactSummaries(List<CreditFileEntry> entries, Component owner) {
        this.byId = entries.stream().collect(Collectors.toMap(CreditFileEntry::id, Function.identity(), (a, b) -> a));
        this.translate = (key, arguments) -> owner.getTranslation(key, arguments);
    }

    String of(CreditFileEntry entry) {
        return AttributeLabels.summary(FactType.valueOf(entry.type()), entry.attributes(), translate, this::label);
    }

    private String label(String id) {
        CreditFileEntry referenced = byId.get(id);
        return referenced == null ? translate.apply("factLabel.unknown", new Object[0])
                : AttributeLabels.label(FactType.valueOf(referenced.type()), referenced.attributes(),
                                        referenced.occurredOn(), translate);
    }
}
