package fr.cohorte.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import fr.cohorte.directory.Person;
import fr.cohorte.directory.Persons;
import fr.cohorte.grouping.CohortMember;
import fr.cohorte.grouping.GroupWork;
import fr.cohorte.grouping.Round;
import fr.cohorte.grouping.SessionGroups;
import fr.cohorte.search.SearchReader;
import fr.cohorte.session.Activity;
import fr.cohorte.session.Programme;
import fr.cohorte.session.Seminar;
import fr.cohorte.session.Timetable;
import fr.cohorte.web.MarkdownText;
import fr.cohorte.web.Refusal;
import fr.cohorte.web.RefusedException;
import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The contributions' pages: a session's list, writing (with a live preview and a draft that saves
 * itself as one types), reading, versions, co-authors, visibility, and the coordinators' approvals.
 * Every rule is the service's; a page only asks.
 */
@Controller
class ContributionController {

    private final Contributions contributions;
    private final Programme programme;
    private final GroupWork groupWork;
    private final Persons persons;

    private final ContributionPassages passages;

    ContributionController(Contributions contributions, Programme programme, GroupWork groupWork, Persons persons,
                           ContributionPassages passages) {
        this.passages = passages;
        this.contributions = contributions;
        this.programme = programme;
        this.groupWork = groupWork;
        this.persons = persons;
    }

    /** One choice of the "about" picker: {@code activity:12} or {@code seminar:3}. */
    record Choice(String value, String label) {
    }

    /** Choices of a seminar, the seminar as a whole first. */
    record ChoiceGroup(String label, List<Choice> choices) {
    }

    @GetMapping("/knowledge/sessions/{number:\\d{1,9}}/contributions")
    String list(@PathVariable int number, @RequestParam(required = false) Long activity, Authentication who, Model model) {
        SearchReader reader = SearchReader.of(who);
        List<Contribution> seen = contributions.visibleIn(number, null, reader);
        Map<Long, String> activities = new LinkedHashMap<>();
        seen.stream().map(Contribution::getActivityId).filter(Objects::nonNull).distinct()
                .forEach(id -> activities.put(id, activityTitle(seen.stream().filter(c -> id.equals(c.getActivityId())).findFirst().orElseThrow())));
        model.addAttribute("sessionNumber", number);
        model.addAttribute("contributions", activity == null ? seen : seen.stream().filter(c -> activity.equals(c.getActivityId())).toList());
        model.addAttribute("activities", activities);
        model.addAttribute("activity", activity);
        model.addAttribute("subjects", subjects(seen));
        model.addAttribute("personId", reader.personId());
        model.addAttribute("mayWrite", reader.personId() != null && contributions.isParticipant(reader, number));
        model.addAttribute("mayApprove", contributions.isCoordinator(reader, number));
        return "knowledge/contributions";
    }

    @GetMapping("/knowledge/sessions/{number:\\d{1,9}}/contributions/new")
    String newForm(@PathVariable int number, Authentication who, Model model) {
        if (!contributions.isParticipant(SearchReader.of(who), number)) {
            throw Refusal.forbidden(Contributions.NOT_PARTICIPANT, number).exception();
        }
        return newForm(number, new NewForm("", ContributionKind.NOTE, "", ""), Map.of(), model);
    }

    record NewForm(String title, ContributionKind kind, String about, String group) {
    }

