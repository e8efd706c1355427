package jingdu.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class MessagesTest {

    private static final Path DIR = Path.of("resources", "i18n");
    /** Keys the core code names literally; keys built from ids end with a dot and are checked apart. */
    private static final Pattern KEY_LITERAL = Pattern.compile("\"((?:import|importer|store|cli|export|duplicates)\\.[A-Za-z0-9_.]*[A-Za-z0-9_])\"");

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(DIR.resolve(name), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        assertThat(p).as(name).isNotEmpty();
        return p;
    }

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> zh = new TreeSet<>(load("messages.properties").stringPropertyNames());
        Set<String> en = new TreeSet<>(load("messages_en.properties").stringPropertyNames());
        assertThat(en).as("keys missing in messages_en.properties").containsAll(zh);
        assertThat(zh).as("keys missing in messages.properties").containsAll(en);
    }

    @Test
    void translationsTakeTheSameArguments() throws IOException {
        Properties zh = load("messages.properties");
        Properties en = load("messages_en.properties");
        for (String key : zh.stringPropertyNames()) {
            // the command line's help is picocli's, not MessageFormat: ${DEFAULT-VALUE} and the like are its variables
            if (en.containsKey(key) && !zh.getProperty(key).contains("${")) {
                assertThat(argumentCount(en.getProperty(key))).as(key)
                        .isEqualTo(argumentCount(zh.getProperty(key)));
            }
        }
    }

    @Test
    void everyKeyTheCoreNamesExists() throws IOException {
        Properties zh = load("messages.properties");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> s = Files.walk(Path.of("src", "main", "java", "jingdu"))) {
            for (Path f : s.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_LITERAL.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).contains("import.error.notText", "store.error.notDatabase", "export.error.noSpeech");
        assertThat(zh.stringPropertyNames()).containsAll(used);
        for (String id : new String[] {"leadership", "supervision", "enterprise"}) {
            assertThat(zh).containsKey("export.level." + id);
        }
        for (String id : new String[] {"mandatory", "required", "advisory"}) {
            assertThat(zh).containsKey("export.strength." + id);
        }
    }

    @Test
    void chineseIsTheDefault() {
        assertThat(new I18n(Locale.SIMPLIFIED_CHINESE).get("export.section.notes")).isEqualTo("笔记");
        assertThat(new I18n(Locale.ENGLISH).get("export.section.notes")).isEqualTo("Notes");
        assertThat(I18n.forLanguage("en-US")).isEqualTo(Locale.ENGLISH);
        assertThat(I18n.forLanguage(null)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }

    private static int argumentCount(String pattern) {
        return new MessageFormat(pattern, Locale.ROOT).getFormatsByArgumentIndex().length;
    }
}
