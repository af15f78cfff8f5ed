package fr.cohorte.session;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class SessionController {

    private final SessionCatalogue catalogue;

    SessionController(SessionCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/")
    String sessions(Model model) {
        model.addAttribute("sessions", catalogue.newestFirst());
        return "session/list";
    }

    @GetMapping("/sessions/{number:\\d{1,9}}")
    String session(@PathVariable int number, Model model) {
        Session session = catalogue.byNumber(number);
        model.addAttribute("nationalSession", session);
        model.addAttribute("composition", catalogue.composition(session));
        return "session/detail";
    }
}
