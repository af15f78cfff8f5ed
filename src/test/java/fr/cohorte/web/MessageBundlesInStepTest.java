package fr.cohorte.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The French and English message bundles say the same things: every key has a text in both
 * languages, and both texts take the same arguments ({0}, {1}…), so that no reader gets a raw key,
 * a fallback in the other language, or a sentence missing the name or the number it should show.
 */
class MessageBundlesInStepTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{\\s*(\\d+)");

    @Test
    void everyFrenchKeyHasAnEnglishTextAndTheReverse() throws IOException {
        Properties french = bundle("messages.properties");
        Properties english = bundle("messages_en.properties");

        Set<String> onlyFrench = new TreeSet<>(french.stringPropertyNames());
        onlyFrench.removeAll(english.stringPropertyNames());
        Set<String> onlyEnglish = new TreeSet<>(english.stringPropertyNames());
        onlyEnglish.removeAll(french.stringPropertyNames());

        assertThat(onlyFrench).as("keys with a French text and no English text").isEmpty();
        assertThat(onlyEnglish).as("keys with an English text and no French text").isEmpty();
    }

    @Test
    void bothTextsOfAKeyTakeTheSameArguments() throws IOException {
        Properties french = bundle("messages.properties");
        Properties english = bundle("messages_en.properties");

        Map<String, String> drift = new TreeMap<>();
        for (String key : french.stringPropertyNames()) {
            String englishText = english.getProperty(key);
            if (englishText == null) {
                continue;
            }
            Set<Integer> frenchArguments = arguments(french.getProperty(key));
            Set<Integer> englishArguments = arguments(englishText);
            if (!frenchArguments.equals(englishArguments)) {
                drift.put(key, "fr " + frenchArguments + " / en " + englishArguments);
            }
        }

        assertThat(drift).as("keys whose French and English texts take different arguments").isEmpty();
    }

    static Set<Integer> arguments(String text) {
        Set<Integer> found = new TreeSet<>();
        Matcher matcher = ARGUMENT.matcher(text);
        while (matcher.find()) {
            found.add(Integer.valueOf(matcher.group(1)));
        }
        return found;
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesInStepTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        assertThat(properties).as(name).isNotEmpty();
        return properties;
    }
}
