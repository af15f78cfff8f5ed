package fr.cohorte.knowledge.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.cohorte.directory.Person;
import fr.cohorte.directory.Persons;
import fr.cohorte.knowledge.Contribution;
import fr.cohorte.knowledge.Contributions;
import fr.cohorte.knowledge.NoteCompilation;
import fr.cohorte.session.Activity;
import fr.cohorte.session.Seminar;
import fr.cohorte.session.Session;
import fr.cohorte.session.SessionCatalogue;
import fr.cohorte.web.SiteAddress;

/**
 * The starting draft of a chapter's section: what the cohort shared, activity by activity in the
 * programme's order, each note under its title with its authors and a link back to it, then the
 * cards of the practices drawn from these notes. Notes' own headings move below the note's title,
 * so the draft's outline stays that of the programme.
 */
@Component
class CohortNotes implements NoteCompilation {

    private static final Pattern HEADING = Pattern.compile("(?m)^(#{1,6})(?=\\s)");

    private final Contributions contributions;
    private final SessionCatalogue sessions;
    private final Persons persons;
    private final PracticesOfNotes practices;
    private final MessageSource messages;
    private final SiteAddress site;

    CohortNotes(Contributions contributions, SessionCatalogue sessions, Persons persons, PracticesOfNotes practices,
                MessageSource messages, SiteAddress site) {
        this.site = site;
        this.contributions = contributions;
        this.sessions = sessions;
        this.persons = persons;
        this.practices = practices;
        this.messages = messages;
    }

    @Override
    @Transactional(readOnly = true)
    public List<NoteCompilation.SeminarNotes> seminars(int sessionNumber) {
        List<Contribution> shared = contributions.sharedWithTheCohort(sessionNumber);
        return sessions.byNumberIfAny(sessionNumber).map(Session::getSeminars).orElse(List.of()).stream()
                .sorted(Comparator.comparingInt(Seminar::getOrdinal))
                .map(seminar -> new NoteCompilation.SeminarNotes(seminar.getOrdinal(), seminar.getTitle(),
                        (int) shared.stream().filter(note -> isOf(note, seminar)).count()))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Draft compile(int sessionNumber, Integer seminarOrdinal, Locale language) {
        List<Seminar> seminars = sessions.byNumberIfAny(sessionNumber).map(Session::getSeminars).orElse(List.of()).stream()
                .filter(seminar -> seminarOrdinal == null || seminar.getOrdinal() == seminarOrdinal)
                .sorted(Comparator.comparingInt(Seminar::getOrdinal))
                .toList();
        List<Contribution> shared = contributions.sharedWithTheCohort(sessionNumber);
        StringBuilder markdown = new StringBuilder();
        List<Contribution> taken = new ArrayList<>();
        Set<String> chathamHouse = new LinkedHashSet<>();
        for (Seminar seminar : seminars) {
            Map<Optional<Activity>, List<Contribution>> byActivity = new LinkedHashMap<>();
            shared.stream().filter(note -> isOf(note, seminar))
                    .sorted(Comparator.comparing((Contribution note) -> contributions.activityOf(note)
                                    .map(Activity::getStartsAt).orElse(null), Comparator.nullsFirst(Comparator.naturalOrder()))
                            .thenComparing(Contribution::getCreatedAt).thenComparing(Contribution::getId))
                    .forEach(note -> byActivity.computeIfAbsent(contributions.activityOf(note), key -> new ArrayList<>()).add(note));
            if (byActivity.isEmpty()) {
                continue;
            }
            if (seminarOrdinal == null) {
                markdown.append("## ").append(message("knowledge.compile.seminar", language, seminar.getOrdinal(), seminar.getTitle()))
                        .append("\n\n");
            }
            byActivity.forEach((activity, notes) -> {
                String heading = activity.map(Activity::getTitle).orElse(message("knowledge.compile.whole-seminar", language));
                markdown.append("### ").append(heading).append("\n\n");
                activity.ifPresent(a -> {
                    markdown.append('*').append(when(a, language)).append("*\n\n");
                    if (a.isChathamHouse()) {
                        chathamHouse.add(a.getTitle());
                    }
                });
                for (Contribution note : notes) {
                    markdown.append("#### ").append(note.getTitle()).append("\n\n");
                    markdown.append('*').append(message("knowledge.compile.by", language, authors(note, language)))
                            .append("* — [").append(message("knowledge.compile.link", language)).append("](")
                            .append(site.link("/knowledge/contributions/" + note.getId())).append(")\n\n");
                    markdown.append(belowTitle(note.getBody().strip())).append("\n\n");
                    taken.add(note);
                }
            });
        }
        List<Long> drawn = practices.drawnFrom(taken.stream().map(Contribution::getId).toList());
        if (!drawn.isEmpty()) {
            markdown.append("### ").append(message("knowledge.compile.practices", language)).append("\n\n");
            drawn.forEach(practice -> markdown.append("::practice[").append(practice).append("]\n\n"));
        }
        return new Draft(markdown.toString().stripTrailing() + (markdown.isEmpty() ? "" : "\n"), taken.size(), drawn.size(),
                List.copyOf(chathamHouse));
    }

    private boolean isOf(Contribution note, Seminar seminar) {
        return contributions.seminarOf(note).map(Seminar::getId).filter(id -> id.equals(seminar.getId())).isPresent();
    }

    private String authors(Contribution note, Locale language) {
        List<String> names = note.getAuthorIds().stream().sorted()
                .map(persons::byId).flatMap(Optional::stream).map(Person::getFullName).filter(Objects::nonNull).toList();
        if (names.size() < 2) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " " + message("knowledge.compile.and", language)
                + " " + names.getLast();
    }

    private static String when(Activity activity, Locale language) {
        ZoneId zone = activity.getSeminar().getTimeZone();
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language).format(activity.getStartsAt().atZone(zone));
    }

    /** A note's headings go below its title (h4), one level per level they had, h6 at most. */
    static String belowTitle(String body) {
        Matcher matcher = HEADING.matcher(body);
        StringBuilder moved = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(moved, "#".repeat(Math.min(6, 4 + matcher.group(1).length())));
        }
        return matcher.appendTail(moved).toString();
    }

    private String message(String key, Locale language, Object... arguments) {
        return messages.getMessage(key, arguments, language);
    }
}
