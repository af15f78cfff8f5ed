package fr.cohorte.account;

import java.time.Clock;

import fr.cohorte.audit.AuditAction;
import fr.cohorte.audit.AuditTrail;
import fr.cohorte.search.Reindexing;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators rebuild the search index from the database (after restoring a backup, say) and
 * follow its progress; who started it goes to the audit trail. Here, beside the other administration
 * pages, because the search module is below the audit trail's readers and writes to no trail itself.
 */
@Controller
class AdminSearchController {

    private final Reindexing reindexing;
    private final AuditTrail audit;
    private final Clock clock;

    AdminSearchController(Reindexing reindexing, AuditTrail audit, Clock clock) {
        this.reindexing = reindexing;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/admin/search")
    String page(Model model) {
        model.addAttribute("progress", reindexing.progress());
        model.addAttribute("now", clock.instant());
        return "admin/search";
    }

    @GetMapping("/admin/search/progress")
    String progress(Model model) {
        page(model);
        return "admin/search :: progress";
    }

    @PostMapping("/admin/search/reindex")
    String reindex(RedirectAttributes redirect) {
        if (reindexing.start(true)) {
            audit.record(AuditAction.REINDEXED, "search-index");
        } else {
            redirect.addFlashAttribute("busy", true);
        }
        return "redirect:/admin/search";
    }
}
