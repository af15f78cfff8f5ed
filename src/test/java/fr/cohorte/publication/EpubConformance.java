package fr.cohorte.publication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.adobe.epubcheck.api.EPUBLocation;
import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.api.MasterReport;
import com.adobe.epubcheck.messages.Message;
import com.adobe.epubcheck.messages.Severity;
import com.adobe.epubcheck.util.FeatureEnum;

/** Checks an EPUB with epubcheck, the W3C's reference validator, and lists every warning and error. */
public final class EpubConformance {

    private EpubConformance() {
    }

    /** Every message of severity warning or above, as "ID (severity) path:line: text"; empty when the EPUB is clean. */
    public static List<String> problems(byte[] epub) {
        Path file = null;
        try {
            file = Files.createTempFile("cohorte-", ".epub");
            Files.write(file, epub);
            Collected report = new Collected();
            report.setLocale(Locale.ENGLISH);
            new EpubCheck(file.toFile(), report).check();
            return report.problems;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                file.toFile().delete();
            }
        }
    }

    private static final class Collected extends MasterReport {

        private final List<String> problems = new ArrayList<>();

        @Override
        public void message(Message message, EPUBLocation location, Object... arguments) {
            if (message.getSeverity().toInt() >= Severity.WARNING.toInt()) {
                problems.add(message.getID() + " (" + message.getSeverity() + ") " + location.getPath() + ":" + location.getLine()
                        + ": " + message.getMessage(arguments));
            }
        }

        @Override
        public void info(String resource, FeatureEnum feature, String value) {
        }

        @Override
        public int generate() {
            return 0;
        }

        @Override
        public void initialize() {
        }
    }
}
