package fr.cohorte.recruitment;

import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import fr.cohorte.directory.Backgrounds;
import fr.cohorte.session.Session;
import fr.cohorte.session.SessionCatalogue;
import fr.cohorte.web.Irreversible;
import fr.cohorte.web.Refusal;
import fr.cohorte.web.RefusalAdvice;
import fr.cohorte.web.SpreadsheetDownload;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff pages of a session's selection: settings, runs with their explanations, the cost of forcing
 * someone in, the comparison of two runs, the confirmation, withdrawals and replacements.
 */
@Controller
@RequestMapping("/staff/sessions/{number:\\d{1,9}}/selection")
class SelectionController {

    private final SessionCatalogue sessions;
    private final Applications applications;
    private final SelectionRuns runs;
    private final ConfirmCohort confirmCohort;
    private final WithdrawParticipant withdrawParticipant;
    private final FillVacancy fillVacancy;
    private final SelectionConsequences consequences;
    private final ReplacementProposals proposals;
    private final Backgrounds backgrounds;
    private final MessageSource messages;

    SelectionController(SessionCatalogue sessions, Applications applications, SelectionRuns runs, ConfirmCohort confirmCohort,
                        WithdrawParticipant withdrawParticipant, FillVacancy fillVacancy, SelectionConsequences consequences, ReplacementProposals proposals, Backgrounds backgrounds,
                        MessageSource messages) {
        this.sessions = sessions;
        this.applications = applications;
        this.runs = runs;
        this.confirmCohort = confirmCohort;
        this.withdrawParticipant = withdrawParticipant;
        this.fillVacancy = fillVacancy;
        this.consequences = consequences;
        this.proposals = proposals;
        this.backgrounds = backgrounds;
        this.messages = messages;
    }

    @GetMapping
    String overview(@PathVariable int number, Model model, Locale locale) {
        Session session = sessions.byNumber(number);
        model.addAttribute("nationalSession", session);
        model.addAttribute("settings", runs.settingsOf(session));
        model.addAttribute("pool", runs.pool(session));
        model.addAttribute("runs", runs.runs(session));
        runs.confirmed(session).ifPresent(confirmed -> {
            model.addAttribute("confirmed", confirmed);
            model.addAttribute("cohort", applications.all(session,
                    new ApplicationSearch(null, null, null, null, ApplicationStatus.SELECTED)));
            model.addAttribute("waiting", runs.outcome(confirmed, locale).waitlist().stream()
                    .filter(row -> applications.of(session, row.applicationId())
                            .map(a -> a.getStatus() == ApplicationStatus.WAITLISTED).orElse(false)).toList());
            model.addAttribute("vacancies", proposals.vacancies(session, locale));
        });
        return "recruitment/selection";
    }

    @GetMapping("/settings")
    String settings(@PathVariable int number, Model model, Locale locale) {
        Session session = sessions.byNumber(number);
        SelectionSettingsForm form = SelectionSettingsForm.of(runs.settingsOf(session), backgrounds.all());
        return settingsPage(session, form, model, locale);
    }

    @PostMapping("/settings")
    String saveSettings(@PathVariable int number, @Valid @ModelAttribute("form") SelectionSettingsForm form,
                        BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
        Session session = sessions.byNumber(number);
        form.labelRows(backgrounds.all(), region -> regionLabel(region, locale), locale);
        form.checkBounds(errors);
        if (errors.hasErrors()) {
            return settingsPage(session, form, model, locale);
        }
        try {
            runs.saveSettings(session, form.getVersion(), form.getSeats(), form.getMaxPerOrganisation(), form.getGenderMinPercent(),
                    form.quotaSettings());
        } catch (ObjectOptimisticLockingFailureException conflict) {
            SelectionSettings saved = runs.settingsOf(session);
            model.addAttribute("conflict", saved);
            form.setVersion(saved.getVersion());
            return settingsPage(session, form, model, locale);
        }
        redirect.addFlashAttribute("notice", "selection.settings.saved");
        return "redirect:/staff/sessions/" + number + "/selection";
    }

