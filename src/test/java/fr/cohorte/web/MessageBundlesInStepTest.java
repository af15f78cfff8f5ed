package fr.cohorte.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

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

    @Test
    void everyTemplateGivesAMessageEveryArgumentItsTextShows() throws IOException {
        Properties french = bundle("messages.properties");
        Map<String, String> shortOfArguments = new TreeMap<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : files.filter(path -> path.toString().endsWith(".html")).toList()) {
                String html = Files.readString(template);
                for (int at = html.indexOf("#{"); at >= 0; at = html.indexOf("#{", at + 2)) {
                    Matcher key = MESSAGE_KEY.matcher(html).region(at + 2, html.length());
                    if (!key.lookingAt() || french.getProperty(key.group()) == null || filledByScript(html, at)) {
                        continue; // a key computed in the expression, or one MessageBundles' other test reports
                    }
                    int given = key.end() < html.length() && html.charAt(key.end()) == '(' ? argumentCount(html, key.end()) : 0;
                    Set<Integer> shown = arguments(french.getProperty(key.group()));
                    if (given >= 0 && !shown.isEmpty() && ((TreeSet<Integer>) shown).last() >= given) {
                        shortOfArguments.put(template.getFileName() + " " + key.group(),
                                given + " given, the text shows {" + ((TreeSet<Integer>) shown).last() + "}");
                    }
                }
            }
        }

        assertThat(shortOfArguments).as("messages whose text would show a raw {n}: the page gives too few arguments").isEmpty();
    }

    /** A {@code data-…-label} attribute holds a text whose {0} the page's script fills (contribution-editor.js). */
    private static boolean filledByScript(String html, int at) {
        int attribute = html.lastIndexOf("data-", at);
        return attribute >= 0 && at - attribute < 40 && html.substring(attribute, at).matches("data-[a-z-]+-label=");
    }

    private static final Pattern MESSAGE_KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]*");

    /** The arguments between the parenthesis at {@code open} and its match, counted at the top level; -1 if unreadable. */
    private static int argumentCount(String html, int open) {
        int depth = 0;
        int count = 1;
        boolean quoted = false;
        boolean empty = true;
        for (int i = open; i < html.length(); i++) {
            char c = html.charAt(i);
            if (c == '\'' ) {
                quoted = !quoted;
            } else if (!quoted && (c == '(' || c == '{' || c == '[')) {
                depth++;
            } else if (!quoted && (c == ')' || c == '}' || c == ']')) {
                depth--;
                if (depth == 0) {
                    return empty ? 0 : count;
                }
            } else if (!quoted && depth == 1 && c == ',') {
                count++;
            }
            if (i > open && !Character.isWhitespace(c) && depth >= 1) {
                empty = false;
            }
        }
        return -1;
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
