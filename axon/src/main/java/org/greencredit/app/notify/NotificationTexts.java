package org.greencredit.app.notify;

import java.util.List;
import java.util.Locale;
import org.greencredit.domain.common.Refusal;
import org.greencredit.ui.i18n.RefusalMessages;
import com.vaadin.flow.i18n.I18NProvider;

/**
 * A notification's sentence in a language, from the web UI's bundles — the same text the application shows —
 * with arguments that are keys themselves ({@code decisionKind.FINAL}) translated first, as refusals are.
 */
public final class NotificationTexts {

    private final I18NProvider translations;

    public NotificationTexts(I18NProvider translations) {
        this.translations = translations;
    }

    public String sentence(String messageKey, List<String> arguments, Locale locale) {
        return RefusalMessages.of(new Refusal(messageKey, arguments), translations, locale);
    }

    public String subject(String messageKey, Locale locale) {
        return translations.getTranslation("notification.mail.subject", locale,
                                           translations.getTranslation(messageKey + ".title", locale));
    }

    public String body(String messageKey, List<String> arguments, Locale locale) {
        return sentence(messageKey, arguments, locale) + "\n\n"
               + translations.getTranslation("notification.mail.footer", locale);
    }
}
