package fr.cohorte.recruitment;

import java.util.Locale;

import fr.cohorte.recruitment.internal.SelectionEngine;
import fr.cohorte.recruitment.internal.SelectionMessages;
import fr.cohorte.recruitment.internal.SolverSettings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Selects a cohort: the best total jury score that honours every quota, proven so by CP-SAT, with a
 * sentence for each candidate. Stateless: everything comes with the request. Sentences are French
 * unless another locale is asked for. A request larger than the {@link SelectionLimits} is refused
 * before any work; every answer comes within the request's time limit.
 */
@Service
public class CohortSelection {

    public static final Locale DEFAULT_LOCALE = Locale.FRENCH;

    private final MessageSource messages;
    private final SelectionEngine engine;

    @Autowired
    public CohortSelection(MessageSource messages, SelectionLimits limits) {
        this(messages, SolverSettings.REPRODUCIBLE, limits);
    }

    public CohortSelection(MessageSource messages, SolverSettings settings, SelectionLimits limits) {
        this.messages = messages;
        this.engine = new SelectionEngine(settings, limits);
    }

    /**
     * @throws InvalidSelectionRequestException naming every field at fault
     * @throws fr.cohorte.web.RequestLimitExceededException naming the first limit exceeded
     */
    public SelectionResponse solve(SelectionRequest request) {
        return solve(request, DEFAULT_LOCALE);
    }

    public SelectionResponse solve(SelectionRequest request, Locale locale) {
        return engine.select(request, new SelectionMessages(messages, locale));
    }

    /** As {@link #solve(SelectionRequest, Locale)}, worded as {@code wording} says (the staff pages' names and labels). */
    SelectionResponse solve(SelectionRequest request, SelectionMessages wording) {
        return engine.select(request, wording);
    }

    /** The cohort with its sentences kept as codes and arguments, to be worded when someone reads them. */
    SelectionEngine.Explained explain(SelectionRequest request) {
        return engine.explain(request, new SelectionMessages(messages, DEFAULT_LOCALE));
    }

    /** Best total without the candidate forced in, minus the best total with them: solves twice. */
    public ForcingCost forcingCost(SelectionRequest request, String candidate, Locale locale) {
        return engine.forcingCost(request, candidate, new SelectionMessages(messages, locale));
    }

    ForcingCost forcingCost(SelectionRequest request, String candidate, SelectionMessages wording) {
        return engine.forcingCost(request, candidate, wording);
    }

    /** The best single replacement that keeps every quota, or a re-solved cohort that keeps as many as possible. */
    public Replacement replacement(ReplacementRequest request, Locale locale) {
        return engine.replace(request, new SelectionMessages(messages, locale));
    }

    Replacement replacement(ReplacementRequest request, SelectionMessages wording) {
        return engine.replace(request, wording);
    }

    /**
     * When no replacement keeps every quota: the cohort that misses them by the fewest people, then keeps
     * the most participants, then scores best, with the quotas it leaves short; impossible only when no
     * cohort can fill the seats at all.
     */
    public Replacement replacementLeavingQuotasShort(ReplacementRequest request, Locale locale) {
        return engine.replaceLeavingQuotasShort(request, new SelectionMessages(messages, locale));
    }

    Replacement replacementLeavingQuotasShort(ReplacementRequest request, SelectionMessages wording) {
        return engine.replaceLeavingQuotasShort(request, wording);
    }
}
