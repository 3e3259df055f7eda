package org.greencredit.ui.indicator;

import com.vaadin.flow.component.Component;

/** Translations for the indicator views' helpers. */
final class Texts {

    private final Component owner;

    Texts(Component owner) {
        this.owner = owner;
    }

    String text(String key, Object... arguments) {
        return owner.getTranslation(key, arguments);
    }
}
