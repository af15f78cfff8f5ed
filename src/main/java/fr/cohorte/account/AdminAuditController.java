package fr.cohorte.account;

import fr.cohorte.audit.AuditTrail;
import fr.cohorte.audit.EntityHistory;
import fr.cohorte.directory.Organisation;
import fr.cohorte.directory.Person;
import fr.cohorte.web.PageSize;
import fr.cohorte.web.Paging;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

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
    String audit(@PageSize(50) Paging paging, Model model) {
        model.addAttribute("events", paging.fetch(Sort.unsorted(), audit::latest));
        model.addAttribute("personChanges", history.latest(Person.class, 20));
        model.addAttribute("organisationChanges", history.latest(Organisation.class, 20));
        return "admin/audit";
    }
}