    private String settingsPage(Session session, SelectionSettingsForm form, Model model, Locale locale) {
        form.labelRows(backgrounds.all(), region -> regionLabel(region, locale), locale);
        model.addAttribute("nationalSession", session);
        model.addAttribute("form", form);
        model.addAttribute("horizonCount", backgrounds.all().size());
        return "recruitment/selection-settings";
    }

    private String regionLabel(Region region, Locale locale) {
        return messages.getMessage("region." + region, null, locale);
    }

    /** Forces an application in or out of the next runs ({@code mode} IN, OUT, or anything else to let the scores decide). */
    @PostMapping("/forcing/{application:\\d{1,18}}")
    String force(@PathVariable int number, @PathVariable long application, @RequestParam(required = false) String mode,
                 @RequestParam(required = false) Long run, RedirectAttributes redirect) {
        Session session = sessions.byNumber(number);
        Application found = applications.of(session, application).orElseThrow(() -> RecruitmentNotFound.application(application));
        runs.force(session, found, "IN".equals(mode) ? Boolean.TRUE : "OUT".equals(mode) ? Boolean.FALSE : null);
        redirect.addFlashAttribute("notice", "selection.forcing.saved");
        return "redirect:/staff/sessions/" + number + (run == null ? "/applications/" + application : "/selection/runs/" + run);
    }

    @PostMapping("/runs")
    String run(@PathVariable int number, Principal principal) {
        Session session = sessions.byNumber(number);
        SelectionRun run = runs.run(session, principal.getName());
        return "redirect:/staff/sessions/" + number + "/selection/runs/" + run.getId();
    }

    @GetMapping("/runs/{run:\\d{1,18}}")
    String show(@PathVariable int number, @PathVariable long run, Model model, Locale locale) {
        Session session = sessions.byNumber(number);
        SelectionRun found = runs.run(session, run).orElseThrow(() -> RecruitmentNotFound.run(run));
        model.addAttribute("nationalSession", session);
        model.addAttribute("outcome", runs.outcome(found, locale));
        model.addAttribute("settings", runs.settingsOf(session));
        model.addAttribute("alreadyConfirmed", runs.confirmed(session).isPresent());
        return "recruitment/selection-run";
    }

    /** The run as a spreadsheet: every candidate with their outcome and its sentence, in the reader's language. */
    @GetMapping("/runs/{run:\\d{1,18}}/export")
    ResponseEntity<byte[]> export(@PathVariable int number, @PathVariable long run, @RequestParam(defaultValue = "csv") String format,
                                  Locale locale) {
        String asked = SpreadsheetDownload.checked(format, SpreadsheetDownload.FORMATS);
        Session session = sessions.byNumber(number);
        SelectionRun found = runs.run(session, run).orElseThrow(() -> RecruitmentNotFound.run(run));
        SelectionOutcome outcome = runs.outcome(found, locale);
        List<List<Object>> rows = new ArrayList<>();
        outcome.selected().forEach(row -> rows.add(exported(row, "selected", locale)));
        outcome.waitlist().forEach(row -> rows.add(exported(row, "waitlisted", locale)));
        outcome.others().forEach(row -> rows.add(exported(row, "other", locale)));
        runs.recordExport(session, found, asked, rows.size());
        List<String> headers = EXPORT_COLUMNS.stream().map(column -> messages.getMessage("selection.export.column." + column, null, locale))
                .toList();
        return SpreadsheetDownload.of(asked, messages.getMessage("selection.export.name", new Object[] {found.getId()}, locale),
                headers, rows);
    }

    private static final List<String> EXPORT_COLUMNS = List.of("outcome", "rank", "name", "background", "gender", "organisation",
            "region", "score", "explanation");

    private List<Object> exported(SelectionOutcome.Row row, String outcome, Locale locale) {
        SelectionRequest.Candidate candidate = row.candidate();
        return Arrays.asList(messages.getMessage("selection.export.outcome." + outcome, null, locale),
                row.rank() == 0 ? "" : row.rank(), row.name(), candidate.background(), blank(candidate.gender()),
                blank(candidate.organisation()), blank(candidate.region()), candidate.score(), blank(row.explanation()));
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }

