package org.greencredit.ui.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.greencredit.domain.common.DomainText;
import org.springframework.stereotype.Component;

/**
 * All user-facing text: the UI's own {@code vaadin-i18n/translations} bundles first, then the domain's vocabulary
 * ({@link DomainText}). Simplified Chinese is the default language whatever the browser says; English is offered
 * as a switch.
 */
@Component
public class Translations implements I18NProvider {

    public static final Locale CHINESE = DomainText.CHINESE;
    public static final Locale ENGLISH = DomainText.ENGLISH;
    private static final String BUNDLE = "vaadin-i18n.translations";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(CHINESE, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale supported = DomainText.supported(locale);
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, supported, NO_FALLBACK).getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, supported).format(params);
        } catch (MissingResourceException notAUiKey) {
            return DomainText.text(supported, key, params);
        }
    }
}
