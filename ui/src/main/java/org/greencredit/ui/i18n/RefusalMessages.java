package org.greencredit.ui.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.Locale;
import org.greencredit.domain.common.Refusal;

/**
 * Turns a refusal into a sentence in the user's language. Arguments that are themselves message keys (a field
 * such as {@code field.occurredOn}, a fact type such as {@code factType.VIOLATION}) are translated first.
 */
public final class RefusalMessages {

    private RefusalMessages() {
    }

    /** In the current UI's language. */
    public static String of(Refusal refusal) {
        UI ui = UI.getCurrent();
        return of(refusal, (key, params) -> ui.getTranslation(key, params));
    }

    /** In {@code locale}, outside any UI (the command line, for instance). */
    public static String of(Refusal refusal, I18NProvider translations, Locale locale) {
        return of(refusal, (key, params) -> translations.getTranslation(key, locale, params));
    }

    private static String of(Refusal refusal, Lookup lookup) {
        Object[] arguments = refusal.arguments().stream().map(argument -> translatedIfKey(lookup, argument)).toArray();
        return lookup.text(refusal.messageKey(), arguments);
    }

    private static String translatedIfKey(Lookup lookup, String argument) {
        if (!argument.contains(".") || argument.contains(" ")) {
            return argument;
        }
        String translated = lookup.text(argument);
        return translated.startsWith("!") ? argument : translated;
    }

    @FunctionalInterface
    private interface Lookup {
        String text(String key, Object... params);
    }
}
