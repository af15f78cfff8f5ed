package fr.cohorte.recruitment;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import fr.cohorte.session.ProgrammeEditor;
import fr.cohorte.session.Session;
import fr.cohorte.session.SessionDetails;
import fr.cohorte.session.SessionStatus;

/** Sessions with a call for applications, each with a number of its own so that tests do not share applications. */
final class Calls {

    /** Below a thousand, as real session numbers are: they read "512e session", not "1 512e session". */
    private static final AtomicInteger NUMBERS = new AtomicInteger(500);

    private final ProgrammeEditor programme;
    private final Applications applications;

    Calls(ProgrammeEditor programme, Applications applications) {
        this.programme = programme;
        this.applications = applications;
    }

    Session open() {
        return session(SessionStatus.RECRUITING, Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(30)));
    }

    Session session(SessionStatus status, Instant opensAt, Instant closesAt) {
        int number = NUMBERS.getAndIncrement();
        Session session = programme.createSession(new SessionDetails(number, "Coopérer pour l’emploi", null,
                LocalDate.of(2027, 6, 1), LocalDate.of(2028, 6, 30), status, List.of()));
        applications.saveCall(session, opensAt, closesAt, 30, "Rejoignez une promotion de trente auditeurs.");
        return session;
    }
}
