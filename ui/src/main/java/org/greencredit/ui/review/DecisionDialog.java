package org.greencredit.ui.review;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.greencredit.ui.command.CommandClient;
import org.greencredit.ui.command.CommandRefused;
import org.greencredit.ui.components.Notices;
import org.greencredit.ui.i18n.RefusalMessages;

/**
 * A decision with an outcome and a written reason — the review of an objection or the decision on a repair
 * application. The dialog builds the command; the credit file decides whether it stands.
 */
class DecisionDialog<O> extends Dialog {

    DecisionDialog(String title, String summary, List<O> outcomes, Function<O, String> outcomeLabel,
                   String reasonLabel, BiFunction<O, String, Object> command, CommandClient commands,
                   Runnable decided) {
        setHeaderTitle(title);
        setWidth("min(36rem, 95vw)");
        RadioButtonGroup<O> outcome = new RadioButtonGroup<>();
        outcome.setId("reviews-outcome");
        outcome.setItems(outcomes);
        outcome.setItemLabelGenerator(outcomeLabel::apply);
        TextArea reason = new TextArea(reasonLabel);
        reason.setId("reviews-reason");
        reason.setWidthFull();
        Button submit = new Button(getTranslation("reviews.submit"), click -> {
            try {
                commands.send(command.apply(outcome.getValue(), reason.getValue()));
                close();
                Notices.success(getTranslation("reviews.done"));
                decided.run();
            } catch (CommandRefused refused) {
                Notices.error(RefusalMessages.of(refused.refusal()));
            }
        });
        submit.setId("reviews-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph(summary), outcome, reason);
        getFooter().add(new Button(getTranslation("reviews.cancel"), click -> close()), submit);
    }
}
