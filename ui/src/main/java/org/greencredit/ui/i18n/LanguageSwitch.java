package org.greencredit.ui.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;

/** The button that switches the session between Simplified Chinese and English and reloads the page. */
public final class LanguageSwitch {

    private LanguageSwitch() {
    }

    public static Button button() {
        Button language = new Button(UI.getCurrent().getTranslation("app.language.switch"), click -> switchLanguage());
        language.setId("language-switch");
        return language;
    }

    private static void switchLanguage() {
        Locale current = ChineseByDefault.chosenLocale(VaadinSession.getCurrent());
        ChineseByDefault.choose(Translations.ENGLISH.equals(current) ? Translations.CHINESE : Translations.ENGLISH);
        UI.getCurrent().getPage().reload();
    }
}
