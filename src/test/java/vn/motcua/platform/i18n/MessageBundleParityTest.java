package vn.motcua.platform.i18n;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every module's messages exist in both languages: each key of {@code <module>.properties}
 * (Vietnamese, the default) is in {@code <module>_en.properties} and the other way round, no value is
 * blank, and the Vietnamese text is real UTF-8 (no mojibake of a file saved in another encoding).
 */
class MessageBundleParityTest {

    static final Path I18N = Path.of("src/main/resources/i18n");

    @Test
    void everyKeyIsInBothLanguages() throws IOException {
        List<Path> bundles = bundles();
        assertThat(bundles).isNotEmpty();
        for (Path vi : bundles) {
            String name = vi.getFileName().toString();
            Path en = vi.resolveSibling(name.replace(".properties", "_en.properties"));
            assertThat(en).as("English counterpart of " + name).exists();
            Properties viProps = load(vi);
            Properties enProps = load(en);
            Set<String> missingInEnglish = new TreeSet<>(viProps.stringPropertyNames());
            missingInEnglish.removeAll(enProps.stringPropertyNames());
            Set<String> missingInVietnamese = new TreeSet<>(enProps.stringPropertyNames());
            missingInVietnamese.removeAll(viProps.stringPropertyNames());
            assertThat(missingInEnglish).as("keys of " + name + " missing in English").isEmpty();
            assertThat(missingInVietnamese).as("keys of " + en.getFileName() + " missing in Vietnamese").isEmpty();
            for (Properties props : List.of(viProps, enProps)) {
                props.stringPropertyNames().forEach(k -> assertThat(props.getProperty(k)).as(name + " " + k).isNotBlank());
            }
            viProps.stringPropertyNames().forEach(k -> assertThat(viProps.getProperty(k)).as(name + " " + k)
                    .doesNotContain("Ã", "Æ°", "á»", "\uFFFD"));
        }
    }

    private static List<Path> bundles() throws IOException {
        try (Stream<Path> files = Files.list(I18N)) {
            return files.filter(p -> p.toString().endsWith(".properties") && !p.toString().contains("_")).sorted()
                    .toList();
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties props = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            props.load(reader);
        }
        return props;
    }
}
