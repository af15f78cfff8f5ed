package fr.cohorte.publication;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Co-publishers and coordinators on the metadata page: each button is a small form, so that adding,
 * reordering and removing work without JavaScript. Every answer goes back to the list it changed.
 */
@Controller
class PublicationCreditsController {

    private static final String ACTIONS = "up|down|remove";

    private final Cataloguing cataloguing;

    PublicationCreditsController(Cataloguing cataloguing) {
        this.cataloguing = cataloguing;
    }

    @PostMapping("/publications/{id}/manage/publishers")
    String addPublisher(@PathVariable long id, @RequestParam(required = false) Long organisationId, RedirectAttributes redirect) {
        try {
            if (organisationId == null) {
                throw new IllegalArgumentException("No organisation chosen");
            }
            cataloguing.addPublisher(id, organisationId);
        } catch (IllegalArgumentException unknown) {
            redirect.addFlashAttribute("publisherError", "publication.credits.publisher.unknown");
        }
        return back(id, "publishers");
    }

    @PostMapping("/publications/{id}/manage/publishers/{organisationId}")
    String changePublisher(@PathVariable long id, @PathVariable long organisationId, @RequestParam String action) {
        if (action.matches(ACTIONS)) {
            cataloguing.changePublisher(id, organisationId, action);
        }
        return back(id, "publishers");
    }

    @PostMapping("/publications/{id}/manage/coordinators")
    String addCoordinator(@PathVariable long id, @RequestParam(required = false) Long personId, RedirectAttributes redirect) {
        try {
            if (personId == null) {
                throw new IllegalArgumentException("No person chosen");
            }
            boolean hasAccount = cataloguing.addCoordinator(id, personId);
            redirect.addFlashAttribute("coordinatorAdded", hasAccount ? "publication.credits.coordinator.may-edit"
                    : "publication.credits.coordinator.no-account");
        } catch (IllegalArgumentException unknown) {
            redirect.addFlashAttribute("coordinatorError", "publication.credits.coordinator.unknown");
        }
        return back(id, "coordinators");
    }

    @PostMapping("/publications/{id}/manage/coordinators/{personId}")
    String changeCoordinator(@PathVariable long id, @PathVariable long personId, @RequestParam String action) {
        if (action.matches(ACTIONS)) {
            cataloguing.changeCoordinator(id, personId, action);
        }
        return back(id, "coordinators");
    }

    private static String back(long id, String list) {
        return "redirect:/publications/" + id + "/manage/metadata#" + list;
    }
}
