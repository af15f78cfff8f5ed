package fr.cohorte.grouping;

import fr.cohorte.session.SessionCatalogue;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Staff's way in to working groups: the sessions, newest first, each leading to its rounds. */
@Controller
class GroupingSessionsController {

    private final SessionCatalogue sessions;

    GroupingSessionsController(SessionCatalogue sessions) {
        this.sessions = sessions;
    }

    @GetMapping("/staff/groups")
    String sessions(Model model) {
        model.addAttribute("sessions", sessions.newestFirst());
        return "grouping/sessions";
    }
}
