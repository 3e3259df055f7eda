package org.greencredit.app.intake;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import org.greencredit.domain.fact.FactSource;
import org.greencredit.domain.fact.FactType;
import org.greencredit.ui.fact.AttributeLabels;
import org.greencredit.ui.i18n.Translations;

/**
 * Coded values as source systems write them: the code itself ({@code EXCEEDING_STANDARDS}) or its name in Chinese
 * or English (超标排放), compared with full-width folded, blanks removed and case ignored.
 */
public final class ChoiceNames {

    private ChoiceNames() {
    }

    static String label(Translations translations, Locale locale, FactType type, String attribute, String code) {
        return translations.getTranslation(AttributeLabels.valueKey(type, attribute, code), locale);
    }

    static Optional<String> attributeCode(Translations translations, FactType type, String attribute,
                                          java.util.List<String> codes, String text) {
        String wanted = fold(text);
        return codes.stream()
                    .filter(code -> fold(code).equals(wanted)
                            || fold(label(translations, Translations.CHINESE, type, attribute, code)).equals(wanted)
                            || fold(label(translations, Translations.ENGLISH, type, attribute, code)).equals(wanted))
                    .findFirst();
    }

    static Optional<FactType> factType(Translations translations, String text) {
        String wanted = fold(text);
        for (FactType type : FactType.values()) {
            if (matches(translations, wanted, type.name(), "factType." + type.name())) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    public static Optional<FactSource> source(Translations translations, String text) {
        String wanted = fold(text);
        for (FactSource source : FactSource.values()) {
            if (matches(translations, wanted, source.name(), "fact.source." + source.name())) {
                return Optional.of(source);
            }
        }
        return Optional.empty();
    }

    static <E extends Enum<E>> Optional<E> named(Translations translations, Class<E> values, String keyPrefix,
                                                 String text) {
        String wanted = fold(text);
        for (E value : values.getEnumConstants()) {
            if (matches(translations, wanted, value.name(), keyPrefix + value.name())) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    private static boolean matches(Translations translations, String wanted, String code, String key) {
        return fold(code).equals(wanted)
               || fold(translations.getTranslation(key, Translations.CHINESE)).equals(wanted)
               || fold(translations.getTranslation(key, Translations.ENGLISH)).equals(wanted);
    }

    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s\\u00A0]+", "")
                         .toUpperCase(Locale.ROOT);
    }
}
