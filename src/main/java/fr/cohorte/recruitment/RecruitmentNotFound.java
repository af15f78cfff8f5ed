package fr.cohorte.recruitment;

import fr.cohorte.web.Refusal;
import fr.cohorte.web.RefusedException;

/**
 * The things of recruitment that an address can name and that may not exist: each one's 404 says which
 * thing, and its number, in the reader's language, through the one {@link Refusal}.
 */
final class RecruitmentNotFound {

    static final String APPLICATION = "recruitment.refused.application-not-found";
    static final String RUN = "selection.run.unknown";
    static final String SEAT = "selection.replacement.refused.unknown";
    static final String CRITERION = "recruitment.refused.criterion-not-found";
    static final String CV = "recruitment.refused.cv-not-found";

    private RecruitmentNotFound() {
    }

    static RefusedException application(long id) {
        return Refusal.notFound(APPLICATION, id).exception();
    }

    static RefusedException run(long id) {
        return Refusal.notFound(RUN, id).exception();
    }

    static RefusedException seat(long id) {
        return Refusal.notFound(SEAT, id).exception();
    }

    static RefusedException criterion(long id) {
        return Refusal.notFound(CRITERION, id).exception();
    }

    static RefusedException cv(long application) {
        return Refusal.notFound(CV, application).exception();
    }
}