    /** The exact cost of forcing one candidate in: a fragment for htmx, a page without JavaScript. */
    @GetMapping("/runs/{run:\\d{1,18}}/forcing-cost/{application:\\d{1,18}}")
    String forcingCost(@PathVariable int number, @PathVariable long run, @PathVariable long application, Model model,
                       Locale locale, @RequestHeader(name = "HX-Request", required = false) String htmx) {
        Session session = sessions.byNumber(number);
        SelectionRun found = runs.run(session, run).orElseThrow(() -> RecruitmentNotFound.run(run));
        ForcingCost cost = runs.forcingCost(found, application, locale).orElseThrow(() -> RecruitmentNotFound.application(application));
        model.addAttribute("nationalSession", session);
        model.addAttribute("run", found);
        model.addAttribute("cost", cost);
        model.addAttribute("applicationId", application);
        model.addAttribute("candidateName", SelectionPool.nameOf(cost.candidate()));
        return htmx != null ? "recruitment/selection-forcing-cost :: cost" : "recruitment/selection-forcing-cost";
    }

    @GetMapping("/compare")
    String compare(@PathVariable int number, @RequestParam(required = false) Long before,
                   @RequestParam(required = false) Long after, Model model, Locale locale) {
        Session session = sessions.byNumber(number);
        List<SelectionRun> all = runs.runs(session);
        model.addAttribute("nationalSession", session);
        model.addAttribute("runs", all);
        model.addAttribute("before", before);
        model.addAttribute("after", after);
        if (before != null && after != null) {
            SelectionRun from = runs.run(session, before).orElseThrow(() -> RecruitmentNotFound.run(before));
            SelectionRun to = runs.run(session, after).orElseThrow(() -> RecruitmentNotFound.run(after));
            model.addAttribute("comparison", runs.outcome(from, locale).comparedWith(runs.outcome(to, locale)));
        }
        return "recruitment/selection-compare";
    }

    /** What confirming the run will do, in figures, with the form that does it; nothing is decided yet. */
    @GetMapping("/runs/{run:\\d{1,18}}/confirm")
    String confirmation(@PathVariable int number, @PathVariable long run, Model model, RedirectAttributes redirect) {
        Session session = sessions.byNumber(number);
        SelectionRun found = runs.run(session, run).orElseThrow(() -> RecruitmentNotFound.run(run));
        boolean already = runs.confirmed(session).isPresent();
        if (already || !found.hasCohort()) {
            redirect.addFlashAttribute(RefusalAdvice.PAGE_REFUSAL,
                    Refusal.conflict(already ? "selection.confirm.refused.already" : "selection.confirm.refused.no-cohort"));
            return "redirect:/staff/sessions/" + number + "/selection/runs/" + run;
        }
        return consequences.ofConfirming(session, found).show(model);
    }

    @Irreversible
    @PostMapping("/runs/{run:\\d{1,18}}/confirm")
    String confirm(@PathVariable int number, @PathVariable long run, Principal principal, RedirectAttributes redirect) {
        Session session = sessions.byNumber(number);
        runs.run(session, run).orElseThrow(() -> RecruitmentNotFound.run(run));
        confirmCohort.confirm(session, run, principal.getName());
        redirect.addFlashAttribute("notice", "selection.confirm.done");
        return "redirect:/staff/sessions/" + number + "/selection";
    }

    /** What withdrawing the application will do (the cohort's size, the freed seat, the mail); nothing changes yet. */
    @GetMapping("/applications/{application:\\d{1,18}}/withdraw")
    String withdrawal(@PathVariable int number, @PathVariable long application, Model model, RedirectAttributes redirect) {
        Session session = sessions.byNumber(number);
        Application found = applications.of(session, application).orElseThrow(() -> RecruitmentNotFound.application(application));
        if (!found.getStatus().isInTheRunning()) {
            redirect.addFlashAttribute(RefusalAdvice.PAGE_REFUSAL, Refusal.conflict("selection.withdraw.refused"));
            return "redirect:/staff/sessions/" + number + "/selection";
        }
        return consequences.ofWithdrawing(session, found).show(model);
    }

