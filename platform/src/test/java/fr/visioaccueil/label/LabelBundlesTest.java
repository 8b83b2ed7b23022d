package fr.visioaccueil.label;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class LabelBundlesTest {

    @Test
    void englishHasEveryFrenchKeyAndNoOther() throws IOException {
        assertThat(load("i18n/label_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("i18n/label.properties").stringPropertyNames());
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(
                LabelBundlesTest.class.getClassLoader().getResourceAsStream(resource), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