    @PostMapping("/knowledge/sessions/{number:\\d{1,9}}/contributions")
    String create(@PathVariable int number, @RequestParam(defaultValue = "") String title,
                  @RequestParam(defaultValue = "NOTE") ContributionKind kind, @RequestParam(defaultValue = "") String about,
                  @RequestParam(defaultValue = "") String group, Authentication who, Model model) {
        if (!contributions.isParticipant(SearchReader.of(who), number)) {
            throw Refusal.forbidden(Contributions.NOT_PARTICIPANT, number).exception();
        }
        NewForm form = new NewForm(title, kind, about, group);
        Map<String, String> errors = new LinkedHashMap<>();
        if (title.isBlank()) {
            errors.put("title", "contribution.error.title");
        } else if (title.strip().length() > Contribution.MAX_TITLE) {
            errors.put("title", "contribution.error.title-too-long");
        }
        Long activityId = about.startsWith("activity:") ? id(about.substring(9)) : null;
        Long seminarId = about.startsWith("seminar:") ? id(about.substring(8)) : null;
        if (activityId == null && seminarId == null) {
            errors.put("about", "contribution.error.about");
        }
        Long roundId = null;
        Integer groupNumber = null;
        if (kind == ContributionKind.SYNTHESIS) {
            String[] parts = group.split(":");
            if (parts.length == 2 && id(parts[0]) != null && id(parts[1]) != null) {
                roundId = id(parts[0]);
                groupNumber = id(parts[1]).intValue();
            } else {
                errors.put("group", "contribution.error.group");
            }
        }
        if (!errors.isEmpty()) {
            return newForm(number, form, errors, model);
        }
        try {
            Contribution created = contributions.create(number,
                    new Contributions.Subject(kind, title, activityId, seminarId, roundId, groupNumber), SearchReader.of(who));
            return "redirect:/knowledge/contributions/" + created.getId() + "/edit";
        } catch (RefusedException refused) {
            if (refused.refusal().kind() != Refusal.Kind.INVALID) {
                throw refused;
            }
            errors.put(refused.refusal().is(Contributions.GROUP) ? "group" : "about", refused.refusal().code());
            return newForm(number, form, errors, model);
        }
    }

    private String newForm(int number, NewForm form, Map<String, String> errors, Model model) {
        Timetable timetable = programme.forCohort(number);
        List<ChoiceGroup> about = new ArrayList<>();
        for (Timetable.Week week : timetable.weeks()) {
            List<Choice> choices = new ArrayList<>();
            choices.add(new Choice("seminar:" + week.seminarId(), week.title()));
            week.days().stream().flatMap(day -> day.slots().stream()).filter(slot -> !slot.cancelled())
                    .forEach(slot -> choices.add(new Choice("activity:" + slot.id(), slot.title())));
            about.add(new ChoiceGroup(week.title(), choices));
        }
        SessionGroups groups = groupWork.of(number);
        List<Choice> groupChoices = new ArrayList<>();
        for (Round round : groups.rounds()) {
            Seminar seminar = groups.seminarOf(round);
            Round.byGroup(round.currentGroups()).stream().filter(g -> !g.isEmpty()).forEach(members -> {
                int g = round.currentGroups().get(members.getFirst());
                groupChoices.add(new Choice(round.getId() + ":" + g,
                        round.getPosition() + "|" + (seminar == null ? "" : seminar.getTitle()) + "|" + g));
            });
        }
        model.addAttribute("sessionNumber", number);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("about", about);
        model.addAttribute("groups", groupChoices);
        model.addAttribute("kinds", ContributionKind.values());
        return "knowledge/contribution-new";
    }

    @GetMapping("/knowledge/contributions/{contribution:\\d{1,18}}")
    String view(@PathVariable("contribution") long id, Authentication who, Model model) {
        SearchReader reader = SearchReader.of(who);
        Contribution contribution = contributions.get(id, reader);
        describe(contribution, reader, model);
        model.addAttribute("html", MarkdownText.toSafeHtml(contribution.getBody()));
        return "knowledge/contribution";
    }

    @GetMapping("/knowledge/contributions/{contribution:\\d{1,18}}/edit")
    String edit(@PathVariable("contribution") long id, Authentication who, Model model) {
        SearchReader reader = SearchReader.of(who);
        Contribution contribution = contributions.forEditing(id, reader);
        return editForm(contribution, contribution.getTitle(), contribution.getBody(), contribution.getRevision(), reader, model);
    }

