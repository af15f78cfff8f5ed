package fr.cohorte.session;

import java.time.LocalDate;
import java.util.List;

/**
 * What staff say about a session. The end date may be left empty for a clone only, which then lasts
 * as long as its source ({@link ProgrammeEditor#cloneSession}).
 */
public record SessionDetails(int number, String theme, String description, LocalDate startDate, LocalDate endDate,
                             SessionStatus status, List<String> problemStatements) {

    public SessionDetails {
        problemStatements = List.copyOf(problemStatements);
    }

    SessionDetails endingOn(LocalDate end) {
        return new SessionDetails(number, theme, description, startDate, end, status, problemStatements);
    }
}
