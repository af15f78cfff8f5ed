package fr.cohorte.account;

import fr.cohorte.audit.AuditTrail;
import fr.cohorte.audit.EntityHistory;
import fr.cohorte.directory.Organisation;
import fr.cohorte.directory.Person;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Administrators read who did what: the audit trail and the history of edited records. */
@Controller
class AdminAuditController {

    private final AuditTrail audit;
    private final EntityHistory history;

    AdminAuditController(AuditTrail audit, EntityHistory history) {
        this.audit = audit;
        this.history = history;
    }

    @GetMapping("/admin/audit")
    String audit(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("events", audit.latest(PageRequest.of(Math.max(page, 0), 50)));
        model.addAttribute("personChanges", history.latest(Person.class, 20));
        model.addAttribute("organisationChanges", history.latest(Organisation.class, 20));
        return "admin/audit";
    }
}