    /** The plain form's save, without JavaScript: on a conflict, the page shows both texts, the writer's still in the form. */
    @PostMapping("/knowledge/contributions/{contribution:\\d{1,18}}/edit")
    String save(@PathVariable("contribution") long id, @RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String body,
                @RequestParam int revision, Authentication who, Model model, RedirectAttributes redirect) {
        SearchReader reader = SearchReader.of(who);
        try {
            Contributions.Saved saved = contributions.save(id, revision, title, body, reader);
            redirect.addFlashAttribute("saved", saved.contribution().getRevision());
            if (saved.approvalWithdrawn()) {
                redirect.addFlashAttribute("approvalWithdrawn", true);
            }
            return "redirect:/knowledge/contributions/" + id;
        } catch (RefusedException refused) {
            if (refused.refusal().is(Contributions.CHANGED_MEANWHILE)) {
                ContributionVersion between = savedMeanwhile(id, refused, reader);
                model.addAttribute("conflict", between);
                return editForm(contributions.forEditing(id, reader), title, body, between.getNumber(), reader, model);
            }
            if (refused.refusal().kind() != Refusal.Kind.INVALID) {
                throw refused;
            }
            model.addAttribute("error", refused.refusal());
            return editForm(contributions.forEditing(id, reader), title, body, revision, reader, model);
        }
    }

