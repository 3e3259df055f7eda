package org.greencredit.ui.i18n;

import com.vaadin.flow.component.UI;
import org.greencredit.domain.common.Refusal;

/**
 * Turns a refusal into a sentence in the user's language. Arguments that are themselves message keys (a field
 * such as {@code field.occurredOn}, a fact type such as {@code factType.VIOLATION}) are translated first.
 */
public final class RefusalMessages {

    private RefusalMessages() {
    }

    public static String of(Refusal refusal) {
        UI ui = UI.getCurrent();
        Object[] arguments = refusal.arguments().stream()
                                    .map(argument -> translatedIfKey(ui, argument))
                                    .toArray();
        return ui.getTranslation(refusal.messageKey(), arguments);
    }

    private static String translatedIfKey(UI ui, String argument) {
        if (!argument.contains(".") || argument.contains(" ")) {
            return argument;
        }
        String translated = ui.getTranslation(argument);
        return translated.startsWith("!") ? argument : translated;
    }
}
