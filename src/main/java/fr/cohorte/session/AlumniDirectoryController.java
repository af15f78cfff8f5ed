package fr.cohorte.session;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import fr.cohorte.directory.AlumniField;
import fr.cohorte.directory.Background;
import fr.cohorte.directory.Backgrounds;
import fr.cohorte.directory.PersonPhotos;
import fr.cohorte.directory.PhotoResponse;
import fr.cohorte.directory.Persons;
import fr.cohorte.session.internal.AlumniDirectoryQueries;
import fr.cohorte.web.PageSize;
import fr.cohorte.web.Paging;
import fr.cohorte.web.SearchPattern;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The alumni directory: the institute's former participants who opted in, each with only the
 * fields they chose. Who may read it is a setting (cohorte.alumni.directory), enforced by the
 * security rules.
 */
@Controller
class AlumniDirectoryController {

    private final AlumniDirectoryQueries alumni;
    private final Persons persons;
    private final PersonPhotos photos;
    private final Backgrounds backgrounds;

    AlumniDirectoryController(AlumniDirectoryQueries alumni, Persons persons, PersonPhotos photos, Backgrounds backgrounds) {
        this.alumni = alumni;
        this.persons = persons;
        this.photos = photos;
        this.backgrounds = backgrounds;
    }

    @GetMapping("/alumni")
    @Transactional(readOnly = true)
    String list(@RequestParam(defaultValue = "") String q, @PageSize(24) Paging paging, Locale locale, Model model) {
        String pattern = SearchPattern.containing(q);
        model.addAttribute("alumni", paging.page(alumni.count(pattern), page -> {
            var found = alumni.page(pattern, (int) page.getOffset(), page.getPageSize());
            var sessions = alumni.sessionsOf(found.stream().map(p -> p.getId()).toList());
            return found.stream()
                    .map(p -> AlumniEntry.of(p, sessions.getOrDefault(p.getId(), List.of()), p.shows(AlumniField.PHOTO) && photos.exists(p.getId())))
                    .toList();
        }));
        model.addAttribute("q", q);
        model.addAttribute("horizons", backgrounds.all().stream()
                .collect(Collectors.toMap(Background::getId, background -> background.label(locale))));
        return "session/alumni-directory";
    }

    /** A photo, only of someone listed who chose to show it. */
    @GetMapping("/alumni/{id}/photo")
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> photo(@PathVariable("id") Long personId) {
        boolean shown = alumni.listed(personId)
                && persons.byId(personId).map(p -> p.shows(AlumniField.PHOTO)).orElse(false);
        return PhotoResponse.of(shown ? photos.of(personId) : java.util.Optional.empty());
    }
}
