package org.greencredit.ui.indicator;

import com.vaadin.flow.component.Component;

/** Translations for the indicator views' helpers, with a fallback for words the bundles do not have. */
final class Texts {

    private final Component owner;

    Texts(Component owner) {
        this.owner = owner;
    }

    String text(String key, Object... arguments) {
        return owner.getTranslation(key, arguments);
    }

    /** The translation of {@code key}, or {@code raw} when no bundle has one (a code of the definition itself). */
    String orRaw(String key, String raw) {
        String translated = owner.getTranslation(key);
        return translated.startsWith("!") ? raw : translated;
    }
}
