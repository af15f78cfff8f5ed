package fr.cohorte.session;

import java.time.LocalDate;
import java.util.List;

/** What staff say about a session. */
public record SessionDetails(int number, String theme, String description, LocalDate startDate, LocalDate endDate,
                             SessionStatus status, List<String> problemStatements) {

    public SessionDetails {
        problemStatements = List.copyOf(problemStatements);
    }
}
