package org.greencredit.ui.audit;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import java.util.Optional;
import org.greencredit.domain.enterprise.CreditCode;
import org.greencredit.projections.decision.DecisionSummary;
import org.greencredit.ui.components.LocalizedDatePicker;

/** 历史等级查询: the grade an enterprise had in force on a given day, and the decision it came from. */
class GradeAsOfPanel extends VerticalLayout {

    private final AuditClient audit;
    private final TextField creditCode = new TextField();
    private final LocalizedDatePicker date = new LocalizedDatePicker("");
    private final Div result = new Div();

    GradeAsOfPanel(AuditClient audit) {
        this.audit = audit;
        setPadding(false);
        creditCode.setLabel(getTranslation("audit.creditCode"));
        creditCode.setId("audit-asof-credit-code");
        creditCode.setClearButtonVisible(true);
        date.setLabel(getTranslation("audit.asOf.date"));
        date.setId("audit-asof-date");
        Button find = new Button(getTranslation("audit.asOf.find"), click -> find());
        find.setId("audit-asof-find");
        find.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(creditCode, date, find);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        result.setId("audit-asof-result");
        add(form, result);
    }

    private void find() {
        String code = creditCode.getValue().strip().toUpperCase(Locale.ROOT);
        creditCode.setInvalid(false);
        date.setInvalid(false);
        if (!CreditCode.isValid(code)) {
            creditCode.setErrorMessage(getTranslation("creditCode.invalid", code));
            creditCode.setInvalid(true);
            return;
        }
        if (date.getValue() == null) {
            date.setErrorMessage(getTranslation("audit.asOf.dateRequired"));
            date.setInvalid(true);
            return;
        }
        result.removeAll();
        Optional<DecisionSummary> found = audit.gradeAsOf(code, date.getValue());
        found.ifPresentOrElse(this::show, () -> {
            Span none = new Span(getTranslation("audit.asOf.none", code, date.getValue()));
            none.setId("audit-asof-none");
            result.add(none);
        });
        Anchor file = new Anchor("enterprises/" + code, getTranslation("audit.asOf.openFile"));
        file.setId("audit-asof-file");
        result.add(new Div(file));
    }

    private void show(DecisionSummary decision) {
        Span grade = new Span(decision.grade());
        grade.setId("audit-asof-grade");
        grade.addClassName("audit-grade");
        Span decisionLabel = new Span(getTranslation("audit.asOf.decisionLabel",
                                                     getTranslation("decisionKind." + decision.kind()),
                                                     decision.decidedOn(), decision.cycleId() == null
                                                             ? "—" : decision.cycleId()));
        decisionLabel.setId("audit-asof-decision");
        String validTo = decision.validTo() == null ? getTranslation("audit.asOf.stillInForce")
                                                    : decision.validTo().toString();
        result.add(new Div(new Span(getTranslation("audit.asOf.grade")), grade),
                   new Div(new Span(getTranslation("audit.asOf.decision")), decisionLabel,
                           new Span(getTranslation("audit.asOf.validity", decision.validFrom(), validTo))));
    }
}