    @Irreversible
    @PostMapping("/applications/{application:\\d{1,18}}/withdraw")
    String withdraw(@PathVariable int number, @PathVariable long application, RedirectAttributes redirect) {
        Session session = sessions.byNumber(number);
        applications.of(session, application).orElseThrow(() -> RecruitmentNotFound.application(application));
        withdrawParticipant.withdraw(session, application);
        redirect.addFlashAttribute("notice", "selection.withdraw.done");
        return "redirect:/staff/sessions/" + number + "/selection";
    }

    @PostMapping("/vacancies/{vacancy:\\d{1,18}}/accept")
    String accept(@PathVariable int number, @PathVariable long vacancy, @RequestParam(required = false) Long candidate,
                  Principal principal, RedirectAttributes redirect) {
        Session session = sessions.byNumber(number);
        fillVacancy.seat(session, vacancy).orElseThrow(() -> RecruitmentNotFound.seat(vacancy));
        return decided(number, redirect, "selection.replacement.done",
                () -> fillVacancy.acceptReplacement(session, vacancy, candidate, principal.getName()));
    }

    /** A dead end's way out: the newcomer takes the seat although the proposal leaves a quota short, as the button says. */
    @PostMapping("/vacancies/{vacancy:\\d{1,18}}/accept-short")
    String acceptShort(@PathVariable int number, @PathVariable long vacancy, @RequestParam(required = false) Long candidate,
                       Principal principal, RedirectAttributes redirect) {
        Session session = sessions.byNumber(number);
        fillVacancy.seat(session, vacancy).orElseThrow(() -> RecruitmentNotFound.seat(vacancy));
        return decided(number, redirect, "selection.replacement.done-short",
                () -> fillVacancy.acceptLeavingQuotasShort(session, vacancy, candidate, principal.getName()));
    }

    @PostMapping("/vacancies/{vacancy:\\d{1,18}}/leave-empty")
    String leaveEmpty(@PathVariable int number, @PathVariable long vacancy, @RequestParam(required = false) String reason,
                      Principal principal, RedirectAttributes redirect) {
        Session session = sessions.byNumber(number);
        fillVacancy.seat(session, vacancy).orElseThrow(() -> RecruitmentNotFound.seat(vacancy));
        return decided(number, redirect, "selection.vacancy.empty.done",
                () -> fillVacancy.leaveEmpty(session, vacancy, reason, principal.getName()));
    }

    /** What accepting a proposal that recomposes the cohort will do (who enters, who is taken out, the mails); nothing changes yet. */
    @GetMapping("/proposal/{digest:[0-9a-f]{64}}/accept")
    String recomposition(@PathVariable int number, @PathVariable String digest, Model model, RedirectAttributes redirect) {
        Session session = sessions.byNumber(number);
        return proposals.current(session)
                .filter(proposal -> proposal.getKind() == Replacement.Kind.RESOLVED && proposal.getInputDigest().equals(digest))
                .map(proposal -> consequences.ofRecomposing(session, proposal).show(model))
                .orElseGet(() -> {
                    redirect.addFlashAttribute(RefusalAdvice.PAGE_REFUSAL, Refusal.conflict("selection.replacement.refused.changed"));
                    return "redirect:/staff/sessions/" + number + "/selection";
                });
    }

    @Irreversible
    @PostMapping("/proposal/{digest:[0-9a-f]{64}}/accept")
    String acceptRecomposed(@PathVariable int number, @PathVariable String digest, Principal principal, RedirectAttributes redirect) {
        Session session = sessions.byNumber(number);
        return decided(number, redirect, "selection.replacement.done-recomposed",
                () -> fillVacancy.acceptRecomposed(session, digest, principal.getName()));
    }

    /** Computes the open seats' proposal again (seats freed before proposals were stored have none). */
    @PostMapping("/proposal")
    String proposeAgain(@PathVariable int number, RedirectAttributes redirect) {
        Session session = sessions.byNumber(number);
        return decided(number, redirect, "selection.replacement.proposed", () -> fillVacancy.proposeAgain(session));
    }

    /** A refused decision is answered by {@link fr.cohorte.web.RefusalAdvice}: the page the form was on, saying why. */
    private static String decided(int number, RedirectAttributes redirect, String notice, Runnable decision) {
        decision.run();
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/staff/sessions/" + number + "/selection";
    }
}
