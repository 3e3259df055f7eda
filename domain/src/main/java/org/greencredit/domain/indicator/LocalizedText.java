package org.greencredit.domain.indicator;

import java.util.Locale;

/** A name in Chinese and English, as the indicator system defines it. */
public record LocalizedText(String zh, String en) {

    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) && en != null ? en : zh;
    }
}
