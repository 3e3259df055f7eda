package org.greencredit.app.intake;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.greencredit.domain.fact.FactSource;
import org.greencredit.domain.fact.FactType;
import org.greencredit.ui.i18n.AttributeLabels;
import org.greencredit.ui.i18n.Translations;

/**
 * Coded values as source systems write them: the code itself ({@code EXCEEDING_STANDARDS}) or its name in Chinese
 * or English (超标排放), compared with full-width folded, blanks removed and case ignored. Each list of names is
 * folded once and kept, since an import asks for them on every row.
 */
public final class ChoiceNames {

    private static final Map<String, Map<String, String>> NAMES = new ConcurrentHashMap<>();

    private ChoiceNames() {
    }

    static String label(Translations translations, Locale locale, FactType type, String attribute, String code) {
        return translations.getTranslation(AttributeLabels.valueKey(type, attribute, code), locale);
    }

    static Optional<String> attributeCode(Translations translations, FactType type, String attribute,
                                          List<String> codes, String text) {
        Map<String, String> names = NAMES.computeIfAbsent(type.name() + "." + attribute, key -> names(
                codes, code -> AttributeLabels.valueKey(type, attribute, code), translations));
        return Optional.ofNullable(names.get(fold(text)));
    }

    static Optional<FactType> factType(Translations translations, String text) {
        return named(translations, FactType.class, "factType.", text);
    }

    public static Optional<FactSource> source(Translations translations, String text) {
        return named(translations, FactSource.class, "fact.source.", text);
    }

    static <E extends Enum<E>> Optional<E> named(Translations translations, Class<E> values, String keyPrefix,
                                                 String text) {
        Map<String, String> names = NAMES.computeIfAbsent(values.getName() + ":" + keyPrefix, key -> names(
                java.util.Arrays.stream(values.getEnumConstants()).map(Enum::name).toList(),
                code -> keyPrefix + code, translations));
        return Optional.ofNullable(names.get(fold(text))).map(code -> Enum.valueOf(values, code));
    }

    /** Folded code, Chinese name and English name of each code, to the code. */
    private static Map<String, String> names(List<String> codes, Function<String, String> key,
                                             Translations translations) {
        Map<String, String> names = new HashMap<>();
        for (String code : codes) {
            names.putIfAbsent(fold(translations.getTranslation(key.apply(code), Translations.ENGLISH)), code);
            names.putIfAbsent(fold(translations.getTranslation(key.apply(code), Translations.CHINESE)), code);
        }
        codes.forEach(code -> names.put(fold(code), code));
        return Map.copyOf(names);
    }

    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s\\u00A0]+", "")
                         .toUpperCase(Locale.ROOT);
    }
}
