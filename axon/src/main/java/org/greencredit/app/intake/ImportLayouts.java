package org.greencredit.app.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;
import org.greencredit.domain.actor.Role;
import org.greencredit.domain.creditfile.Permissions;
import org.greencredit.domain.fact.AttributeDefinition;
import org.greencredit.domain.fact.FactType;
import org.greencredit.domain.intake.ImportColumn;
import org.greencredit.domain.intake.ImportKind;
import org.greencredit.domain.intake.ImportLayout;
import org.greencredit.ui.i18n.Translations;
import org.springframework.stereotype.Component;

/**
 * The layouts of import files: the register of enterprises, the facts of every type in one file (a type column
 * says which attributes a row has), and one layout per fact type with only that type's attributes. Headers and
 * descriptions are Chinese, as the templates are; keys are the English attribute keys. The worked examples come
 * from {@code intake/examples.properties}.
 */
@Component
public class ImportLayouts {

    public static final String ENTERPRISES = "enterprises";
    public static final String FACTS = "facts";
    public static final List<String> ENTERPRISE_COLUMNS = List.of(
            "creditCode", "name", "establishedOn", "industryCode", "industryName", "subdistrict", "address",
            "permitNumber", "managementClass", "keyPolluter", "contactName", "contactPhone", "sourceRecordId");
    public static final List<String> OPTIONAL_ENTERPRISE_COLUMNS = List.of("keyPolluter", "sourceRecordId");
    public static final List<String> FACT_COLUMNS = List.of(
            "creditCode", "enterpriseName", "type", "source", "sourceRecordId", "occurredOn", "documentNo",
            "evidenceDescription");
    public static final List<String> OPTIONAL_FACT_COLUMNS = List.of("enterpriseName", "documentNo",
                                                                     "evidenceDescription");

    private static final Locale CHINESE = Translations.CHINESE;
    private final Translations translations;
    private final Properties examples = new Properties();
    private final List<ImportLayout> layouts;

    public ImportLayouts(Translations translations) {
        this.translations = translations;
        try (InputStream in = ImportLayouts.class.getResourceAsStream("/intake/examples.properties")) {
            examples.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<ImportLayout> all = new ArrayList<>();
        all.add(enterprises());
        all.add(facts(FACTS, importableTypes(), FactType.VIOLATION));
        importableTypes().forEach(type -> all.add(facts(FACTS + "-" + type.name(), List.of(type), type)));
        this.layouts = List.copyOf(all);
    }

    /** The fact types an import may hold: those an officer records (a false declaration only comes from checks). */
    public static List<FactType> importableTypes() {
        return List.copyOf(Permissions.recordableBy(Role.OFFICER));
    }

    /** The message key of a column's header: common columns have their own, attributes are named as in forms. */
    public static String headerKey(String column) {
        return ENTERPRISE_COLUMNS.contains(column) || FACT_COLUMNS.contains(column)
                ? "import.column." + column : "field." + column;
    }

    public List<ImportLayout> all() {
        return layouts;
    }

    public Optional<ImportLayout> named(String name) {
        return layouts.stream().filter(layout -> layout.name().equals(name)).findFirst();
    }

    /** The layout a file of this kind is read with: every column an import of the kind may have. */
    public ImportLayout forKind(ImportKind kind) {
        return named(kind == ImportKind.ENTERPRISES ? ENTERPRISES : FACTS).orElseThrow();
    }

    /** The layout of one fact type's template, whose worked example a file may still contain. */
    public Optional<ImportLayout> forType(FactType type) {
        return named(FACTS + "-" + type.name());
    }

    private ImportLayout enterprises() {
        List<ImportColumn> columns = ENTERPRISE_COLUMNS.stream()
                .map(key -> new ImportColumn(key, text("import.column." + key),
                                             !OPTIONAL_ENTERPRISE_COLUMNS.contains(key),
                                             examples.getProperty("enterprises." + key, ""),
                                             text("import.column." + key + ".description")))
                .toList();
        return new ImportLayout(ENTERPRISES, ImportKind.ENTERPRISES, text("import.layout.enterprises"), columns);
    }

    private ImportLayout facts(String name, List<FactType> types, FactType exampleType) {
        List<ImportColumn> columns = new ArrayList<>();
        for (String key : FACT_COLUMNS) {
            String example = key.equals("type") ? text("factType." + exampleType.name())
                    : examples.getProperty(exampleType.name() + "." + key, examples.getProperty("fact." + key, ""));
            columns.add(new ImportColumn(key, text("import.column." + key), !OPTIONAL_FACT_COLUMNS.contains(key),
                                         example, text("import.column." + key + ".description")));
        }
        List<String> seen = new ArrayList<>(FACT_COLUMNS);
        for (FactType type : types) {
            for (AttributeDefinition attribute : type.attributes()) {
                if (seen.contains(attribute.name())) {
                    continue;
                }
                seen.add(attribute.name());
                String example = type == exampleType
                        ? examples.getProperty(type.name() + "." + attribute.name(), "") : "";
                columns.add(new ImportColumn(attribute.name(), text("field." + attribute.name()), false, example,
                                             describe(attribute.name(), types)));
            }
        }
        String title = types.size() == 1 ? text("factType." + types.get(0).name()) : text("import.layout.facts");
        return new ImportLayout(name, ImportKind.FACTS, title, columns);
    }

    /** Which types have the attribute, whether they need it, and what it may hold, for each such type. */
    private String describe(String attribute, List<FactType> types) {
        return types.stream().filter(type -> type.attribute(attribute).isPresent())
                    .map(type -> text("factType." + type.name()) + "："
                                 + describe(type, type.attribute(attribute).orElseThrow()))
                    .collect(Collectors.joining("；"));
    }

    private String describe(FactType type, AttributeDefinition attribute) {
        String need = text(attribute.required() ? "import.attribute.required" : "import.attribute.optional");
        String kind = text("import.attribute." + attribute.kind().name());
        if (attribute.values().isEmpty()) {
            return need + "，" + kind;
        }
        String values = attribute.values().stream()
                                 .map(code -> ChoiceNames.label(translations, CHINESE, type, attribute.name(), code)
                                              + "（" + code + "）")
                                 .collect(Collectors.joining("、"));
        return need + "，" + kind + "：" + values;
    }

    private String text(String key) {
        return translations.getTranslation(key, CHINESE);
    }
}
