package org.greencredit.ui.inspection;

import com.vaadin.flow.component.Component;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.greencredit.domain.indicator.IndicatorSystem;
import org.greencredit.projections.inspection.InspectionEntry;
import org.greencredit.ui.catalog.IndicatorCatalogReader;

/**
 * How the inspection views write a plan's parts in the user's language: tiers by the names of the version in
 * effect, the basis of a draw, a result with its day or reason, and inspectors by their names in the directory.
 */
final class InspectionTexts {

    private final Component view;
    private final Map<String, String> tierNames = new LinkedHashMap<>();
    private final Map<String, String> inspectorNames;

    InspectionTexts(Component view, Locale locale, IndicatorCatalogReader catalog, Map<String, String> inspectorNames) {
        this.view = view;
        this.inspectorNames = inspectorNames;
        catalog.latestPublished().map(IndicatorSystem::supervision).orElse(List.of())
               .forEach(tier -> tierNames.putIfAbsent(tier.tier(), tier.name().in(locale)));
    }

    String tier(String code) {
        return tierNames.getOrDefault(code, code);
    }

    String basis(InspectionEntry entry) {
        return view.getTranslation("inspections.basis." + entry.basis().name());
    }

    /** 待检查, or the outcome with its day (or the reason it was not inspected), marked when it was corrected. */
    String outcome(InspectionEntry entry) {
        if (entry.outcome() == null) {
            return view.getTranslation("inspections.outcome.pending");
        }
        String text = switch (entry.outcome()) {
            case NOT_INSPECTED -> view.getTranslation("inspections.outcome.notInspected", entry.note());
            default -> view.getTranslation("inspections.outcome.on",
                                           view.getTranslation("inspections.outcome." + entry.outcome().name()),
                                           String.valueOf(entry.inspectedOn()));
        };
        return entry.correctionReason() == null ? text
                : view.getTranslation("inspections.outcome.corrected", text, entry.correctionReason());
    }

    String inspector(String inspectorId) {
        return inspectorNames.getOrDefault(inspectorId, inspectorId);
    }

    /** The two inspectors by name ("张建国、李秀英"); an off-site check has none. */
    String inspectors(InspectionEntry entry) {
        return entry.inspectorIds().stream().map(this::inspector).collect(Collectors.joining("、"));
    }
}
