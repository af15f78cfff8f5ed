package fr.cohorte.session;

import java.util.Locale;

import fr.cohorte.directory.Background;
import fr.cohorte.directory.Backgrounds;
import fr.cohorte.session.internal.AlumniQueries;
import fr.cohorte.web.PageSize;
import fr.cohorte.web.Paging;
import fr.cohorte.web.SearchPattern;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Staff find anyone who took part in any session: the institute's alumni. */
@Controller
class AlumniController {

    private final AlumniQueries alumni;
    private final Backgrounds backgrounds;

    AlumniController(AlumniQueries alumni, Backgrounds backgrounds) {
        this.alumni = alumni;
        this.backgrounds = backgrounds;
    }

    @GetMapping("/directory/alumni")
    @Transactional(readOnly = true)
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) Integer session,
                @PageSize(50) Paging paging, Locale locale, Model model) {
        String pattern = SearchPattern.containing(q);
        model.addAttribute("alumni", paging.page(alumni.count(pattern, session),
                page -> alumni.page(pattern, session, (int) page.getOffset(), page.getPageSize())));
        model.addAttribute("q", q);
        model.addAttribute("session", session);
        model.addAttribute("horizons", backgrounds.all().stream()
                .collect(java.util.stream.Collectors.toMap(Background::getId, background -> background.label(locale))));
        return "session/alumni";
    }
}
