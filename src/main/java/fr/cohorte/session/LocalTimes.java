package fr.cohorte.session;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** Wall-clock times of a place, as staff type them, turned into instants without guessing. */
public final class LocalTimes {

    private LocalTimes() {
    }

    /**
     * The instant a clock of that place shows this date and time; empty when that time does not
     * exist there (the hour skipped when clocks go forward). When it exists twice (clocks go back),
     * the first occurrence, which is what people mean by "at 1:30" on that night.
     */
    public static Optional<Instant> instant(LocalDate date, LocalTime time, ZoneId zone) {
        LocalDateTime local = LocalDateTime.of(date, time);
        List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
        return offsets.isEmpty() ? Optional.empty() : Optional.of(local.atOffset(offsets.getFirst()).toInstant());
    }
}
