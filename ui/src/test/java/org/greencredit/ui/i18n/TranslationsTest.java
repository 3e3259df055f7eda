package org.greencredit.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.greencredit.domain.creditfile.DecisionKind;
import org.greencredit.domain.creditfile.DeclarationStatus;
import org.greencredit.domain.creditfile.EvaluationState;
import org.greencredit.domain.creditfile.ObjectionStatus;
import org.greencredit.domain.creditfile.RepairStatus;
import org.greencredit.domain.cycle.CyclePhase;
import org.greencredit.domain.indicator.RepairConditionKind;
import org.junit.jupiter.api.Test;

class TranslationsTest {

    private static final Pattern REFUSAL_KEY = Pattern.compile("new RuleViolation\\(\\s*\"([^\"]+)\"");
    private static final Pattern FIELD_KEY = Pattern.compile("\"(field\\.[A-Za-z]+)\"");

    private final Translations translations = new Translations();

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(keys("zh_CN")).isEqualTo(keys("en"));
        assertThat(domainKeys("zh_CN")).isEqualTo(domainKeys("en"));
    }

    @Test
    void everyMessageWithArgumentsFormatsCleanly() throws IOException {
        for (String resource : List.of("/vaadin-i18n/translations_zh_CN.properties", "/vaadin-i18n/translations_en.properties",
                                       "/org/greencredit/domain/text_zh_CN.properties",
                                       "/org/greencredit/domain/text_en.properties")) {
            Properties properties = load(resource);
            for (String key : properties.stringPropertyNames()) {
                String pattern = properties.getProperty(key);
                if (pattern.contains("{")) {
                    String formatted = new java.text.MessageFormat(pattern).format(new Object[] {"A", "B", "C", "D", "E", "F"});
                    assertThat(formatted).as("%s in %s", key, resource).doesNotContainPattern("\\{\\d\\}");
                }
            }
        }
    }

    @Test
    void theUiFallsBackToTheDomainVocabulary() {
        assertThat(translations.getTranslation("factType.VIOLATION", Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("环境违法（行政处罚）");
        assertThat(translations.getTranslation("subdistrict.TAIHU", Locale.ENGLISH)).isEqualTo("Taihu Town");
    }

    @Test
    void everyRefusalTheDomainCanRaiseIsTranslated() throws IOException {
        Set<String> refusalKeys = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("..", "domain", "src", "main", "java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                REFUSAL_KEY.matcher(Files.readString(source)).results().forEach(m -> refusalKeys.add(m.group(1)));
            }
        }

        assertThat(refusalKeys).isNotEmpty();
        assertThat(keys("zh_CN")).containsAll(refusalKeys);
    }

    @Test
    void everyWordARefusalNamesIsTranslated() throws IOException {
        Set<String> words = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("..", "domain", "src", "main", "java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                FIELD_KEY.matcher(Files.readString(source)).results().forEach(m -> words.add(m.group(1)));
            }
        }
        for (Class<? extends Enum<?>> vocabulary : List.of(CyclePhase.class, EvaluationState.class,
                                                            DeclarationStatus.class, DecisionKind.class,
                                                            ObjectionStatus.class, RepairStatus.class)) {
            String prefix = Character.toLowerCase(vocabulary.getSimpleName().charAt(0))
                    + vocabulary.getSimpleName().substring(1) + ".";
            for (Enum<?> value : vocabulary.getEnumConstants()) {
                words.add(prefix + value.name());
            }
        }
        for (RepairConditionKind condition : RepairConditionKind.values()) {
            words.add("repairCondition." + condition.name());
        }

        assertThat(words).hasSizeGreaterThan(40);
        for (String word : words) {
            for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
                assertThat(translations.getTranslation(word, locale)).as("%s in %s", word, locale)
                                                                      .doesNotStartWith("!");
            }
        }
    }

    @Test
    void formatsArgumentsAndFallsBackToChineseForOtherLanguages() {
        assertThat(translations.getTranslation("enterprise.name.tooLong", Locale.SIMPLIFIED_CHINESE, 200))
                .isEqualTo("企业名称不能超过200个字符");
        assertThat(translations.getTranslation("enterprise.name.tooLong", Locale.ENGLISH, 200))
                .isEqualTo("The enterprise name may have at most 200 characters");
        assertThat(translations.getTranslation("directory.title", Locale.GERMAN)).isEqualTo("企业名录");
        assertThat(translations.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key");
    }

    private static Set<String> keys(String suffix) throws IOException {
        return keysOf("/vaadin-i18n/translations_" + suffix + ".properties");
    }

    private static Set<String> domainKeys(String suffix) throws IOException {
        return keysOf("/org/greencredit/domain/text_" + suffix + ".properties");
    }

    private static Set<String> keysOf(String resource) throws IOException {
        return new TreeSet<>(load(resource).stringPropertyNames());
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
