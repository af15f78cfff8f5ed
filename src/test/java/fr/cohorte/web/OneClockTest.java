package fr.cohorte.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every moment the system recorded (a field named {@code ...At}, an {@code Instant}) is shown by
 * {@code @times}, in the display zone: Thymeleaf's own {@code #temporals} formats an instant in the
 * server's zone, which is how the publication page came to show UTC beside Paris time elsewhere.
 * Dates and local times of the programme ({@code startDate}, {@code slot.start}) are not moments
 * and may use {@code #temporals}.
 */
class OneClockTest {

    private static final Pattern TEMPORALS_ON_A_MOMENT = Pattern.compile("#(?:temporals|dates|calendars)\\.format\\(\\s*([\\w.]*At)\\s*[,)]");

    @Test
    void noTemplateFormatsARecordedMomentOutsideTheDisplayClock() throws IOException {
        List<String> offending;
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            offending = templates.filter(p -> p.toString().endsWith(".html")).flatMap(OneClockTest::offences).toList();
        }

        assertThat(offending).as("moments formatted outside @times").isEmpty();
    }

    @Test
    void twoEventsOfTheSameMinuteReadApartToTheSecondInTheDisplayZone() {
        DisplayTimes times = new DisplayTimes(new DisplayProperties(ZoneId.of("Europe/Paris")), Clock.systemUTC());
        var first = Instant.parse("2026-12-04T09:15:02Z");
        var second = Instant.parse("2026-12-04T09:15:48Z");

        assertThat(times.second(first)).isEqualTo("04/12/2026 10:15:02");
        assertThat(times.second(second)).isEqualTo("04/12/2026 10:15:48");
        assertThat(times.minute(first)).isEqualTo(times.minute(second)).isEqualTo("04/12/2026 10:15");
        assertThat(times.second(null)).isEmpty();
    }

    private static Stream<String> offences(Path template) {
        try {
            Matcher m = TEMPORALS_ON_A_MOMENT.matcher(Files.readString(template));
            Stream.Builder<String> found = Stream.builder();
            while (m.find()) {
                found.add(template.getFileName() + ": " + m.group());
            }
            return found.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
