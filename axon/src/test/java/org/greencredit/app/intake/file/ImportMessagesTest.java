package org.greencredit.app.intake.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every message key the import file code can raise or write is in both of the UI's bundles. */
class ImportMessagesTest {

    private static final Pattern KEY = Pattern.compile("\"(import\\.(?:file|cell|value|template)\\.[A-Za-z.]+)\"");

    @Test
    void everyKeyIsTranslatedInChineseAndEnglish() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> sources = Files.list(Path.of("src", "main", "java", "org", "greencredit", "app", "intake",
                                                       "file"))) {
            for (Path source : sources.toList()) {
                KEY.matcher(Files.readString(source)).results().forEach(match -> keys.add(match.group(1)));
            }
        }

        assertThat(keys).hasSizeGreaterThan(25).contains("import.file.zipBomb", "import.cell.formula",
                                                          "import.value.date", "import.template.sheet.data");
        assertThat(bundle("zh_CN").stringPropertyNames()).containsAll(keys);
        assertThat(bundle("en").stringPropertyNames()).containsAll(keys);
    }

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ImportMessagesTest.class.getResourceAsStream(
                "/vaadin-i18n/translations_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
