package org.greencredit.domain.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The domain's words in Simplified Chinese (the default) and English, from the {@code org.greencredit.domain.text}
 * bundles: the names of fact types, attributes, places and classes, and the sentences of grade explanations.
 */
public final class DomainText {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final String BUNDLE = "org.greencredit.domain.text";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private DomainText() {
    }

    /** The text for {@code key} with its arguments filled in, or {@code null} when the bundle has no such key. */
    public static String find(Locale locale, String key, Object... arguments) {
        Locale supported = supported(locale);
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, supported, NO_FALLBACK).getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, supported).format(arguments);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    /** As {@link #find}, but a missing key reads as {@code !key}, so it shows up instead of disappearing. */
    public static String text(Locale locale, String key, Object... arguments) {
        String text = find(locale, key, arguments);
        return text == null ? "!" + key : text;
    }

    public static Locale supported(Locale locale) {
        return locale != null && ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : CHINESE;
    }
}