    /**
     * The draft saving itself: the same rules as the form, a JSON answer. 409 with what was saved in
     * between when someone saved since {@code revision}; nothing is overwritten.
     */
    @PostMapping("/knowledge/contributions/{contribution:\\d{1,18}}/autosave")
    @ResponseBody
    ResponseEntity<Map<String, Object>> autosave(@PathVariable("contribution") long id, @RequestParam(defaultValue = "") String title,
                                                 @RequestParam(defaultValue = "") String body, @RequestParam int revision,
                                                 Authentication who) {
        SearchReader reader = SearchReader.of(who);
        try {
            Contributions.Saved saved = contributions.save(id, revision, title, body, reader);
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("revision", saved.contribution().getRevision());
            answer.put("approvalWithdrawn", saved.approvalWithdrawn());
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(answer);
        } catch (RefusedException refused) {
            if (refused.refusal().is(Contributions.CHANGED_MEANWHILE)) {
                ContributionVersion between = savedMeanwhile(id, refused, reader);
                Map<String, Object> answer = new LinkedHashMap<>();
                answer.put("revision", between.getNumber());
                answer.put("title", between.getTitle());
                answer.put("body", between.getBody());
                return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_JSON).body(answer);
            }
            if (refused.refusal().kind() == Refusal.Kind.NOT_FOUND) {
                throw refused;
            }
            return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("error", refused.refusal().code()));
        }
    }

    /** The live preview: the Markdown as readers will see it, sanitised. */
    @PostMapping(path = "/knowledge/contributions/preview", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String preview(@RequestParam(defaultValue = "") String body) {
        return MarkdownText.toSafeHtml(body.length() > Contribution.MAX_BODY ? body.substring(0, Contribution.MAX_BODY) : body);
    }

    @GetMapping("/knowledge/contributions/{contribution:\\d{1,18}}/versions")
    String versions(@PathVariable("contribution") long id, Authentication who, Model model) {
        SearchReader reader = SearchReader.of(who);
        Contribution contribution = contributions.get(id, reader);
        List<ContributionVersion> versions = contributions.versions(id, reader);
        Map<Long, String> savers = new LinkedHashMap<>();
        versions.stream().map(ContributionVersion::getSavedByPersonId).filter(Objects::nonNull).distinct()
                .forEach(person -> savers.put(person, name(person)));
        model.addAttribute("contribution", contribution);
        model.addAttribute("versions", versions);
        model.addAttribute("savers", savers);
        model.addAttribute("mayEdit", contributions.mayEdit(contribution, reader));
        return "knowledge/contribution-versions";
    }

    @GetMapping("/knowledge/contributions/{contribution:\\d{1,18}}/authors")
    String authors(@PathVariable("contribution") long id, Authentication who, Model model) {
        SearchReader reader = SearchReader.of(who);
        Contribution contribution = contributions.forEditing(id, reader);
        List<CohortMember> cohort = contributions.cohort(contribution.getSessionNumber());
        model.addAttribute("contribution", contribution);
        model.addAttribute("authors", authorNames(contribution));
        model.addAttribute("candidates", cohort.stream().filter(m -> m.personId() != null && !contribution.isAuthor(m.personId())).toList());
        return "knowledge/contribution-authors";
    }

    @PostMapping("/knowledge/contributions/{contribution:\\d{1,18}}/authors")
    String addAuthor(@PathVariable("contribution") long id, @RequestParam(required = false) Long person, Authentication who, RedirectAttributes redirect) {
        if (person == null) {
            redirect.addFlashAttribute("authorError", Refusal.invalid("contribution.error.co-author"));
        } else {
            contributions.addCoAuthor(id, person, SearchReader.of(who));
            redirect.addFlashAttribute("authorAdded", name(person));
        }
        return "redirect:/knowledge/contributions/" + id + "/authors";
    }

    @PostMapping("/knowledge/contributions/{contribution:\\d{1,18}}/authors/{person:\\d{1,18}}/remove")
    String removeAuthor(@PathVariable("contribution") long id, @PathVariable long person, Authentication who, RedirectAttributes redirect) {
        SearchReader reader = SearchReader.of(who);
        try {
            contributions.removeCoAuthor(id, person, reader);
        } catch (RefusedException refused) {
            if (refused.refusal().kind() != Refusal.Kind.INVALID) {
                throw refused;
            }
            redirect.addFlashAttribute("authorError", refused.refusal());
            return "redirect:/knowledge/contributions/" + id + "/authors";
        }
        if (Objects.equals(person, reader.personId())) {
            return "redirect:/knowledge/sessions/" + contributions.get(id, SearchReader.anonymous()).getSessionNumber() + "/contributions";
        }
        redirect.addFlashAttribute("authorRemoved", name(person));
        return "redirect:/knowledge/contributions/" + id + "/authors";
    }

    @PostMapping("/knowledge/contributions/{contribution:\\d{1,18}}/visibility")
    String visibility(@PathVariable("contribution") long id, @RequestParam ContributionVisibility visibility, Authentication who,
                      RedirectAttributes redirect) {
        contributions.showTo(id, visibility, SearchReader.of(who));
        redirect.addFlashAttribute("visibilityChanged", visibility.name());
        return "redirect:/knowledge/contributions/" + id;
    }

    @GetMapping("/knowledge/sessions/{number:\\d{1,9}}/approvals")
    String approvals(@PathVariable int number, Authentication who, Model model) {
        SearchReader reader = SearchReader.of(who);
        List<Contribution> listed = contributions.approvals(number, reader);
        Map<Long, Boolean> chatham = new LinkedHashMap<>();
        listed.forEach(c -> chatham.put(c.getId(), contributions.isUnderChathamHouse(c.getId())));
        model.addAttribute("sessionNumber", number);
        model.addAttribute("contributions", listed);
        model.addAttribute("chatham", chatham);
        model.addAttribute("subjects", subjects(listed));
        return "knowledge/contribution-approvals";
    }

    @PostMapping("/knowledge/contributions/{contribution:\\d{1,18}}/approve")
    String approve(@PathVariable("contribution") long id, Authentication who, RedirectAttributes redirect) {
        Contribution approved = contributions.approve(id, SearchReader.of(who));
        redirect.addFlashAttribute("approved", approved.getTitle());
        return "redirect:/knowledge/sessions/" + approved.getSessionNumber() + "/approvals";
    }

    @PostMapping("/knowledge/contributions/{contribution:\\d{1,18}}/withdraw-approval")
    String withdraw(@PathVariable("contribution") long id, Authentication who, RedirectAttributes redirect) {
        Contribution withdrawn = contributions.withdrawApproval(id, SearchReader.of(who));
        redirect.addFlashAttribute("withdrawn", withdrawn.getTitle());
        return "redirect:/knowledge/sessions/" + withdrawn.getSessionNumber() + "/approvals";
    }

    @PostMapping("/knowledge/contributions/{contribution:\\d{1,18}}/attachments")
    String attach(@PathVariable("contribution") long id, @RequestParam(required = false) MultipartFile file, Authentication who,
                  RedirectAttributes redirect) throws java.io.IOException {
        SearchReader reader = SearchReader.of(who);
        contributions.forEditing(id, reader);
        try {
            ContributionAttachment attached = contributions.attach(id, file == null ? "" : file.getOriginalFilename(),
                    file == null ? new byte[0] : file.getBytes(), reader);
            redirect.addFlashAttribute("attached", attached.getFileName());
        } catch (RefusedException refused) {
            if (refused.refusal().kind() != Refusal.Kind.INVALID) {
                throw refused;
            }
            redirect.addFlashAttribute("attachmentError", refused.refusal());
        }
        return "redirect:/knowledge/contributions/" + id + "#attachments";
    }

    /** For whoever may read the contribution; anyone else is told it does not exist. */
    @GetMapping("/knowledge/contributions/{contribution:\\d{1,18}}/attachments/{attachment:\\d{1,18}}")
    ResponseEntity<byte[]> download(@PathVariable("contribution") long id, @PathVariable long attachment, Authentication who) {
        ContributionAttachment found = contributions.attachment(id, attachment, SearchReader.of(who));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(found.getContentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(found.getFileName(), StandardCharsets.UTF_8).build().toString())
                .body(found.getContent());
    }

    // ---- what pages show ---------------------------------------------------------------------

    private String editForm(Contribution contribution, String title, String body, int revision, SearchReader reader, Model model) {
        describe(contribution, reader, model);
        model.addAttribute("title", title);
        model.addAttribute("body", body);
        model.addAttribute("previewHtml", MarkdownText.toSafeHtml(body));
        model.addAttribute("revision", revision);
        return "knowledge/contribution-edit";
    }

    private void describe(Contribution contribution, SearchReader reader, Model model) {
        Optional<Activity> activity = contributions.activityOf(contribution);
        boolean chatham = activity.map(Activity::isChathamHouse).orElse(false);
        model.addAttribute("contribution", contribution);
        model.addAttribute("subject", subject(contribution));
        model.addAttribute("seminar", contributions.seminarOf(contribution).map(Seminar::getTitle).orElse(null));
        model.addAttribute("chathamHouse", chatham);
        // Under the Chatham House rule a contribution never names the hearing's speakers.
        model.addAttribute("speakers", chatham || activity.isEmpty() ? List.of() : speakers(contribution.getSessionNumber(), activity.get().getId()));
        model.addAttribute("authors", authorNames(contribution));
        model.addAttribute("approver", contribution.getApprovedByPersonId() == null ? null : name(contribution.getApprovedByPersonId()));
        model.addAttribute("mayEdit", contributions.mayEdit(contribution, reader));
        model.addAttribute("mayDrawPractice", passages.mayDraw(contribution, reader));
        model.addAttribute("visibilities", ContributionVisibility.values());
        model.addAttribute("attachments", contributions.attachments(contribution.getId(), reader));
    }

    private List<String> speakers(int sessionNumber, long activityId) {
        return programme.forCohort(sessionNumber).slots().stream().filter(slot -> slot.id() == activityId).findFirst()
                .map(slot -> slot.speakers().stream().map(Timetable.Speaker::withOrganisation).toList()).orElse(List.of());
    }

    private Map<Long, String> subjects(List<Contribution> listed) {
        Map<Long, String> subjects = new LinkedHashMap<>();
        listed.forEach(c -> subjects.put(c.getId(), subject(c)));
        return subjects;
    }

    private String subject(Contribution contribution) {
        return contribution.getActivityId() != null ? activityTitle(contribution)
                : contributions.seminarOf(contribution).map(Seminar::getTitle).orElse("");
    }

    private String activityTitle(Contribution contribution) {
        return contributions.activityOf(contribution).map(Activity::getTitle).orElse("");
    }

    private Map<Long, String> authorNames(Contribution contribution) {
        Map<Long, String> names = new LinkedHashMap<>();
        contribution.getAuthorIds().stream().sorted().forEach(person -> names.put(person, name(person)));
        return names;
    }

    private String name(Long personId) {
        return persons.byId(personId).map(Person::getFullName).orElse("—");
    }

    /** What was saved in between, which a save refused as {@link Contributions#CHANGED_MEANWHILE} names. */
    private ContributionVersion savedMeanwhile(long id, RefusedException refused, SearchReader reader) {
        return contributions.version(id, (Integer) refused.refusal().arguments().getFirst(), reader);
    }

    private static Long id(String text) {
        return text.matches("\\d{1,18}") ? Long.valueOf(text) : null;
    }
}
