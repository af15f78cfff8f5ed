package fr.cohorte.session;

import java.util.Locale;

import fr.cohorte.directory.Background;
import fr.cohorte.directory.Backgrounds;
import fr.cohorte.session.internal.AlumniQueries;
import fr.cohorte.web.SearchPattern;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Staff find anyone who took part in any session: the institute's alumni. */
@Controller
class AlumniController {

    private static final int PAGE_SIZE = 50;

    private final AlumniQueries alumni;
    private final Backgrounds backgrounds;

    AlumniController(AlumniQueries alumni, Backgrounds backgrounds) {
        this.alumni = alumni;
        this.backgrounds = backgrounds;
    }

    @GetMapping("/directory/alumni")
    @Transactional(readOnly = true)
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) Integer session,
                @RequestParam(defaultValue = "0") int page, Locale locale, Model model) {
        String pattern = SearchPattern.containing(q);
        int number = Math.max(page, 0);
        var rows = alumni.page(pattern, session, number * PAGE_SIZE, PAGE_SIZE);
        model.addAttribute("alumni", new PageImpl<>(rows, PageRequest.of(number, PAGE_SIZE), alumni.count(pattern, session)));
        model.addAttribute("q", q);
        model.addAttribute("session", session);
        model.addAttribute("horizons", backgrounds.all().stream()
                .collect(java.util.stream.Collectors.toMap(Background::getId, background -> background.label(locale))));
        return "session/alumni";
    }
}
