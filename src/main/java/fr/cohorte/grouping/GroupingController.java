package fr.cohorte.grouping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import fr.cohorte.web.Irreversible;
import fr.cohorte.web.Refusal;
import fr.cohorte.web.RefusalAdvice;
import fr.cohorte.web.RefusedException;
import fr.cohorte.web.SpreadsheetDownload;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff pages of a session's working groups: rounds, rules, solving, plans, matrix and exports. */
@Controller
@RequestMapping("/staff/sessions/{number:\\d{1,9}}/groups")
class GroupingController {

    private final GroupWork work;
    private final GroupSolving solving;
    private final GroupingConsequences consequences;
    private final MessageSource messages;

    GroupingController(GroupWork work, GroupSolving solving, GroupingConsequences consequences, MessageSource messages) {
        this.work = work;
        this.solving = solving;
        this.consequences = consequences;
        this.messages = messages;
    }

    @GetMapping
    String overview(@PathVariable int number, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new RoundForm());
        }
        SessionGroups groups = work.of(number);
        model.addAttribute("groups", groups);
        model.addAttribute("rows", groups.rounds().stream().map(round -> RoundRow.of(groups, round)).toList());
        model.addAttribute("review", groups.review());
        model.addAttribute("weights", groups.settings().weights());
        model.addAttribute("rules", MixingRule.values());
        model.addAttribute("progress", solving.progress(number).orElse(null));
        model.addAttribute("lastSolve", solving.latest(groups.session().getId()).orElse(null));
        model.addAttribute("apartPairs", groups.settings().getApartPairs().stream()
                .filter(pair -> groups.member(pair.participantId()) != null && groups.member(pair.otherId()) != null)
                .map(pair -> List.of(groups.member(pair.participantId()), groups.member(pair.otherId()))).toList());
        return "grouping/overview";
    }

    @PostMapping("/rounds")
    String createRounds(@PathVariable int number, @ModelAttribute("form") RoundForm form, Model model, RedirectAttributes redirect,
                        Locale locale) {
        try {
            int count = form.getCount() == null ? 0 : form.getCount();
            work.createRounds(number, form.sizing(), count);
            redirect.addFlashAttribute("saved", message("grouping.rounds.created", locale, count));
            return "redirect:/staff/sessions/" + number + "/groups";
        } catch (RefusedException refused) {
            model.addAttribute("formError", refused.refusal());
            return overview(number, model);
        }
    }

    @GetMapping("/rounds/{id}")
    String round(@PathVariable int number, @PathVariable Long id, Model model, Locale locale) {
        SessionGroups groups = work.of(number);
        Round round = groups.round(id);
        if (round == null) {
            throw Refusal.notFound(GroupWork.ROUND_NOT_FOUND, id).exception();
        }
        SessionGroups.Review review = groups.review();
        model.addAttribute("groups", groups);
        model.addAttribute("row", RoundRow.of(groups, round));
        model.addAttribute("form", RoundForm.of(round));
        model.addAttribute("explained", GroupExplanationView.of(groups, review, round, locale));
        model.addAttribute("lastSolve", solving.latest(groups.session().getId()).orElse(null));
        return "grouping/round";
    }

    @PostMapping("/rounds/{id}")
    String updateRound(@PathVariable int number, @PathVariable Long id, @ModelAttribute("form") RoundForm form,
                       RedirectAttributes redirect, Locale locale) {
        return attempt(number, id, redirect, locale, "grouping.round.saved", () -> work.updateRound(number, id, form.sizing()));
    }

    /** What deleting the round would take with it; nothing is deleted yet. */
    @GetMapping("/rounds/{id}/delete")
    String roundDeletion(@PathVariable int number, @PathVariable Long id, Model model, RedirectAttributes redirect, Locale locale) {
        try {
            return consequences.ofDeletingRound(number, id).show(model);
        } catch (RefusedException refused) {
            return refused(redirect, refused, "/staff/sessions/" + number + "/groups");
        }
    }

    @Irreversible
    @PostMapping("/rounds/{id}/delete")
    String deleteRound(@PathVariable int number, @PathVariable Long id, RedirectAttributes redirect, Locale locale) {
        return attemptOnSession(number, redirect, locale, "grouping.round.deleted", () -> work.deleteRound(number, id));
    }

    @PostMapping("/rounds/{id}/absences")
    String absences(@PathVariable int number, @PathVariable Long id, @RequestParam(name = "absent", required = false) Set<Long> absent,
                    RedirectAttributes redirect, Locale locale) {
        return attempt(number, id, redirect, locale, "grouping.absences.saved",
                () -> work.markAbsent(number, id, absent == null ? Set.of() : new HashSet<>(absent)));
    }

    @PostMapping("/rounds/{id}/rooms")
    String rooms(@PathVariable int number, @PathVariable Long id, @RequestParam Map<String, String> fields,
                 RedirectAttributes redirect, Locale locale) {
        Map<Integer, String> rooms = new HashMap<>();
        fields.forEach((name, value) -> {
            if (name.matches("room\\d{1,3}")) {
                rooms.put(Integer.parseInt(name.substring(4)), value);
            }
        });
        return attempt(number, id, redirect, locale, "grouping.rooms.saved", () -> work.setRooms(number, id, rooms));
    }

    @PostMapping("/rounds/{id}/locks")
    String lock(@PathVariable int number, @PathVariable Long id, @RequestParam(required = false) Long participant,
                @RequestParam(required = false) Integer group, RedirectAttributes redirect, Locale locale) {
        return attempt(number, id, redirect, locale, "grouping.lock.saved",
                () -> work.lock(number, id, participant, group == null ? 0 : group));
    }

    @PostMapping("/rounds/{id}/unlock")
    String unlock(@PathVariable int number, @PathVariable Long id, @RequestParam(required = false) Long participant,
                  RedirectAttributes redirect, Locale locale) {
        return attempt(number, id, redirect, locale, "grouping.unlock.saved", () -> work.unlock(number, id, participant));
    }

    @GetMapping("/rounds/{id}/export")
    ResponseEntity<byte[]> export(@PathVariable int number, @PathVariable Long id, @RequestParam(defaultValue = "csv") String format,
                                  Locale locale) {
        SessionGroups groups = work.of(number);
        Round round = groups.round(id);
        if (round == null) {
            throw Refusal.notFound(GroupWork.ROUND_NOT_FOUND, id).exception();
        }
        List<List<Object>> rows = new ArrayList<>();
        for (RoundRow.GroupView group : RoundRow.of(groups, round).groups()) {
            for (RoundRow.MemberView member : group.members()) {
                rows.add(List.of(group.number(), group.room() == null ? "" : group.room(), member.member().name(),
                        member.member().horizon(locale), member.member().organisation() == null ? "" : member.member().organisation()));
            }
        }
        List<String> headers = List.of(message("grouping.export.group", locale), message("grouping.export.room", locale),
                message("grouping.export.name", locale), message("grouping.export.horizon", locale),
                message("grouping.export.organisation", locale));
        String name = "groupes-session-" + number + "-tour-" + round.getPosition();
        return SpreadsheetDownload.named(format, name, name, headers, rows);
    }

    @GetMapping("/rounds/{id}/sheet")
    String sheet(@PathVariable int number, @PathVariable Long id, Model model) {
        SessionGroups groups = work.of(number);
        Round round = groups.round(id);
        if (round == null) {
            throw Refusal.notFound(GroupWork.ROUND_NOT_FOUND, id).exception();
        }
        model.addAttribute("groups", groups);
        model.addAttribute("row", RoundRow.of(groups, round));
        return "grouping/sheet";
    }

    @PostMapping("/settings")
    String settings(@PathVariable int number, @RequestParam Map<String, String> fields, RedirectAttributes redirect, Locale locale) {
        return attempt("/staff/sessions/" + number + "/groups#regles", redirect, locale, "grouping.settings.saved", () -> {
            MixingWeights weights = new MixingWeights(weight(fields, "repeatedMeetings"), weight(fields, "horizonMix"),
                    weight(fields, "sameOrganisation"), weight(fields, "genderBalance"), weight(fields, "nobodyIsolated"));
            work.saveSettings(number, weights, weight(fields, "timeLimitSeconds"));
        });
    }

    @PostMapping("/apart")
    String keepApart(@PathVariable int number, @RequestParam(required = false) Long participant, @RequestParam(required = false) Long other,
                     RedirectAttributes redirect, Locale locale) {
        return attemptOnSession(number, redirect, locale, "grouping.apart.saved", () -> work.keepApart(number, participant, other));
    }

    @PostMapping("/apart/delete")
    String allowTogether(@PathVariable int number, @RequestParam(required = false) Long participant,
                         @RequestParam(required = false) Long other, RedirectAttributes redirect, Locale locale) {
        if (participant == null || other == null) {
            return "redirect:/staff/sessions/" + number + "/groups";
        }
        return attemptOnSession(number, redirect, locale, "grouping.apart.deleted", () -> work.allowTogether(number, participant, other));
    }

    @PostMapping("/solve")
    String solve(@PathVariable int number, @RequestParam(defaultValue = "false") boolean changeLittle, RedirectAttributes redirect,
                 Locale locale) {
        try {
            solving.start(number, changeLittle);
            redirect.addFlashAttribute("saved", message("grouping.solve.started", locale));
            // The live solve sits below the forms: the page opens on it, where staff now look.
            return "redirect:/staff/sessions/" + number + "/groups#solve-panel";
        } catch (RefusedException refused) {
            return refused(redirect, refused, "/staff/sessions/" + number + "/groups");
        }
    }

    @PostMapping("/solve/stop")
    String stop(@PathVariable int number, RedirectAttributes redirect, Locale locale) {
        solving.stop(number);
        redirect.addFlashAttribute("saved", message("grouping.solve.stopping", locale));
        return "redirect:/staff/sessions/" + number + "/groups";
    }

    @PostMapping("/accept")
    String accept(@PathVariable int number, RedirectAttributes redirect, Locale locale) {
        try {
            redirect.addFlashAttribute("saved", message("grouping.accepted", locale, work.accept(number)));
        } catch (RefusedException refused) {
            return refused(redirect, refused, "/staff/sessions/" + number + "/groups");
        }
        return "redirect:/staff/sessions/" + number + "/groups";
    }

    /** How many rounds, groups and participants publishing would show to; nothing is published yet. */
    @GetMapping("/publish")
    String publication(@PathVariable int number, Model model) {
        return consequences.ofPublishing(number).show(model);
    }

    @Irreversible
    @PostMapping("/publish")
    String publish(@PathVariable int number, RedirectAttributes redirect, Locale locale) {
        redirect.addFlashAttribute("saved", message("grouping.published", locale, work.publish(number)));
        return "redirect:/staff/sessions/" + number + "/groups";
    }

    @GetMapping("/matrix")
    String matrix(@PathVariable int number, Model model, Locale locale) {
        SessionGroups groups = work.of(number);
        model.addAttribute("groups", groups);
        model.addAttribute("matrix", EncounterMatrix.of(groups, locale, key -> messages.getMessage(key, null, locale)));
        return "grouping/matrix";
    }

    @GetMapping("/people/{id}")
    String person(@PathVariable int number, @PathVariable Long id, Model model, Locale locale) {
        SessionGroups groups = work.of(number);
        CohortMember member = groups.member(id);
        if (member == null) {
            throw Refusal.notFound(GroupWork.MEMBER_NOT_FOUND, id).exception();
        }
        model.addAttribute("groups", groups);
        model.addAttribute("member", member);
        model.addAttribute("encounters", PersonEncounters.of(groups, groups.review(), member));
        return "grouping/person";
    }

    private String attempt(int number, Long id, RedirectAttributes redirect, Locale locale, String savedKey, Runnable change) {
        return attempt("/staff/sessions/" + number + "/groups/rounds/" + id, redirect, locale, savedKey, change);
    }

    private String attemptOnSession(int number, RedirectAttributes redirect, Locale locale, String savedKey, Runnable change) {
        return attempt("/staff/sessions/" + number + "/groups", redirect, locale, savedKey, change);
    }

    /**
     * Makes the change and says so on {@code page}, or says there why it was refused. The page is named here rather
     * than left to the advice, as the forms post to addresses that are not pages and some pages open on an anchor.
     */
    private String attempt(String page, RedirectAttributes redirect, Locale locale, String savedKey, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("saved", message(savedKey, locale));
        } catch (RefusedException refused) {
            return refused(redirect, refused, page);
        }
        return "redirect:" + page;
    }

    /** The refusal, said above {@code page}'s content as every refused form is (see {@link RefusalAdvice}). */
    private static String refused(RedirectAttributes redirect, RefusedException refused, String page) {
        if (refused.refusal().kind() == Refusal.Kind.NOT_FOUND) {
            throw refused;
        }
        redirect.addFlashAttribute(RefusalAdvice.PAGE_REFUSAL, refused.refusal());
        return "redirect:" + page;
    }

    private static int weight(Map<String, String> fields, String name) {
        String value = fields.get(name);
        try {
            int number = Integer.parseInt(value == null ? "" : value.strip());
            if (number < 0) {
                throw Refusal.invalid("grouping.settings.number.invalid").exception();
            }
            return number;
        } catch (NumberFormatException e) {
            throw Refusal.invalid("grouping.settings.number.invalid").exception();
        }
    }

    private String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
